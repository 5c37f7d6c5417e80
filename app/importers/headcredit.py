"""A digest's headline carrying its credit in brackets at its end ('Headline (Outlet, 1
December)', 'Headline (Wire, 1 December, 15:20 GMT)'): an embassy's or press office's
daily summaries set outlet and day there, often without the year, which the digest's
cover gives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from app.importers.dates import find_dates, year_dates
from app.importers.outlets import latin_of_printed
from app.importers.sitename import brand_name, has_cyrillic

_CREDIT = re.compile(
    r"^(?P<head>\S.{9,}?[^\s.:;,])\s+\((?P<outlet>[^\W\d_][^(),]{1,40}),\s*"
    r"(?P<when>[^()]{4,40})\)\s*$"
)


@dataclass(frozen=True)
class HeadCredit:
    headline: str
    outlet: str
    when: str


def headline_credit(line: str) -> HeadCredit | None:
    """The headline, outlet and date text of a headline line closing with its bracketed
    credit, the brackets holding nothing but the outlet and a date (maybe its time)."""
    m = _CREDIT.match(line.strip())
    if m is None or len(m["outlet"].split()) > 5:
        return None
    hits = find_dates(m["when"], default_year=2000)
    if len(hits) != 1 or not _only_date(m["when"], hits[0].start, hits[0].end):
        return None
    return HeadCredit(m["head"].strip(), m["outlet"].strip(), m["when"].strip())


def _only_date(text: str, start: int, end: int) -> bool:
    """Whether nothing but the date, its time and a zone's letters stand in `text`."""
    rest = (text[:start] + text[end:]).strip(" ,")
    return not rest or bool(re.fullmatch(r"[A-Z]{2,4}", rest))


def credit_date(credit: HeadCredit, cover: str) -> datetime | None:
    """The credit's day: its own year, else the year of the digest's day on its cover (a
    day after the cover's is the year before's)."""
    days = year_dates(cover)
    ref = days[0].value if days else None
    hits = find_dates(credit.when, default_year=ref.year if ref else None)
    if not hits:
        return None
    hit = hits[0]
    value = hit.value
    if (
        ref is not None
        and not hit.has_year
        and value.replace(tzinfo=None) > ref.replace(tzinfo=None, hour=23, minute=59)
    ):
        value = value.replace(year=ref.year - 1)
    return value if hit.has_year or ref is not None else None


def credit_source(credit: HeadCredit) -> str:
    """The outlet as the credit prints it ('Civil.ge', 'Formula TV'), a known Cyrillic
    outlet under its listed Latin name: the archive files the printed name."""
    name = brand_name(credit.outlet)
    return (latin_of_printed(name) or name) if has_cyrillic(name) else name
