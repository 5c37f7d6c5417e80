"""Index writing: our bulk segment writer against Whoosh's own, same documents, one run.

    .venv/bin/python benchmarks/index_write_bench.py [--n 3000] [--batch 500] [--rounds 2]

Both write the same index documents (archive_bench's synthetic corpus, through the real
schema) in commits of ``--batch`` with our merge policy, in this process, alternating
round by round so that a busy machine distorts both alike. Whoosh's writer runs with
the same codec and our faster per-posting paths (what the engine used before the bulk
writer). Prints CPU and wall milliseconds per article and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import archive_bench

from app.index import fast_writing
from app.index.engine import WhooshIndex
from app.index.schema import document, has_names_field
from app.model import Article


def documents(count: int) -> list[dict]:
    names = has_names_field()
    found = []
    for item in archive_bench.generate(count):
        article = Article(
            id=item["n"] + 1,
            title=item["title"],
            body=item["body"],
            source=item["source"],
            section=item["section"],
            language=item["language"],
            published=datetime.fromisoformat(item["published"]),
            tags=item["tags"],
        )
        found.append(document(article, names))
    return found


def whooshs_writer(ix, **kwargs):
    return ix.writer(codec=fast_writing.codec(), **kwargs)


def run(folder: Path, docs: list[dict], batch: int, writer) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, segments) of indexing ``docs`` into a fresh index."""
    shutil.rmtree(folder, ignore_errors=True)
    original = fast_writing.writer
    fast_writing.writer = writer
    try:
        index = WhooshIndex(folder, 256)
        cpu, wall = time.process_time(), time.perf_counter()
        for start in range(0, len(docs), batch):
            index.write(docs[start : start + batch])
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        segments = len(index.ix._segments())
        index.close()
    finally:
        fast_writing.writer = original
    return cpu, wall, segments


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=3000, help="articles (default 3000)")
    parser.add_argument("--batch", type=int, default=500, help="articles per commit")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds")
    args = parser.parse_args(argv)
    print(f"generating {args.n:,} articles …", flush=True)
    docs = documents(args.n)
    writers = {"Whoosh's writer": whooshs_writer, "bulk writer": fast_writing.writer}
    cpu: dict[str, list[float]] = {name: [] for name in writers}
    wall: dict[str, list[float]] = {name: [] for name in writers}
    with tempfile.TemporaryDirectory(prefix="clippings-index-bench-") as temp:
        for round_number in range(args.rounds):
            for name, writer in writers.items():
                seconds, elapsed, segments = run(Path(temp) / "index", docs, args.batch, writer)
                cpu[name].append(seconds)
                wall[name].append(elapsed)
                print(
                    f"  round {round_number + 1} {name:<16} cpu {seconds / args.n * 1000:6.2f} ms"
                    f"/article  wall {elapsed / args.n * 1000:6.2f} ms  ({segments} segments)",
                    flush=True,
                )
    print(f"\nindexing {args.n:,} articles in commits of {args.batch} (best of {args.rounds})")
    for name in writers:
        best = min(cpu[name])
        print(f"  {name:<16} {best / args.n * 1000:6.2f} ms CPU/article = {args.n / best:5.0f}/s")
    ratio = min(cpu["Whoosh's writer"]) / min(cpu["bulk writer"])
    print(f"  bulk writer is {ratio:.2f}x as fast (CPU time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
