"""A clip's rows of labelled fields right under its headline ('Section: Business · Author:
Jane Doe', 'Reach: 4.9M UMV · Sentiment: Neutral'): its desk and writer, no text.

Why: a monitoring alert sets the clip's outlet and day over its headline and its other
fields under it; read as text, a row of figures became the clip's title and the desk
kept the author's field after it ('Business · Author: Jane Doe'), the writer unread.
"""

from __future__ import annotations

import re

from app.importers.byline import author_of_line
from app.importers.compose import is_prose
from app.importers.dates import STAMP_PARTS
from app.importers.docfront import field_kind

# A labelled cell: 'Section: Business', 'Reach: 4.9M UMV', 'Sentiment: Neutral'.
_CELL = re.compile(r"^(?P<label>[^\W\d][\w/ -]{0,24}?)\s*:\s+(?P<value>\S.*)$")
# where a row's cells lost their separator ('Reach: 4.9M UMV Sentiment: Neutral'): the next
# cell's label, a word and its colon
_NEXT_CELL = re.compile(r"\s+(?=[^\W\d][\w-]{1,20}:\s)")
# a figure's value: '4.9M UMV', '48k', '1,240', '£1,240'
_FIGURE = re.compile(r"^[$€£]?\d[\d.,]*\s*[^\W\d]{0,4}\.?(?:\s+[^\W\d]{1,6})?$")
_VALUE_WORDS = 6  # a field's value is a name or a figure, no sentence
_ROWS = 4  # desk and writer, figures, tone: a few rows at most
_HEAD_WORDS = 25
_STAMP_KINDS = frozenset({"source", "published", "title", "url"})


def _cells(line: str) -> list[tuple[str, str]]:
    """The row's cells as (label, value), or [] where any part of it is no labelled cell."""
    cells = []
    for part in STAMP_PARTS.split(line.strip()):
        for cell in _NEXT_CELL.split(part.strip()):
            m = _CELL.match(cell.strip())
            if m is None or len(m["value"].split()) > _VALUE_WORDS:
                return []
            cells.append((m["label"], m["value"].strip()))
    return cells


def field_row(line: str) -> list[tuple[str, str]]:
    """A clip's row of labelled fields ('Section: X · Author: Y', 'Reach: 4.9M UMV
    Sentiment: Neutral') as its (label, value) cells: one at least a known field or a
    figure (a headline 'Analysis: Why markets fell' is none); [] for any other line."""
    cells = [] if is_prose(line) else _cells(line)
    if any(field_kind(label) or _FIGURE.match(value) for label, value in cells):
        return cells
    return []


def fields_under_head(chunk: str) -> tuple[str, str, str] | None:
    """The item without the labelled rows right under its headline, with the desk and the
    writer they name: (text, desk, author); None where no such row names a desk or writer
    (a 'Update: …' line under a headline is no field of the clip's), or where a row names
    the outlet, the day or the headline ('Medium: X' / 'Datum: …'): a clip's field block,
    which the stamp readers read whole."""
    lines = chunk.split("\n")
    head = next((i for i, line in enumerate(lines) if line.strip()), -1)
    if head < 0 or len(lines[head].split()) > _HEAD_WORDS:
        return None
    at, desk, author = head + 1, "", ""
    while at < len(lines) and at <= head + _ROWS and (cells := field_row(lines[at])):
        for label, value in cells:
            kind = field_kind(label)
            if kind in _STAMP_KINDS:
                return None
            if kind == "section" and not desk:
                desk = value
            elif kind == "author" and not author:
                author = author_of_line(f"{label}: {value}")  # 'Name, role' as 'Name'
        at += 1
    if at == head + 1 or not (desk or author):
        return None
    return "\n".join([*lines[: head + 1], *lines[at:]]), desk, author
