"""Ranking eval: does the article that should lead come in the first three?

    .venv/bin/python benchmarks/eval_ranking.py

Fictional clippings (``benchmarks/eval/ranking_set.yaml``) go into a temporary archive through
``Archive.add``; each query runs through ``Archive.search``. A case passes when its ``top``
article (or one of a list of them) is among the first ``TOP`` results; the rank of each is
printed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.archive import Archive  # noqa: E402
from app.config import Config  # noqa: E402
from app.model import Article  # noqa: E402

RANKING_SET = ROOT / "benchmarks" / "eval" / "ranking_set.yaml"
TOP = 3


def run(path: Path = RANKING_SET) -> list[tuple[str, int | None]]:
    """(query, 1-based rank of its best ``top`` article or None) for each case."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    results = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        Archive.open(Path(tmp) / "archive", config=Config()) as archive,
    ):
        ids = {}
        for key, doc in data["docs"].items():
            article = Article(
                title=doc["title"],
                body=doc.get("body", ""),
                language=doc["lang"],
                source=doc.get("source", ""),
            )
            ids[key] = archive.add(article).id
        for case in data["cases"]:
            found = archive.search(case["query"], limit=None).ids
            tops = case["top"] if isinstance(case["top"], list) else [case["top"]]
            ranks = [found.index(ids[top]) + 1 for top in tops if ids[top] in found]
            results.append((case["query"], min(ranks, default=None)))
    return results


def main() -> int:
    results = run()
    for query, rank in results:
        mark = "ok " if rank is not None and rank <= TOP else "MISS"
        print(f"{mark} {query!r}: rank {rank}")
    passed = sum(1 for _, rank in results if rank is not None and rank <= TOP)
    print(f"{passed}/{len(results)} in the top {TOP}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
