"""Checking that store, index and originals agree; re-extraction from the originals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app import dedup, importing
from app.model import EXTRACTED_FIELDS, Extracted, ExtractionError, Progress
from app.store import articles
from app.store.rows import edited_fields, to_iso

if TYPE_CHECKING:
    from app.archive import Archive

ProgressCallback = Callable[[Progress], None]
CancelCheck = Callable[[], bool]


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    unrepaired: list[str] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "problems": self.problems,
            "repaired": self.repaired,
            "unrepaired": self.unrepaired,
            **self.figures,
        }

    def describe(self) -> str:
        lines = [f"{k}: {v}" for k, v in self.figures.items()]
        lines += [f"problem: {p}" for p in self.problems]
        lines += [f"repaired: {r}" for r in self.repaired]
        lines.append("all consistent" if self.ok else f"{len(self.problems)} problem(s)")
        return "\n".join(lines)


def check(archive: Archive, repair: bool) -> CheckReport:
    report = CheckReport()
    store = archive.store
    integrity = store.scalar("PRAGMA integrity_check")
    if integrity != "ok":
        report.problems.append(f"database integrity: {integrity}")
        report.unrepaired.append("database integrity (restore a backup)")
    if store.query("PRAGMA foreign_key_check"):
        report.problems.append("database has dangling references")
        report.unrepaired.append("dangling references")
    pending = store.scalar("SELECT COUNT(*) FROM index_outbox")
    missing, extra = archive._index_differences()
    if pending:
        report.problems.append(f"{pending} change(s) not yet in the index")
    if missing:
        report.problems.append(f"{len(missing)} article(s) missing from the index")
    if extra:
        report.problems.append(f"{len(extra)} index entries without a live article")
    if repair and (pending or missing or extra):
        archive._sync_index()
        archive._reindex_ids(missing | extra)
        report.repaired.append(f"index brought up to date ({len(missing) + len(extra)} entries)")
    referenced = {
        r[0]
        for r in store.query(
            "SELECT original_sha FROM articles WHERE original_sha<>'' "
            "UNION SELECT original_sha FROM import_log WHERE original_sha<>''"
        )
    }
    present = set(archive.blobs.all())
    for sha in sorted(referenced - present):
        report.problems.append(f"original {sha[:12]}… is missing")
        report.unrepaired.append(f"original {sha[:12]}…")
    damaged = [sha for sha in referenced & present if not archive.blobs.verify(sha)]
    for sha in damaged:
        report.problems.append(f"original {sha[:12]}… is damaged (content does not match)")
        report.unrepaired.append(f"original {sha[:12]}…")
    report.figures = {
        "articles": store.scalar("SELECT COUNT(*) FROM articles WHERE deleted_at IS NULL"),
        "indexed": archive.index.doc_count(),
        "originals": len(present),
        "unreferenced_originals": len(present - referenced),
    }
    return report


@dataclass
class ReextractReport:
    """What a re-extraction did, and why the rest stayed: "0 re-extracted" alone told
    nobody whether the originals were missing, unreadable or simply gave the same."""

    changed: list[int] = field(default_factory=list)
    unchanged: int = 0  # extracted again, every field as stored
    no_original: int = 0  # pasted or added without a file, or its file is gone
    failed: int = 0  # the original no longer extracts
    not_found: int = 0  # the original's items no longer hold this article
    cancelled: bool = False

    def summary(self) -> str:
        """ "2 re-extracted, 40 unchanged, 3 without an original" (counts that are 0 left out)."""
        parts = [f"{len(self.changed):,} re-extracted"]
        for count, what in (
            (self.unchanged, "unchanged"),
            (self.no_original, "without an original"),
            (self.failed, "whose original no longer reads"),
            (self.not_found, "no longer found in their original"),
        ):
            if count:
                parts.append(f"{count:,} {what}")
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")


def reextract(
    archive: Archive,
    ids: list[int] | None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ReextractReport:
    """Re-run the importers on the kept originals; user edits, tags and notes stay. One
    transaction per original: ``cancel`` stops between originals, never inside one."""
    marks = ",".join("?" * len(ids or []))
    where, params = (f"WHERE id IN ({marks})", ids) if ids else ("", [])
    order = "ORDER BY original_sha, original_part"
    rows = archive.store.query(f"SELECT * FROM articles {where} {order}", params)
    report = ReextractReport()
    by_original: dict[str, list] = {}
    for row in rows:
        if row["original_sha"] and archive.blobs.exists(row["original_sha"]):
            by_original.setdefault(row["original_sha"], []).append(row)
        else:
            report.no_original += 1
    done = 0
    try:
        for number, (sha, group) in enumerate(by_original.items()):
            if cancel and cancel():
                report.cancelled = True
                break
            if progress:
                progress(Progress(number, len(by_original), group[0]["original_name"], done))
            _reextract_original(archive, sha, group, report)
            done += len(group)
        if progress and not report.cancelled:
            progress(Progress(len(by_original), len(by_original), "", done))
    finally:
        archive._sync_index()
    return report


def _reextract_original(archive: Archive, sha: str, group: list, report: ReextractReport) -> None:
    try:
        items = importing.extract_safely(group[0]["original_name"], archive.blobs.get(sha))
    except ExtractionError:
        report.failed += len(group)
        return
    several = len(items) > 1  # a file of one article is that article: no words to weigh
    words = {
        i: frozenset(dedup.words(f"{item.article.title} {item.article.body}") if several else ())
        for i, item in enumerate(items)
        if isinstance(item, Extracted)
    }
    taken: set[int] = set()
    with archive.store.transaction() as conn:
        for row in group:
            part = _counterpart(row, items, words, taken)
            if part is None:
                report.not_found += 1
                continue  # nothing in the file is this article any more: leave it be
            taken.add(part)
            fresh = _changed_fields(row, items[part])
            if part != row["original_part"]:
                conn.execute("UPDATE articles SET original_part=? WHERE id=?", (part, row["id"]))
            if not fresh:
                report.unchanged += 1
                continue  # nothing to write: the row and its index entry stay as they are
            articles.update_fields(conn, row["id"], fresh, by_user=False)
            if "title" in fresh or "body" in fresh:
                title = fresh.get("title", row["title"])
                body = fresh.get("body", row["body"])
                conn.execute(
                    "UPDATE articles SET content_hash=? WHERE id=?",
                    (dedup.content_hash(title, body), row["id"]),
                )
            report.changed.append(row["id"])


#: the share of a fresh item's words the stored article must hold to be the same article
SAME_ARTICLE = 0.6


def _counterpart(row, items: list, words: dict[int, frozenset[str]], taken: set[int]) -> int | None:
    """Which fresh item of the article's file is the article (``words``: each extracted
    item's words). A file of one article is that article. In a container (digest, zip,
    mailbox) an improved extractor may find items in other places (a skipped member, a
    digest split anew), so the item at the article's place counts only when its words are
    the article's, and else the most alike item does; an article never takes another's
    text."""
    found = [i for i in words if i not in taken]
    if len(items) == 1:
        return found[0] if found else None
    stored = set(dedup.words(f"{row['title']} {row['body']}"))
    shares = {i: len(words[i] & stored) / len(words[i]) if words[i] else 0.0 for i in found}
    place = row["original_part"]
    if shares.get(place, 0.0) >= SAME_ARTICLE:
        return place
    best = max(shares, key=shares.__getitem__, default=None)
    return best if best is not None and shares[best] >= SAME_ARTICLE else None


def _changed_fields(row, item: Extracted) -> dict:
    """The extracted fields whose fresh value differs from the stored one, leaving out
    those the user edited (an empty and a missing value are the same)."""
    keep = edited_fields(row)
    changes = {}
    for name in EXTRACTED_FIELDS:
        if name in keep:
            continue
        value = getattr(item.article, name)
        stored = to_iso(value) if name == "published" else value
        if (stored or None) != (row[name] or None):
            changes[name] = value
    return changes
