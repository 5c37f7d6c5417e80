"""Articles as CSV, JSON, JSON Lines or YAML, written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from app.model import EXTRACTED_FIELDS, Article, ClippingsError

FIELDS = ("id", *EXTRACTED_FIELDS, "tags", "notes")
FORMATS = ("csv", "json", "jsonl", "yaml", "html")
#: a CSV's separators by name, for the command line (``--delimiter semicolon``)
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t"}


def list_separator(decimal_point: str) -> str:
    """The CSV separator a spreadsheet of the locale expects: where the decimal point
    is a comma (German, Russian …), Excel splits a CSV's columns at ';' and shows a
    comma-separated file as one column."""
    return ";" if decimal_point == "," else ","


def delimiter_named(text: str) -> str:
    """A separator given by name (comma, semicolon, tab) or as its one character."""
    named = DELIMITER_NAMES.get(text.strip().lower(), text)
    if named == "\\t":
        named = "\t"
    if len(named) != 1 or named in '"\r\n' or named.isalnum():
        raise ClippingsError(
            f"a CSV delimiter is one character or {', '.join(DELIMITER_NAMES)}, not {text!r}"
        )
    return named


def record(article: Article) -> dict:
    data = {name: getattr(article, name) for name in FIELDS}
    data["published"] = article.published.isoformat() if article.published else None
    data["tags"] = list(article.tags)
    return data


def render(articles: Sequence[Article], fmt: str, delimiter: str = ",") -> str:
    records = [record(a) for a in articles]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "yaml":
        return yaml.safe_dump(records, allow_unicode=True, sort_keys=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=FIELDS, delimiter=delimiter)
        writer.writeheader()
        for r in records:
            writer.writerow({**r, "tags": "; ".join(r["tags"])})
        return out.getvalue()
    raise ClippingsError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:  # elsewhere: set and put back (other threads create no files meanwhile)
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def readable_per_umask(path: str | os.PathLike) -> None:
    """Give a file made by ``mkstemp`` (always 0600) the mode a plain ``open()`` would give:
    exports and backups are handed on, so the group or others may read them if the umask
    lets them."""
    os.chmod(path, 0o666 & ~current_umask())


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename: never a half-written export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        readable_per_umask(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: writes articles to a path under a title (the GUI's PDF press review)
Writer = Callable[[Sequence[Article], Path, str], None]


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ClippingsError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_articles(
    articles: Sequence[Article],
    fmt: str,
    path: Path,
    title: str = "",
    delimiter: str = ",",
    language: str = "en",
    omit_tags: Sequence[str] = (),
) -> None:
    if fmt == "html":
        from app.export.review import press_review_html

        text = press_review_html(
            articles, title=title or None, language=language, omit_tags=omit_tags
        )
    else:
        text = render(articles, fmt, delimiter)
    # CSV with a BOM so that spreadsheet programs read the umlauts and Cyrillic right
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    write_atomically(path, text.encode(encoding))
