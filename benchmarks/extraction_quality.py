"""Extraction quality and speed: the figures issue 3 asks for, printed in one run.

  python benchmarks/extraction_quality.py [--shared DIR] [--rounds N] [--reuters OUT.jsonl]

1. Field accuracy (title, date, source, dateline, section, language) over the sample
   clippings' expected.yaml plus the seed, and separately over the held-out clippings in
   tests/importers/data/heldout (never used to tune a rule): fields, author, body start,
   excluded lines and boilerplate left.
2. On ../shared/corpus/trafilatura-news-html: share of `with` snippets found, share of
   `without` snippets wrongly present, snippet F1 (trafilatura's evaluation method), title and
   date accuracy, for our importer and for plain trafilatura side by side.
3. Boilerplate lines left in sample bodies.
4. Throughput, pages/s, ours vs `trafilatura.extract` on the same pages, interleaved.
5. Reuters-21578 converted to JSONL (outside the repo) and imported: articles/s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import trafilatura  # noqa: E402
import yaml  # noqa: E402
from blind_batch import published_ok  # noqa: E402  (benchmarks/ is the script's folder)

from app.importers import extract  # noqa: E402
from app.importers.boilerplate import is_boilerplate  # noqa: E402
from app.model import Article, Extracted, ExtractionError  # noqa: E402

SEED = ("seeds/000_ddde54f7eee3f05f.txt", {
    "title": "Belarus und Kasachstan wollen bis 2030 ihren Warenumsatz auf $2 Mrd. steigern",
    "published": "2025-11-05T12:33:00", "source": "BelTA", "dateline": "Astana",
    "section": "Wirtschaft", "language": "de",
    "excludes": ["Archivfoto", "Abonnieren Sie uns auf", "Letzte Nachrichten aus Belarus"],
})  # fmt: skip
FIELDS = ("title", "date", "source", "dateline", "section", "language")
ZONES = {"DE": "Europe/Berlin", "AT": "Europe/Vienna", "CH": "Europe/Zurich",
         "GB": "Europe/London", "US": "America/New_York"}  # fmt: skip
_QUOTES = str.maketrans({c: '"' for c in "„“”«»‚‘’'"})


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split()).lower()


def _first(name: str, data: bytes) -> Article | None:
    try:
        items = extract(name, data)
    except ExtractionError:
        return None
    arts = [i.article for i in items if isinstance(i, Extracted)]
    return arts[0] if arts else None


def field_accuracy(shared: Path | None) -> None:
    samples = REPO / "resources" / "samples"
    expected = yaml.safe_load((samples / "expected.yaml").read_text(encoding="utf-8"))
    cases: list[tuple[Article | None, dict]] = []
    for name, spec in expected.items():
        items = extract(name, (samples / name).read_bytes())
        arts = [i.article for i in items if isinstance(i, Extracted)]
        for n, want in enumerate(spec["items"]):
            cases.append((arts[n] if n < len(arts) else None, want))
    if shared is not None and (shared / SEED[0]).is_file():
        cases.append((_first("seed.txt", (shared / SEED[0]).read_bytes()), SEED[1]))
    hits = dict.fromkeys(FIELDS, 0)
    left = 0
    for art, want in cases:
        if art is None:
            continue
        for field in FIELDS:
            if field == "date":
                ok = art.published == datetime.fromisoformat(want["published"])
            else:
                ok = getattr(art, field) == want[field]
            hits[field] += ok
        left += sum(1 for s in want.get("excludes", []) if s in art.body)
        left += sum(1 for line in art.body.split("\n\n") if is_boilerplate(line))
    total = len(cases)
    print(f"\n## Field accuracy: {total} items (samples + seed)")
    for field in FIELDS:
        print(f"  {field:<9} {hits[field]:>3}/{total}  {100 * hits[field] / total:5.1f}%")
    overall = sum(hits.values()) / (total * len(FIELDS))
    print(f"  overall   {100 * overall:5.1f}%")
    print(f"  boilerplate lines left in sample bodies: {left}")


HELDOUT = REPO / "tests" / "importers" / "data" / "heldout"


def heldout_accuracy(verbose: bool = False) -> None:
    expected = yaml.safe_load((HELDOUT / "expected.yaml").read_text(encoding="utf-8"))
    fields = (*FIELDS, "author", "body start")
    hits = dict.fromkeys(fields, 0)
    n_author = left = 0
    misses: list[str] = []
    for name, want in expected.items():
        art = _first(name, (HELDOUT / name).read_bytes())
        if art is None:
            misses.append(f"{name}: rejected")
            continue
        got = {
            "title": art.title, "date": art.published, "source": art.source,
            "dateline": art.dateline, "section": art.section, "language": art.language,
            "author": art.author, "body start": art.body[:60],
        }  # fmt: skip
        for field in fields:
            if field == "date":
                ok = published_ok(art.published, want["published"])
            elif field == "author":
                if "author" not in want:
                    continue
                n_author += 1
                ok = art.author == want["author"]
            elif field == "body start":
                ok = art.body.startswith(want["body_starts"])
            else:
                ok = getattr(art, field) == want[field]
            hits[field] += ok
            if not ok:
                misses.append(f"{name}: {field} = {got[field]!r}")
        for s in want.get("excludes", []):
            if s in art.body:
                left += 1
                misses.append(f"{name}: body keeps {s!r}")
        for line in art.body.split("\n\n"):
            if is_boilerplate(line):
                left += 1
                misses.append(f"{name}: boilerplate line {line[:50]!r}")
    total = len(expected)
    print(f"\n## Held-out clippings: {total} items in {HELDOUT.relative_to(REPO)}")
    for field in fields:
        n = n_author if field == "author" else total
        print(f"  {field:<10} {hits[field]:>3}/{n:<3} {100 * hits[field] / max(1, n):5.1f}%")
    core = sum(hits[f] for f in FIELDS) / (total * len(FIELDS))
    print(f"  overall ({', '.join(FIELDS)})  {100 * core:5.1f}%")
    print(f"  excluded or boilerplate lines left in bodies: {left}")
    if verbose:
        for miss in misses:
            print(f"    - {miss}")


def _date_ok(value: datetime | str | None, want: str, region: str) -> bool:
    if value is None or not want:
        return False
    if isinstance(value, str):
        return value[:10] == want
    dates = {value.date().isoformat()}
    if value.tzinfo is not None and region in ZONES:
        dates.add(value.astimezone(ZoneInfo(ZONES[region])).date().isoformat())
    return want in dates


def _title_ok(got: str, want: str) -> bool:
    got, want = _norm(got), _norm(want)
    return bool(got) and (got == want or (len(want) > 40 and got.startswith(want)))


def _snippets(text: str, ann: dict) -> tuple[int, int, int, int]:
    text = _norm(text)
    found = sum(1 for s in ann.get("with", []) if _norm(s) in text)
    wrong = sum(1 for s in ann.get("without", []) if _norm(s) in text)
    return found, len(ann.get("with", [])), wrong, len(ann.get("without", []))


def _f1(tp: int, fn: int, fp: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def html_quality(corpus: Path, rounds: int) -> None:
    annotations = json.loads((corpus / "annotations.json").read_text(encoding="utf-8"))
    pages = [(a, (corpus / a["file"]).read_bytes()) for a in annotations]
    rows = {"ours": [0, 0, 0, 0], "trafilatura": [0, 0, 0, 0]}
    titles = {"ours": 0, "trafilatura": 0}
    dates = {"ours": 0, "trafilatura": 0}
    n_title = sum(1 for a, _ in pages if a.get("title"))
    n_date = sum(1 for a, _ in pages if a.get("date"))
    failed: list[str] = []
    for ann, data in pages:
        name = Path(ann["file"]).name
        art = _first(name, data)
        if art is None:
            failed.append(name)
        ours_text = f"{art.title}\n{art.lead}\n{art.body}" if art else ""
        plain = trafilatura.extract(data) or ""
        meta = trafilatura.bare_extraction(data, with_metadata=True)
        for key, text in (("ours", ours_text), ("trafilatura", plain)):
            for i, v in enumerate(_snippets(text, ann)):
                rows[key][i] += v
        region = str(ann.get("region") or "DE")
        if ann.get("title"):
            titles["ours"] += bool(art) and _title_ok(art.title, ann["title"])
            titles["trafilatura"] += bool(meta) and _title_ok(meta.title or "", ann["title"])
        if ann.get("date"):
            dates["ours"] += bool(art) and _date_ok(art.published, ann["date"], region)
            dates["trafilatura"] += bool(meta) and _date_ok(meta.date, ann["date"], region)
    print(f"\n## Web pages: {len(pages)} annotated pages in {corpus.name}")
    if failed:
        print(f"  rejected by our importer: {', '.join(failed)}")
    print(f"  {'':<12} {'with found':>11} {'without present':>16} {'snippet F1':>11}"
          f" {'title':>9} {'date':>9}")  # fmt: skip
    for key, (found, n_with, wrong, n_without) in rows.items():
        f1 = _f1(found, n_with - found, wrong)
        print(
            f"  {key:<12} {100 * found / n_with:10.1f}% {100 * wrong / n_without:15.1f}%"
            f" {f1:11.3f} {titles[key]:>4}/{n_title:<4} {dates[key]:>4}/{n_date:<4}"
        )
    throughput(pages, rounds)


def throughput(pages: list[tuple[dict, bytes]], rounds: int) -> None:
    ours = plain = 0.0
    for name, data in ((Path(a["file"]).name, d) for a, d in pages):  # warm-up
        _first(name, data)
        trafilatura.extract(data)
    for _ in range(rounds):
        for ann, data in pages:
            name = Path(ann["file"]).name
            t = time.perf_counter()
            _first(name, data)
            ours += time.perf_counter() - t
            t = time.perf_counter()
            trafilatura.extract(data)
            plain += time.perf_counter() - t
    n = len(pages) * rounds
    print(f"\n## Throughput: {len(pages)} pages x {rounds} rounds, interleaved")
    print(f"  ours             {n / ours:7.1f} pages/s")
    print(f"  trafilatura      {n / plain:7.1f} pages/s  (trafilatura.extract, default options)")
    print(f"  ratio ours/traf  {plain / ours:7.2f}")


def reuters(corpus: Path, out: Path | None) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from reuters_to_jsonl import convert

    with tempfile.TemporaryDirectory() as tmp:
        path = out or Path(tmp) / "reuters.jsonl"
        written, skipped = convert(corpus, path)
        data = path.read_bytes()
        t = time.perf_counter()
        items = extract(path.name, data)
        took = time.perf_counter() - t
    ok = [i for i in items if isinstance(i, Extracted)]
    tagged = sum(1 for i in ok if i.tags)
    print(f"\n## Reuters-21578 as JSONL: {written} rows ({skipped} without body skipped)")
    print(f"  extracted {len(ok)}/{len(items)} articles, {tagged} with tags,"
          f" {took:.1f} s, {len(ok) / took:.0f} articles/s")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--reuters", type=Path, help="keep the converted JSONL here")
    parser.add_argument("--skip-reuters", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list held-out misses")
    args = parser.parse_args()
    shared = args.shared if args.shared.is_dir() else None
    field_accuracy(shared)
    heldout_accuracy(args.verbose)
    if shared is None:
        print("\n(../shared not found: corpus figures skipped)")
        return 0
    html_quality(shared / "corpus" / "trafilatura-news-html", args.rounds)
    if not args.skip_reuters:
        reuters(shared / "corpus" / "reuters21578", args.reuters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
