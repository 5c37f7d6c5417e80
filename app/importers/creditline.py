"""A web article printed to PDF: its byline and time on one line over the text, with the
page's view counter beside them ('Текст: Jane Doe · 21 ноября 2025 в 15:40 · 12 345
просмотров', 'By Jane Doe | 21 November 2025, 15:40 | 1.2K views').

Why: the counter is the page's furniture, not a part of the credit; with it the line read as
no stamp, and went to the lead with its author and time unread.
"""

from __future__ import annotations

import re
from datetime import datetime

from app.importers.byline import author_of_line
from app.importers.dates import STAMP_PARTS, find_dates, is_only_date

# "12 345 просмотров", "1.2K views", "3.400 Aufrufe": a page's view counter.
_VIEWS = re.compile(
    r"^(?:\d[\d\s.,]*\s*(?:k|m|тыс\.?)?\s*(?:просмотр\w*|прочтени\w*|views?|aufrufe|reads)|"
    # the label first: "Просмотров: 2 314", "Views: 1,204", "Aufrufe: 312"
    r"(?:просмотр(?:ов|ы)|прочтений|views|aufrufe|reads)\s*:\s*\d[\d\s.,]*(?:k|m|тыс\.?)?)$",
    re.I,
)
_SPAN = 8  # the credit stands among the lines over the text


def byline_stamp(line: str) -> tuple[str, datetime] | None:
    """The author and time of a 'Byline · date and time · N views' line (or 'date and time ·
    Автор: X · N views'), else None."""
    split = STAMP_PARTS.split(line.strip())
    parts = [p for p in split if not _VIEWS.match(p.strip())]
    if len(parts) != 2 or len(parts) == len(split):
        return None  # no counter: the credit stamps parse such lines as they are
    for name, day in (parts, parts[::-1]):  # the byline first or the day first
        hits = find_dates(day)
        if (author := author_of_line(name)) and hits and is_only_date(day):
            return author, hits[0].value
    return None


def byline_front(lines: list[str], until: int) -> tuple[list[str], str, datetime | None]:
    """The lines without such a credit over the text (at most `until`), with its author
    and time; the lines as they are and ('', None) where there is none."""
    for i, line in enumerate(lines[: min(until, _SPAN)]):
        if found := byline_stamp(line):
            return lines[:i] + lines[i + 1 :], *found
    return lines, "", None
