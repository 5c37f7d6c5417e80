"""Hierarchical tags (``Region/Kazakhstan``) and their links to articles."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from app.model import ClippingsError, Tag
from app.store.articles import mark_for_index


def normalize(name: str) -> str:
    """``' Region / Kazakhstan '`` → ``'Region/Kazakhstan'``; rejects empty parts."""
    parts = [part.strip() for part in name.split("/")]
    if not name.strip() or any(not part for part in parts):
        raise ClippingsError(f"invalid tag name {name!r}: empty part")
    return "/".join(" ".join(part.split()) for part in parts)


def ensure(conn: sqlite3.Connection, name: str) -> int:
    name = normalize(name)
    row = conn.execute("SELECT id FROM tags WHERE name=?", (name,)).fetchone()
    if row:
        return row[0]
    return conn.execute("INSERT INTO tags(name) VALUES (?)", (name,)).lastrowid


def add(conn: sqlite3.Connection, ids: Sequence[int], names: Sequence[str]) -> None:
    tag_ids = [ensure(conn, name) for name in names]
    conn.executemany(
        "INSERT OR IGNORE INTO article_tags VALUES (?, ?)",
        [(a, t) for a in ids for t in tag_ids],
    )
    mark_for_index(conn, ids)


def remove(conn: sqlite3.Connection, ids: Sequence[int], names: Sequence[str]) -> None:
    for name in names:
        row = conn.execute("SELECT id FROM tags WHERE name=?", (normalize(name),)).fetchone()
        if row:
            conn.executemany(
                "DELETE FROM article_tags WHERE article_id=? AND tag_id=?",
                [(a, row[0]) for a in ids],
            )
    mark_for_index(conn, ids)


def rename(conn: sqlite3.Connection, old: str, new: str) -> list[int]:
    """Rename a tag and its children (``Region`` → ``Regions`` moves ``Region/X`` too).

    Renaming onto an existing tag merges the two. Returns the affected article ids.
    """
    old, new = normalize(old), normalize(new)
    rows = conn.execute(
        "SELECT id, name FROM tags WHERE name=? OR name LIKE ? ESCAPE '\\'",
        (old, _like_prefix(old)),
    ).fetchall()
    if not rows:
        raise ClippingsError(f"no tag named {old!r}")
    affected: set[int] = set()
    for tag_id, name in rows:
        target = new + name[len(old) :]
        affected.update(
            r[0]
            for r in conn.execute("SELECT article_id FROM article_tags WHERE tag_id=?", (tag_id,))
        )
        existing = conn.execute(
            "SELECT id FROM tags WHERE name=? AND id<>?", (target, tag_id)
        ).fetchone()
        if existing:
            conn.execute(
                "INSERT OR IGNORE INTO article_tags SELECT article_id, ? FROM article_tags "
                "WHERE tag_id=?",
                (existing[0], tag_id),
            )
            conn.execute("DELETE FROM tags WHERE id=?", (tag_id,))
        else:
            conn.execute("UPDATE tags SET name=? WHERE id=?", (target, tag_id))
    mark_for_index(conn, affected)
    return sorted(affected)


def names_outside(conn: sqlite3.Connection, name: str) -> list[str]:
    """Every tag but ``name`` and those under it."""
    rows = conn.execute(
        "SELECT name FROM tags WHERE name<>? AND name NOT LIKE ? ESCAPE '\\'",
        (name, _like_prefix(name)),
    )
    return [r[0] for r in rows]


def delete(conn: sqlite3.Connection, name: str) -> list[int]:
    """Delete a tag and its children from every article."""
    name = normalize(name)
    rows = conn.execute(
        "SELECT id FROM tags WHERE name=? OR name LIKE ? ESCAPE '\\'", (name, _like_prefix(name))
    ).fetchall()
    affected: set[int] = set()
    for (tag_id,) in rows:
        affected.update(
            r[0]
            for r in conn.execute("SELECT article_id FROM article_tags WHERE tag_id=?", (tag_id,))
        )
        conn.execute("DELETE FROM tags WHERE id=?", (tag_id,))
    mark_for_index(conn, affected)
    return sorted(affected)


def carriers(conn: sqlite3.Connection, name: str) -> list[int]:
    """The live articles carrying ``name`` or a tag under it, each once (a tag's own count
    and its children's would count an article tagged with both twice)."""
    name = normalize(name)
    rows = conn.execute(
        "SELECT DISTINCT at.article_id FROM article_tags at JOIN tags t ON t.id=at.tag_id "
        "JOIN articles a ON a.id=at.article_id AND a.deleted_at IS NULL "
        "WHERE t.name=? OR t.name LIKE ? ESCAPE '\\'",
        (name, _like_prefix(name)),
    ).fetchall()
    return sorted(r[0] for r in rows)


Saved = list[tuple[str, str | None, list[int]]]


def snapshot(conn: sqlite3.Connection, roots: Sequence[str]) -> Saved:
    """Every tag named in ``roots`` or under one: its name, colour and articles (trashed
    ones too), what ``put_back`` needs to undo a rename, merge or delete exactly."""
    saved: Saved = []
    seen: set[int] = set()
    for root in roots:
        root = normalize(root)
        for tag_id, name, color in conn.execute(
            "SELECT id, name, color FROM tags WHERE name=? OR name LIKE ? ESCAPE '\\'",
            (root, _like_prefix(root)),
        ).fetchall():
            if tag_id not in seen:
                seen.add(tag_id)
                ids = conn.execute(
                    "SELECT article_id FROM article_tags WHERE tag_id=? ORDER BY article_id",
                    (tag_id,),
                ).fetchall()
                saved.append((name, color, [r[0] for r in ids]))
    return saved


def put_back(conn: sqlite3.Connection, roots: Sequence[str], saved: Saved) -> list[int]:
    """The tags under ``roots`` as ``snapshot`` saw them: what is there now goes, what was
    there comes back with its colour and articles. Returns the affected article ids."""
    affected: set[int] = set()
    for root in roots:
        affected.update(delete(conn, root))
    for name, color, ids in saved:
        tag_id = ensure(conn, name)
        conn.execute("UPDATE tags SET color=? WHERE id=?", (color, tag_id))
        conn.executemany(
            "INSERT OR IGNORE INTO article_tags VALUES (?, ?)", [(a, tag_id) for a in ids]
        )
        affected.update(ids)
    mark_for_index(conn, affected)
    return sorted(affected)


def set_color(conn: sqlite3.Connection, name: str, color: str) -> None:
    """A parent level no clipping carries ('Topics' over 'Topics/Energy') becomes a tag of
    its own to hold the colour its children's chips take (it was silently not kept)."""
    conn.execute(
        "INSERT INTO tags(name, color) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET color=excluded.color",
        (normalize(name), color),
    )


def all_with_counts(conn: sqlite3.Connection) -> list[Tag]:
    """Every tag with the number of live articles carrying it."""
    rows = conn.execute(
        "SELECT t.name, t.color, COUNT(a.id) FROM tags t "
        "LEFT JOIN article_tags at ON at.tag_id=t.id "
        "LEFT JOIN articles a ON a.id=at.article_id AND a.deleted_at IS NULL "
        "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
    ).fetchall()
    return [Tag(name=name, color=color, count=count) for name, color, count in rows]


def levels(name: str) -> list[str]:
    """ "Topics/Energy/Solar" → ["Topics", "Topics/Energy", "Topics/Energy/Solar"]."""
    parts = name.split("/")
    return ["/".join(parts[:depth]) for depth in range(1, len(parts) + 1)]


def counts_under(conn: sqlite3.Connection) -> dict[str, int]:
    """Every tag and every parent level over one, with the live articles carrying it or a
    tag under it, each once: what ``tag:NAME`` finds and the tag tree shows (a coloured
    parent that no clipping carries itself counts its children's clippings, not 0)."""
    carriers_of: dict[str, set[int]] = {}
    for (name,) in conn.execute("SELECT name FROM tags"):
        for level in levels(name):
            carriers_of.setdefault(level, set())
    rows = conn.execute(
        "SELECT t.name, at.article_id FROM article_tags at JOIN tags t ON t.id=at.tag_id "
        "JOIN articles a ON a.id=at.article_id AND a.deleted_at IS NULL"
    )
    for name, article_id in rows:
        for level in levels(name):
            carriers_of[level].add(article_id)
    return {name: len(ids) for name, ids in carriers_of.items()}


def _like_prefix(name: str) -> str:
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "/%"
