"""Article rows: insert, read, update, trash. Callers pass an open transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from app.model import Article
from app.store.rows import (
    ARTICLE_COLUMNS,
    article_values,
    edited_fields,
    now,
    row_to_article,
    to_iso,
)


def insert(conn: sqlite3.Connection, article: Article) -> int:
    stamp = to_iso(now())
    columns = (
        *ARTICLE_COLUMNS,
        "imported_at",
        "updated_at",
        "content_hash",
        "original_sha",
        "original_name",
        "original_part",
    )
    values = [
        *article_values(article),
        stamp,
        stamp,
        article.content_hash,
        article.original_sha,
        article.original_name,
        article.original_part,
    ]
    marks = ",".join("?" * len(columns))
    cur = conn.execute(f"INSERT INTO articles ({','.join(columns)}) VALUES ({marks})", values)
    article_id = cur.lastrowid
    mark_for_index(conn, [article_id])
    return article_id


def mark_for_index(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Record in the same transaction that the index must catch up on these ids."""
    conn.executemany("INSERT OR IGNORE INTO index_outbox VALUES (?)", [(i,) for i in ids])


def update_fields(
    conn: sqlite3.Connection, article_id: int, changes: dict, *, by_user: bool
) -> None:
    """Change some fields; user edits are remembered so re-extraction keeps them."""
    unknown = set(changes) - set(ARTICLE_COLUMNS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    row = conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(article_id)
    values = {key: to_iso(value) if key == "published" else value for key, value in changes.items()}
    edited = edited_fields(row) | set(changes) if by_user else edited_fields(row)
    sets = ",".join(f"{key}=?" for key in values)
    conn.execute(
        f"UPDATE articles SET {sets}, updated_at=?, edited_fields=? WHERE id=?",
        [*values.values(), to_iso(now()), json.dumps(sorted(edited)), article_id],
    )
    mark_for_index(conn, [article_id])


def get_many(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Article]:
    """Articles in the order of ``ids``; unknown ids are skipped."""
    if not ids:
        return []
    rows: dict[int, sqlite3.Row] = {}
    tags: dict[int, list[str]] = {}
    for chunk in _chunks(ids, 900):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
            rows[row["id"]] = row
        for article_id, name in conn.execute(
            f"SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id=at.tag_id "
            f"WHERE at.article_id IN ({marks}) ORDER BY t.name",
            chunk,
        ):
            tags.setdefault(article_id, []).append(name)
    return [row_to_article(rows[i], tags.get(i, [])) for i in ids if i in rows]


def set_deleted(conn: sqlite3.Connection, ids: Sequence[int], deleted: bool) -> list[int]:
    """Move to or from the trash; returns the ids that changed."""
    stamp = to_iso(now()) if deleted else None
    changed = []
    for article_id in ids:
        cur = conn.execute(
            "UPDATE articles SET deleted_at=? WHERE id=? AND (deleted_at IS NULL)=?",
            (stamp, article_id, deleted),
        )
        if cur.rowcount:
            changed.append(article_id)
    mark_for_index(conn, changed)
    return changed


def purge(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Remove for good (empty trash); cascades to tags and fingerprints."""
    conn.executemany("DELETE FROM articles WHERE id=?", [(i,) for i in ids])
    mark_for_index(conn, ids)


def _chunks(items: Sequence[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
