"""The import pipeline: original first, then extraction, dedup and one store transaction.

Runs inside the archive (which owns the store, the blobs and the index outbox); one bad
file never aborts a batch and nothing of a failed file reaches the store or the index.
"""

from __future__ import annotations

import os
import sqlite3
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from app import dedup, importers
from app.importers import boilerplate, outlets
from app.model import (
    ADDS_ARTICLE,
    Cancelled,
    Extracted,
    ExtractionError,
    ExtractionFailure,
    ImportResult,
    ImportStatus,
)
from app.store import articles, tags
from app.store.rows import now, to_iso

MAX_FILE_BYTES = 200 * 1024 * 1024
_EMPTY_FOLDER = "a folder with no files of a kind Clippings imports (text, web pages, mail, …)"


def walk(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the supported files inside folders (sorted, recursive)."""
    for path in paths:
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                    and child.suffix.lower() in importers.SUPPORTED_SUFFIXES
                ):
                    found = True
                    yield child
            if not found:
                yield path  # reported as a folder with nothing to import, not passed over
        else:
            yield path


def read_file(path: Path) -> bytes:
    """The file's bytes, or ExtractionError with the reason. It opens the file and asks
    the open file its size: asking whether it exists, is a folder and how big it is
    first took three more system calls per file of a bulk import."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise ExtractionError(f"too large ({size // 2**20} MB; the limit is 200 MB)")
            return handle.read()
    except FileNotFoundError:
        raise ExtractionError("no such file") from None
    except IsADirectoryError:
        raise ExtractionError(_EMPTY_FOLDER) from None
    except OSError as exc:
        if path.is_dir():  # Windows refuses to open a folder as a file (PermissionError)
            raise ExtractionError(_EMPTY_FOLDER) from None
        raise ExtractionError(f"cannot read the file: {exc.strerror or exc}") from exc


def extract_safely(
    name: str,
    data: bytes,
    on_record: Callable[[int, int], None] | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[Extracted | ExtractionFailure]:
    """``importers.extract`` with every failure turned into a reason a person can read
    (``Cancelled``, raised by ``on_record`` between a bulk file's rows, passes through);
    ``mapping`` names a CSV/JSON file's columns per field ({"text": "Inhalt"})."""
    try:
        items = importers.extract(name, data, on_record=on_record, mapping=mapping)
    except (ExtractionError, Cancelled):
        raise
    except Exception as exc:  # an importer bug must not abort the batch
        raise ExtractionError(
            f"unexpected error while reading ({type(exc).__name__}: {exc})"
        ) from exc
    if not items:
        raise ExtractionError("no article found in the file")
    return items


#: a paste's two flavours, small: enough for every stage of the text and page readers
_WARM_TEXT = (
    "Weizenexport steigt\n\nBERLIN, 3. März 2025 (dpa) – Die Ausfuhr stieg im Februar "
    "deutlich, teilte das Ministerium am Montag mit.\n\nMehr zum Thema\n"
)
_WARM_HTML = (
    "<html><body><h1>Wheat exports rise</h1><p>ASTANA, March 3 (Reuters) - Exports rose "
    "sharply in February, the ministry said on Monday.</p></body></html>"
)


#: the first characters of most lines: Latin, German, Cyrillic, digits, quotes
_FIRST_CHARACTERS = (
    string.ascii_letters
    + string.digits
    + "ÄÖÜäöü"
    + "".join(chr(c) for c in range(ord("А"), ord("я") + 1))
    + "ЁёІі\"'«»„“(–-•*>"
)


def warm_up() -> None:
    """Load what the first extraction loads (outlet lists, agency profiles, patterns:
    2.7–3.4 s on an idle machine, later pastes 0.1–0.4 s) by reading a tiny paste in both
    flavours. Touches neither the store nor the index, so any thread may run it."""
    for name, data in importers.clipboard_flavours(_WARM_TEXT, _WARM_HTML):
        try:
            items = extract_safely(name, data)
            importers.complete_from_fragment(items, _WARM_HTML)
        except ExtractionError:
            pass
    extract_safely("warm.html", _WARM_HTML.encode())
    outlets.default_gazetteer()  # 3,200 outlets, read for a paste that names no source
    for first in _FIRST_CHARACTERS:  # the boilerplate patterns, compiled per first letter
        boilerplate.is_boilerplate(f"{first}x")


def store_items(
    conn: sqlite3.Connection,
    *,
    display: str,
    sha: str,
    name: str,
    items: Sequence[Extracted | ExtractionFailure],
    extra_tags: Sequence[str],
    threshold: float,
    on_item: Callable[[int, int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Insert the extracted items of one file inside the caller's transaction;
    ``on_item(stored, added, items)`` hears how many of a container's items (rows,
    stories, messages) are stored so far and how many of them are new articles (for progress and
    the archive's count within a big file; a file of one item says nothing). ``cancel()``
    turning true stops between items: those stored so far are whole, and logged."""
    results = []
    added = 0
    for index, item in enumerate(items):
        if cancel is not None and index and cancel():
            break
        label = _label(display, name, item.origin, index, len(items))
        if isinstance(item, ExtractionFailure):
            results.append(ImportResult(label, ImportStatus.FAILED, error=item.reason))
            continue
        result = _store_one(conn, item, label, sha, name, extra_tags, threshold)
        results.append(result)
        added += result.status in ADDS_ARTICLE
        if on_item is not None and len(items) > 1:
            on_item(index + 1, added, len(items))
    stamp = to_iso(now())
    conn.executemany(
        "INSERT INTO import_log(at, path, status, article_id, related_id, original_sha, error) "
        "VALUES (?,?,?,?,?,?,?)",
        [(stamp, r.path, r.status.value, r.id, r.related_id, sha, r.error) for r in results],
    )
    return results


def _label(display: str, name: str, origin: str, index: int, count: int) -> str:
    """``/in/digest.mbox#3``, ``/in/bundle.zip/a.txt``: where in the file an item was."""
    if count == 1:
        return display
    if name and origin.startswith(name):
        return display + origin[len(name) :]
    return f"{display}#{origin or index + 1}"


def _store_one(
    conn: sqlite3.Connection,
    item: Extracted,
    label: str,
    sha: str,
    name: str,
    extra_tags: Sequence[str],
    threshold: float,
) -> ImportResult:
    article = item.article
    if not article.title.strip() and not article.body.strip():
        return ImportResult(label, ImportStatus.FAILED, error="no text in this item")
    article.title = article.title.strip() or _first_words(article.body)
    body_words = dedup.words(article.body)
    article.content_hash = dedup.digest(body_words, article.title)
    short = dedup.is_short(body_words)  # a short body is one clipping only with its title
    existing = dedup.find_exact(conn, article.content_hash, article.title if short else None)
    if existing is not None:
        return ImportResult(label, ImportStatus.DUPLICATE, id=existing, related_id=existing)
    article.original_sha, article.original_name = sha, name
    signature = dedup.signature(body_words)
    keys = dedup.bands(signature) if signature is not None else None  # once, for both
    near = (
        dedup.find_near(conn, signature, threshold, keys, title=article.title, short=short)
        if signature is not None
        else None
    )
    article_id = articles.insert(conn, article)
    dedup.remember(conn, article_id, signature, keys)
    all_tags = [*item.tags, *article.tags, *extra_tags]
    if all_tags:
        tags.add(conn, [article_id], list(dict.fromkeys(all_tags)))
    if near is not None:
        dedup.link(conn, article_id, near[0])
        return ImportResult(label, ImportStatus.NEAR_DUPLICATE, id=article_id, related_id=near[0])
    return ImportResult(label, ImportStatus.IMPORTED, id=article_id)


def _first_words(text: str, count: int = 10) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def failed(display: str, reason: str) -> ImportResult:
    return ImportResult(display, ImportStatus.FAILED, error=reason)
