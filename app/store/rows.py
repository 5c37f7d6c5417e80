"""Conversion between ``Article`` and database rows."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from app.model import EDITABLE_FIELDS, Article

ARTICLE_COLUMNS = EDITABLE_FIELDS


def now() -> datetime:
    return datetime.now(UTC)


def to_iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def article_values(article: Article) -> list:
    """Column values in ``ARTICLE_COLUMNS`` order."""
    return [
        to_iso(getattr(article, c)) if c == "published" else getattr(article, c)
        for c in ARTICLE_COLUMNS
    ]


def row_to_article(row: sqlite3.Row, tags: list[str]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        lead=row["lead"],
        body=row["body"],
        source=row["source"],
        url=row["url"],
        author=row["author"],
        published=from_iso(row["published"]),
        dateline=row["dateline"],
        section=row["section"],
        language=row["language"],
        notes=row["notes"],
        tags=tags,
        imported_at=from_iso(row["imported_at"]),
        updated_at=from_iso(row["updated_at"]),
        content_hash=row["content_hash"],
        original_sha=row["original_sha"],
        original_name=row["original_name"],
        original_part=row["original_part"],
        deleted_at=from_iso(row["deleted_at"]),
    )


def edited_fields(row: sqlite3.Row) -> set[str]:
    return set(json.loads(row["edited_fields"]))
