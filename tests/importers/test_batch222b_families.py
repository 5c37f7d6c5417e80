"""Digests and reviews in office files (blind batch 222b): an embassy's daily digest of
summaries, each headline closing with its credit in brackets ('Headline (Outlet, 1
December)', no year: the cover's), under topic headings, with the staff's comment line.
A company's Medienspiegel whose outlet, date, desk and page stand only in its contents
table, each clipping under its number and headline ('1 | Headline'). Each test builds its own
digest or review."""

from __future__ import annotations

from app.importers.base import Context
from app.importers.headcredit import headline_credit
from app.importers.review import document_items
from app.model import Extracted

from .makers import CYCLE_EN, FARES_EN


def _items(text: str) -> list:
    items = document_items(text, Context(profiles=()), "digest.odt")
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]


_COVER = [
    "RURITANIA: DAILY MEDIA DIGEST",
    "Tuesday 2 December 2026",
    "Summaries are unofficial translations by mission staff.",
    "",
    "Headlines",
    "1. Council backs riverside cycle lane",
    "2. Bus fares to rise by six per cent",
    "TRANSPORT",
]


def _digest() -> str:
    return "\n".join(
        [
            *_COVER,
            "Council backs riverside cycle lane (Example Courier, 1 December)",
            *CYCLE_EN,
            "Mission comment: The lane was a campaign promise.",
            "",
            "Bus fares to rise by six per cent (Wire News, 1 December, 15:20 GMT)",
            FARES_EN[0],
        ]
    )


def test_headline_line_credits_open_the_summaries() -> None:
    arts = _items(_digest())
    assert [a.title for a in arts] == [
        "Council backs riverside cycle lane",
        "Bus fares to rise by six per cent",
    ]
    assert [a.source for a in arts] == ["Example Courier", "Wire News"]
    assert arts[0].body.startswith(CYCLE_EN[0][:40])
    assert "(Example Courier" not in arts[0].body
    assert "Mission comment" not in arts[0].body


def test_yearless_credit_takes_the_cover_year_and_its_time() -> None:
    arts = _items(_digest())
    assert arts[0].published is not None and arts[0].published.date().isoformat() == "2026-12-01"
    assert arts[1].published is not None
    assert arts[1].published.replace(tzinfo=None).isoformat() == "2026-12-01T15:20:00"


def test_credit_after_the_cover_day_is_last_year() -> None:
    text = _digest().replace("(Example Courier, 1 December)", "(Example Courier, 30 December)")
    assert _items(text)[0].published.date().isoformat() == "2025-12-30"


def test_brackets_without_a_date_are_no_credit() -> None:
    assert headline_credit("Talks resume in Geneva (officials say, briefly)") is None
    assert headline_credit("Talks resume (Reuters, 1 December, after the vote)") is None
    assert headline_credit("Talks resume (Reuters, 1 December)") is not None
