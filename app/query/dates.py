"""Date expressions of the query language, relative to a given day.

``2025``, ``2025-11``, ``2025-11-05``, ``05.11.2025``, ranges ``A..B`` (either side may be
empty), comparisons ``>A``, ``>=A``, ``<A``, ``<=A``, and the words ``today``,
``yesterday``, ``day-before-yesterday``, ``this-week``, ``last-week``, ``this-month``,
``last-month``, ``this-year``, ``last-year`` and ``last-N-days``, also with spaces
(``"last week"``) and in German and Russian (``vorgestern``, ``"letzte Woche"``,
``позавчера``, ``"на этой неделе"``, ``"последние 7 дней"``): analysts type the words they
think in.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.model import QueryError

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_LAST_DAYS = re.compile(
    r"^(?:last|past|letzte[n]?|vergangene[n]?|последние|за-последние)-(\d{1,4})-"
    r"(?:days?|tage[n]?|дн(?:я|ей|и))$"
)

#: the German and Russian words for the relative periods (and a few English variants)
_WORDS = {
    "heute": "today",
    "сегодня": "today",
    "gestern": "yesterday",
    "вчера": "yesterday",
    "vorgestern": "day-before-yesterday",
    "позавчера": "day-before-yesterday",
    "diese-woche": "this-week",
    "in-dieser-woche": "this-week",
    "эта-неделя": "this-week",
    "на-этой-неделе": "this-week",
    "past-week": "last-week",
    "letzte-woche": "last-week",
    "vorige-woche": "last-week",
    "vergangene-woche": "last-week",
    "letzten-woche": "last-week",
    "прошлая-неделя": "last-week",
    "на-прошлой-неделе": "last-week",
    "dieser-monat": "this-month",
    "in-diesem-monat": "this-month",
    "diesen-monat": "this-month",
    "этот-месяц": "this-month",
    "в-этом-месяце": "this-month",
    "letzter-monat": "last-month",
    "letzten-monat": "last-month",
    "vormonat": "last-month",
    "voriger-monat": "last-month",
    "vorigen-monat": "last-month",
    "vergangener-monat": "last-month",
    "im-letzten-monat": "last-month",
    "прошлый-месяц": "last-month",
    "в-прошлом-месяце": "last-month",
    "dieses-jahr": "this-year",
    "in-diesem-jahr": "this-year",
    "этот-год": "this-year",
    "в-этом-году": "this-year",
    "letztes-jahr": "last-year",
    "vorjahr": "last-year",
    "voriges-jahr": "last-year",
    "vergangenes-jahr": "last-year",
    "im-letzten-jahr": "last-year",
    "прошлый-год": "last-year",
    "в-прошлом-году": "last-year",
}

#: the words the error message offers, one per period and language (each is read above)
_OFFERED = {
    "English": "today, yesterday, day-before-yesterday, this-week, last-week, this-month, "
    "last-month, this-year, last-year, last-30-days",
    "German": 'heute, gestern, vorgestern, "diese Woche", "letzte Woche", "dieser Monat", '
    '"letzter Monat", "dieses Jahr", "letztes Jahr", "letzte 30 Tage"',
    "Russian": 'сегодня, вчера, позавчера, "на этой неделе", "на прошлой неделе", '
    '"в этом месяце", "в прошлом месяце", "в этом году", "в прошлом году", "последние 30 дней"',
}


def parse_date_expr(
    text: str, today: date | None = None
) -> tuple[datetime | None, datetime | None]:
    """Return the half-open interval [start, end) that ``text`` names."""
    today = today or date.today()
    text = "-".join(text.lower().split())  # "last week" is last-week
    if ".." in text:
        left, right = (side.strip("-") for side in text.split("..", 1))
        start = _period(left, today)[0] if left else None
        end = _period(right, today)[1] if right else None
        if start and end and start >= end:
            raise QueryError(f"date range {text!r} ends before it starts")
        return start, end
    for op in (">=", "<=", ">", "<"):
        if text.startswith(op):
            start, end = _period(text[len(op) :].strip("-"), today)
            return {">=": (start, None), ">": (end, None), "<=": (None, end), "<": (None, start)}[
                op
            ]
    return _period(text, today)


def _period(text: str, today: date) -> tuple[datetime, datetime]:
    words = _relative(text, today)
    if words:
        return _midnight(words[0]), _midnight(words[1])
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        return _calendar(text, year, month, day)
    match = _DOTTED.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _calendar(text, year, month, day)
    words = "; ".join(f"{language}: {listed}" for language, listed in _OFFERED.items())
    raise QueryError(
        f"cannot read the date {text!r}: use 2025-11-05, 2025-11, 2025, a range "
        f"2025-11-01..2025-11-30, >2025-01-01 or a word ({words})"
    )


def _calendar(
    text: str, year: int, month: int | None, day: int | None
) -> tuple[datetime, datetime]:
    try:
        if month is None:
            return datetime(year, 1, 1), datetime(year + 1, 1, 1)
        start = datetime(year, month, day or 1)
    except ValueError as exc:
        raise QueryError(f"invalid date {text!r}: {exc}") from exc
    if day is None:
        return start, _next_month(start)
    return start, start + timedelta(days=1)


def _relative(text: str, today: date) -> tuple[date, date] | None:
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    last_month_first = (first - timedelta(days=1)).replace(day=1)
    table = {
        "today": (today, today + timedelta(days=1)),
        "yesterday": (today - timedelta(days=1), today),
        "day-before-yesterday": (today - timedelta(days=2), today - timedelta(days=1)),
        "this-week": (monday, monday + timedelta(days=7)),
        "last-week": (monday - timedelta(days=7), monday),
        "this-month": (first, _next_month(first)),
        "last-month": (last_month_first, first),
        "this-year": (date(today.year, 1, 1), date(today.year + 1, 1, 1)),
        "last-year": (date(today.year - 1, 1, 1), date(today.year, 1, 1)),
    }
    text = _WORDS.get(text, text)
    if text in table:
        return table[text]
    match = _LAST_DAYS.match(text)
    if match:
        return today - timedelta(days=int(match.group(1))), today + timedelta(days=1)
    return None


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _next_month(day):
    return (
        day.replace(year=day.year + 1, month=1)
        if day.month == 12
        else day.replace(month=day.month + 1)
    )
