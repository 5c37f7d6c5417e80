"""Field accuracy on a folder of clippings the importer has never seen.

  python benchmarks/blind_batch.py DIR [DIR ...] [--quiet] [--json OUT]

Each DIR holds clippings and an `expected.yaml` in the held-out formats of
tests/importers/data: `name: {title, published, ...}` for a file of one article, or
`name: {items: [...]}` for a file of several, in file order. Issue 3's bar is counted over
the six core fields (title, date, source, dateline, section, language); author, body start,
excluded snippets and boilerplate lines left are reported beside them. A new batch is
measured once, blind, before any rule is written against it; that figure is the one that
counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from app.importers import extract  # noqa: E402
from app.importers.boilerplate import is_boilerplate  # noqa: E402
from app.model import Article, Extracted, ExtractionError  # noqa: E402

CORE = ("title", "date", "source", "dateline", "section", "language")


def published_ok(value: datetime | None, want: object) -> bool:
    """Equal instants when an offset is expected, else equal wall-clock times."""
    if value is None or not want:
        return value is None and not want
    expected = datetime.fromisoformat(str(want))
    if expected.tzinfo is None or value.tzinfo is None:
        return value.replace(tzinfo=None) == expected.replace(tzinfo=None)
    return value == expected


def _articles(path: Path) -> list[Article] | str:
    try:
        items = extract(path.name, path.read_bytes())
    except ExtractionError as error:
        return f"rejected: {error}"
    return [i.article for i in items if isinstance(i, Extracted)]


def _compare(art: Article, want: dict) -> dict[str, tuple[bool, object]]:
    """Per checked field: whether it is right, and what the importer gave."""
    out: dict[str, tuple[bool, object]] = {}
    for field in CORE:
        if field == "date":
            out[field] = (published_ok(art.published, want.get("published")), art.published)
        else:
            out[field] = (getattr(art, field) == (want.get(field) or ""), getattr(art, field))
    if "author" in want:
        out["author"] = (art.author == (want["author"] or ""), art.author)
    if want.get("body_starts"):
        out["body start"] = (art.body.startswith(want["body_starts"]), art.body[:70])
    return out


def measure(folder: Path) -> dict[str, dict]:
    """Per article key ('file' or 'file#k'): checked fields, misses and leftovers."""
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    results: dict[str, dict] = {}
    for name, spec in expected.items():
        wants = spec["items"] if isinstance(spec, dict) and "items" in spec else [spec]
        got = _articles(folder / name)
        if isinstance(got, list) and len(wants) > 1 and len(got) != len(wants):
            results[name] = {"count": f"{len(got)} articles for {len(wants)}"}
        for k, want in enumerate(wants):
            key = name if len(wants) == 1 and "items" not in spec else f"{name}#{k}"
            if isinstance(got, str) or k >= len(got):
                reason = got if isinstance(got, str) else "missing"
                results[key] = {"fields": {f: [False, reason] for f in CORE}, "left": []}
                continue
            art = got[k]
            left = [str(s) for s in want.get("excludes", []) or [] if str(s) in art.body]
            left += [p[:60] for p in art.body.split("\n\n") if is_boilerplate(p)]
            fields = {f: [ok, str(v)] for f, (ok, v) in _compare(art, want).items()}
            results[key] = {"fields": fields, "left": left}
    return results


def report(folder: Path, results: dict[str, dict], quiet: bool) -> tuple[int, int]:
    right = total = 0
    extra: dict[str, list[int]] = {}
    print(f"\n## {folder}")
    for key, res in results.items():
        if "count" in res:
            print(f"  {key}: {res['count']}")
            continue
        misses = []
        for field, (ok, value) in res["fields"].items():
            if field in CORE:
                right += ok
                total += 1
            else:
                extra.setdefault(field, [0, 0])
                extra[field][0] += ok
                extra[field][1] += 1
            if not ok:
                misses.append(f"{field} = {value!r}")
        misses += [f"body keeps {s!r}" for s in res["left"]]
        if misses and not quiet:
            print(f"  {key}:")
            for miss in misses:
                print(f"      {miss}")
    extras = ", ".join(f"{f} {a}/{n}" for f, (a, n) in extra.items())
    leftovers = sum(len(r.get("left", [])) for r in results.values())
    print(f"  core {right}/{total} = {100 * right / max(1, total):.1f}%; {extras}; "
          f"lines left {leftovers}")  # fmt: skip
    return right, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--json", type=Path, help="write every field's result here")
    args = parser.parse_args()
    right = total = 0
    everything = {}
    for folder in args.folders:
        results = measure(folder)
        everything[str(folder)] = results
        r, t = report(folder, results, args.quiet)
        right, total = right + r, total + t
    if len(args.folders) > 1:
        print(f"\nTOTAL core {right}/{total} = {100 * right / max(1, total):.1f}%")
    if args.json:
        args.json.write_text(json.dumps(everything, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
