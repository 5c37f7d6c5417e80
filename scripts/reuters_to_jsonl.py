"""Convert the Reuters-21578 SGML files to JSON Lines for a bulk-import test.

Usage: python scripts/reuters_to_jsonl.py CORPUS_DIR OUT.jsonl

One object per story with a body: title, body, published (ISO), dateline, source "Reuters",
tags from TOPICS ("Topic/…") and PLACES ("Place/…"). The output is third-party text: write it
outside the repository.
"""

from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime
from pathlib import Path

_STORY = re.compile(r"<REUTERS\b[^>]*>(.*?)</REUTERS>", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _field(story: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", story, re.S)
    return html.unescape(m.group(1)) if m else ""


def _list(story: str, tag: str) -> list[str]:
    return [html.unescape(d) for d in re.findall(r"<D>(.*?)</D>", _field(story, tag))]


def _body(raw: str) -> str:
    text = _CONTROL.sub("", raw)
    text = re.sub(r"\n {2,}", "\n\n", text)  # indented lines start paragraphs
    text = re.sub(r"\s*Reuter\s*$", "", text.strip())
    return text


def _date(raw: str) -> str:
    """``26-FEB-1987 15:01:01.79`` and `` 5-MAR-1987 09:40:17.83`` (day without a zero)."""
    stamp = raw.strip().split(".")[0]
    try:
        return datetime.strptime(stamp, "%d-%b-%Y %H:%M:%S").isoformat()
    except ValueError:
        return ""


def convert(corpus: Path, out: Path) -> tuple[int, int]:
    """Write the JSONL; return (stories written, stories skipped for having no body)."""
    written = skipped = 0
    with out.open("w", encoding="utf-8") as handle:
        for sgm in sorted(corpus.glob("reut2-*.sgm")):
            text = sgm.read_bytes().decode("latin-1")
            for m in _STORY.finditer(text):
                story = m.group(1)
                body = _body(_field(story, "BODY"))
                if not body:
                    skipped += 1
                    continue
                tags = [f"Topic/{t}" for t in _list(story, "TOPICS")]
                tags += [f"Place/{p}" for p in _list(story, "PLACES")]
                record = {
                    "title": _CONTROL.sub("", _field(story, "TITLE")).strip(),
                    "body": body,
                    "published": _date(_field(story, "DATE")),
                    "dateline": _field(story, "DATELINE").strip(" -\n").split(",")[0].title(),
                    "source": "Reuters",
                    "language": "en",
                    "tags": tags,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written, skipped


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    corpus, out = Path(argv[1]), Path(argv[2])
    repo = Path(__file__).resolve().parents[1]
    if out.resolve().is_relative_to(repo):
        print("refusing to write third-party text into the repository", file=sys.stderr)
        return 2
    written, skipped = convert(corpus, out)
    print(f"{written} stories written to {out} ({skipped} without a body skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
