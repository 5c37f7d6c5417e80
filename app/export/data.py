"""Articles as CSV, JSON, JSON Lines or YAML, written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import yaml

from app.model import EXTRACTED_FIELDS, Article, ClippingsError

FIELDS = ("id", *EXTRACTED_FIELDS, "tags", "notes")
FORMATS = ("csv", "json", "jsonl", "yaml", "html")


def record(article: Article) -> dict:
    data = {name: getattr(article, name) for name in FIELDS}
    data["published"] = article.published.isoformat() if article.published else None
    data["tags"] = list(article.tags)
    return data


def render(articles: Sequence[Article], fmt: str) -> str:
    records = [record(a) for a in articles]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "yaml":
        return yaml.safe_dump(records, allow_unicode=True, sort_keys=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=FIELDS)
        writer.writeheader()
        for r in records:
            writer.writerow({**r, "tags": "; ".join(r["tags"])})
        return out.getvalue()
    raise ClippingsError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename: never a half-written export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_articles(articles: Sequence[Article], fmt: str, path: Path, title: str = "") -> None:
    if fmt == "html":
        from app.export.review import press_review_html

        text = press_review_html(articles, title=title or "Press review")
    else:
        text = render(articles, fmt)
    # CSV with a BOM so that spreadsheet programs read the umlauts and Cyrillic right
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    write_atomically(path, text.encode(encoding))
