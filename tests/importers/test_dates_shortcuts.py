"""find_dates skips patterns by cheap tests; these must never skip a pattern that matches."""

from __future__ import annotations

import re

import pytest

from app.importers.dates import _MONTH_RE, MONTH_ODD_CASE, MONTHS, _has_month, find_dates


def test_odd_case_characters_are_complete() -> None:
    """Every character a month name matches under IGNORECASE whose lower() disagrees with
    that match is listed, so the lower-case lookup can only miss a month in such a text."""
    alphabet = sorted(set("".join(MONTHS)))
    any_letter = re.compile("[" + "".join(map(re.escape, alphabet)) + "]", re.IGNORECASE)
    single = {f: re.compile(re.escape(f), re.IGNORECASE) for f in alphabet}
    odd = set()
    for cp in range(0x110000):
        c = chr(cp)
        if any_letter.fullmatch(c):
            by_regex = {f for f, p in single.items() if p.fullmatch(c)}
            if by_regex != {c.lower()} & set(alphabet):
                odd.add(c)
    assert odd == set(MONTH_ODD_CASE)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Berlin, 5. November 2025", True),
        ("МОСКВА, 5 НОЯБРЯ", True),
        ("Stand: 12.03.2025", False),  # numeric only
        ("Marching orders for 2025", False),  # a month name inside a word is none
        ("Mai", True),
    ],
)
def test_has_month(text: str, found: bool) -> None:
    assert _has_month(text) is found
    words = re.findall(r"[^\W\d_]+", text)
    assert any(re.fullmatch(_MONTH_RE, w, re.IGNORECASE) for w in words) is found


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Mittwoch,   5. November 2025, 12:33 Uhr", True),
        ("Mi. 05.11.2025", True),
        ("Promo 05.11.2025", True),  # as before: no boundary before the weekday
        ("Update 05.11.2025", False),
        ("среду, 5 ноября 2025", True),
    ],
)
def test_weekday_before_a_date(text: str, weekday: bool) -> None:
    hits = find_dates(text)
    assert hits and hits[0].weekday is weekday


def test_numeric_patterns_need_their_separator() -> None:
    assert [h.value.isoformat() for h in find_dates("2025-11-05T12:33:00")] == [
        "2025-11-05T12:33:00"
    ]
    assert [h.value.day for h in find_dates("20-01-2025 14:37")] == [20]
    assert [h.value.month for h in find_dates("08/01/2025")] == [1]
    assert find_dates("Umsatz 3,5 Prozent, 1200 Stellen") == []


@pytest.mark.parametrize("text", ["APRİL 5, 2025 at 10:00", "ſeptember 5, 2025"])
def test_a_month_name_matched_only_case_insensitively_is_no_date(text: str) -> None:
    """Such a word passes the pattern but is no month we know: skipped, never a crash
    that would fail the whole file."""
    assert find_dates(text) == []
