"""A press review kept as a table in a Word or OpenDocument file: one clipping a row, its
day, outlet, headline and text each in a column ('Datum | Medium | Überschrift | Text',
'Quelle | Titel | Datum | Inhalt', 'Date | Outlet | Headline | Text', or no header row).

Why: read line by line, the rows ran together as one article under the first row's
headline (or the header's names, or none); the columns say what each cell is, so each
row is read as one clipping with its fields, whatever the order of the columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from app.importers.base import Context, Item, from_text
from app.importers.colnames import column_field
from app.importers.compose import Hints
from app.importers.dates import STAMP_PARTS, find_dates, year_dates
from app.importers.docfront import document_front
from app.model import ExtractionError, ExtractionFailure

CELL = " | "  # how the Word and OpenDocument readers join a row's cells on one line
_MIN_ROWS = 2  # a review of one row is a clipping's field table, read as such elsewhere
_MIN_COLUMNS = 3  # a day or an outlet, a headline and the text at least
_TEXT_WORDS = 15  # the text column's cells run this long (a teaser at least)
_HEAD_WORDS = (2, 30)  # a headline's length in words
_FIELD_WORDS = 6  # an outlet's name, a day: a few words
_DATED = 0.8  # this share of a column's cells are days: the day column
# the fields a header may give a column; other columns ('Nr.', 'Seite') are left
_ROLES = ("published", "source", "title", "body", "section", "author", "lead")


@dataclass
class TableClip:
    """One row of a review table, its cells by field."""

    text: str
    title: str = ""
    source: str = ""
    published: datetime | None = None
    section: str = ""
    author: str = ""


def review_table(
    lines: list[str], paras: dict[int, list[list[str]]] | None = None
) -> tuple[list[TableClip], list[str]] | None:
    """The clippings of the review tables among a document's lines (a table row a line,
    cells joined by ' | '; ``paras``: a row's cells as their paragraphs, where the reader
    kept them), and the document's other lines; None where no run of rows of one width is
    a review (a schedule of short rows, a one-row field table)."""
    paras = paras or {}
    clips: list[TableClip] = []
    rest: list[str] = []
    i = 0
    while i < len(lines):
        width = len(lines[i].split(CELL))
        j = i + 1
        while j < len(lines) and len(lines[j].split(CELL)) == width:
            j += 1
        rows = [ln.split(CELL) for ln in lines[i:j]]
        kept = [p if len(p := paras.get(k, [])) == width else [] for k in range(i, j)]
        found = _clips(rows, kept) if width >= _MIN_COLUMNS else []
        if found:
            clips.extend(found)
        else:
            rest.extend(lines[i:j])
        i = j
    return (clips, rest) if clips else None


def _words(cell: str) -> int:
    return len(cell.split())


def _median(values: list[int]) -> int:
    return sorted(values)[len(values) // 2] if values else 0


def _day(cell: str) -> datetime | None:
    """The day a short cell gives ('24.11.2026', '27 ноября 2026 г.'), None for others."""
    if not cell or _words(cell) > _FIELD_WORDS:
        return None
    hits = year_dates(cell)
    return hits[0].value if hits else None


def _header_roles(row: list[str]) -> dict[int, str]:
    """The fields a header row names, column by column; {} where the row is data (a long
    cell, a day) or names fewer than two fields."""
    if any(_words(c) > _FIELD_WORDS or _day(c) for c in row):
        return {}
    roles = {k: f for k, c in enumerate(row) if (f := column_field(c.strip())) in _ROLES}
    return roles if len(roles) >= 2 else {}


def _content_roles(rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """The roles the header left open, told from the cells: the day column, the longest
    column the text, the longer of the short ones the headline, a shorter one the outlet."""
    roles = dict(roles)
    width = len(rows[0])
    words = {k: _median([_words(r[k]) for r in rows]) for k in range(width)}
    if "body" not in roles.values():
        # the longest column is the text, whatever its header ('Zusammenfassung', none)
        longest = max(range(width), key=lambda k: words[k])
        if roles.get(longest) in (None, "lead"):
            roles[longest] = "body"
    if "published" not in roles.values():
        dated = [k for k in range(width) if k not in roles]
        dated = [k for k in dated if sum(bool(_day(r[k])) for r in rows) >= _DATED * len(rows)]
        if dated:
            roles[dated[0]] = "published"
    free = sorted((k for k in range(width) if k not in roles), key=lambda k: -words[k])
    free = [k for k in free if words[k] and not any(_day(r[k]) for r in rows)]
    if "title" not in roles.values() and free and _HEAD_WORDS[0] <= words[free[0]]:
        roles[free.pop(0)] = "title"
    if "source" not in roles.values() and free and words[free[-1]] <= _FIELD_WORDS:
        roles[free[-1]] = "source"
    return roles


def _clips(rows: list[list[str]], kept: list[list[list[str]]]) -> list[TableClip]:
    """A run of table rows as clippings, where it is a review: two rows at least under
    the header (if any), each with its text, and its day or headline in their columns."""
    rows = [[c.strip() for c in r] for r in rows]
    header = _header_roles(rows[0])
    data = rows[1:] if header else rows
    kept = kept[1:] if header else kept
    if len(data) < _MIN_ROWS:
        return []
    roles = _content_roles(data, header)
    column = {f: k for k, f in sorted(roles.items(), reverse=True)}  # the first of a field
    body = column.get("body")
    if body is None or _median([_words(r[body]) for r in data]) < _TEXT_WORDS:
        return []
    if "published" not in column or ("title" not in column and "source" not in column):
        return []  # a table of texts with no day, no headline: no review
    if "title" in column and not all(
        _HEAD_WORDS[0] <= _words(r[column["title"]]) <= _HEAD_WORDS[1] for r in data
    ):
        return []
    clips = []
    for row, cells in zip(data, kept, strict=True):
        if not row[body]:
            return []
        cell = {f: row[k] for f, k in column.items()}
        clip = TableClip(
            text="\n".join(cells[body]) if cells else cell["body"],
            title=cell.get("title", ""),
            source=cell.get("source", ""),
            published=_day(cell.get("published", "")),
            section=cell.get("section", ""),
            author=cell.get("author", ""),
        )
        if cells and "source" in column and len(cells[column["source"]]) > 1:
            _stamp_under_outlet(clip, cells[column["source"]])
        clips.append(clip)
    return clips


# a page in a stamp's part ('S. 17', 'Seite C3', 'p. 9', 'с. 2'); a medium's kind ('online')
_PAGE = re.compile(r"^(?:s\.|seite|p\.|page|pp\.|с\.|стр\.)\s*[A-Z]?\d+$", re.I)
_MEDIUM = frozenset({"online", "print", "web", "tv", "radio", "e-paper", "epaper", "онлайн"})


def _stamp_under_outlet(clip: TableClip, lines: list[str]) -> None:
    """The outlet cell's lines under the outlet's name ('S. 17 · Wirtschaft', 'online ·
    26.11.2025, 17:45 Uhr · Sachsen-Anhalt'): its page and medium go, a time on the row's
    day is the clipping's, the rubric its desk; the name alone is the source."""
    clip.source = lines[0]
    parts = [p.strip() for line in lines[1:] for p in STAMP_PARTS.split(line) if p.strip()]
    for part in parts:
        hits = find_dates(part)
        if hits:
            when = hits[0].value
            same = clip.published is None or when.date() == clip.published.date()
            if hits[0].has_time and hits[0].has_year and same:
                clip.published = when
        elif not _PAGE.match(part) and part.casefold() not in _MEDIUM and _words(part) <= 3:
            clip.section = clip.section or part


def table_items(clips: list[TableClip], ctx: Context, origin: str) -> list[Item]:
    """The review table's clippings as articles, each with its row's fields (a row that
    gives no article is reported, the others go on)."""
    items: list[Item] = []
    for n, clip in enumerate(clips):
        hints = Hints(
            title=clip.title,
            fallback_source=clip.source,
            published=clip.published,
            section=clip.section,
            author=clip.author,
        )
        body, hints = document_front(clip.text, hints)
        try:
            items.append(from_text(body, ctx, origin=origin, part=n, hints=hints))
        except ExtractionError as exc:
            items.append(ExtractionFailure(f"{origin} (row {n + 1})", str(exc)))
    return items
