"""A news agency's item as its subscribers' system saves it: a keyword slug over the headline
('Wirtschaft/Luftfahrt/Unternehmen/Deutschland') and a transmission stamp under the text
('261431 GMT Nov 25': day, hour and minute in GMT, then month and year).

Why: the slug's first keyword is the desk the item ran on (the later ones narrow the topic,
no breadcrumb going deeper), and the stamp is the only full date a wire item carries when its
dateline gives no year ('Frankfurt/Main, 26. November (AFP)').
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from app.importers.sections import VOCABULARY, stated_section

# Keywords joined by bare slashes, three at least: a breadcrumb spaces its separators.
_SLUG = re.compile(r"^[^\W\d_][\w&-]*(?:/[^\W\d_][\w&-]*){2,9}$")
# "261431 GMT Nov 25": DDHHMM, the zone, the month's English abbreviation, the year's two digits.
_STAMP = re.compile(
    r"^(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})\s+GMT\s+(?P<month>[A-Z][a-z]{2})\s+"
    r"(?P<year>\d{2})$"
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_SLUG_SPAN = 5  # the slug stands among the item's first lines, over the headline
_STAMP_SPAN = 4  # the stamp among the last lines, under the editors' initials and copyright


# A wire's slug printed as a field beside or under the desk's label ('SLUG: POLITICS Budget',
# 'Slug: US Shutdown (AP)', 'Stichwort: Haushalt'): the keywords the agency files the item
# under, no desk label and no headline.
_SLUG_FIELD = re.compile(r"^(?:slug|stichwort|keyword)\s*:\s*\S.{0,60}$", re.I)


def is_slug_field(line: str) -> bool:
    """Whether a line is a wire item's labelled slug ('SLUG: POLITICS Budget'). Why: over
    the headline it stood between the desk's label and the headline, and the item lost its
    desk."""
    return bool(_SLUG_FIELD.match(line.strip()))


def slug_desk(lines: list[str]) -> str:
    """The desk a wire item's keyword slug names first, if it is a known section; else ''.
    A desk the item's header states ('Ressort Wirtschaft') leaves the keywords topics."""
    if any(stated_section(line) for line in lines[:_SLUG_SPAN]):
        return ""
    for line in lines[:_SLUG_SPAN]:
        if _SLUG.match(line.strip()):
            first = line.strip().split("/")[0]
            return first if first.lower() in VOCABULARY else ""
    return ""


def transmission_time(lines: list[str]) -> tuple[datetime, int] | None:
    """The time a wire's stamp under the text gives, in UTC, and the stamp's line; or None."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 1 - _STAMP_SPAN), -1):
        m = _STAMP.match(lines[i].strip())
        if m and m["month"].lower() in _MONTHS:
            try:
                when = datetime(
                    2000 + int(m["year"]),
                    _MONTHS.index(m["month"].lower()) + 1,
                    int(m["day"]),
                    int(m["hour"]),
                    int(m["minute"]),
                    tzinfo=UTC,
                )
            except ValueError:
                return None
            return when, i
    return None
