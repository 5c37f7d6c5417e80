"""Digests and reviews in office files (blind batch 222b): an embassy's daily digest of
summaries, each headline closing with its credit in brackets ('Headline (Outlet, 1
December)', no year: the cover's), under topic headings, with the staff's comment line.
A company's Medienspiegel whose outlet, date, desk and page stand only in its contents
table, each clipping under its number and headline ('1 | Headline'). Each test builds its own
digest or review."""

from __future__ import annotations

from app.importers.base import Context
from app.importers.contentsrows import carried_contents
from app.importers.headcredit import headline_credit
from app.importers.office import _column_fields
from app.importers.review import document_items
from app.model import Extracted

from .makers import CYCLE_DE, CYCLE_EN, FARES_DE, FARES_EN


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


# --- 2. a review's fields only in its contents table, its clippings numbered ----------

_CONTENTS = [
    "MEDIENSPIEGEL",
    "Dienstag, 1. Dezember 2026",
    "Inhalt",
    "Nr. | Medium | Datum | Ressort | Seite | Titel",
    "1 | Beispiel Zeitung | 01.12.2026 | Lokales | 7 | Stadtrat beschließt Radweg am Fluss",
    "2 | Beispiel Agentur | 30.11.2026, 17:05 | – | – | Busfahrpreise steigen um sechs Prozent",
    "",
    "Verkehr",
    "1 | Stadtrat beschließt Radweg am Fluss",
    "Von Jana Roth",
]


def _medienspiegel() -> list[str]:
    return [
        *_CONTENTS,
        *CYCLE_DE,
        "▪ ▪ ▪",
        "2 | Busfahrpreise steigen um sechs Prozent",
        *FARES_DE,
        "▪ ▪ ▪",
    ]


def test_contents_rows_carry_to_the_numbered_clippings() -> None:
    arts = _items("\n".join(_column_fields(carried_contents(_medienspiegel()))))
    assert [a.title for a in arts] == [
        "Stadtrat beschließt Radweg am Fluss",
        "Busfahrpreise steigen um sechs Prozent",
    ]
    assert [a.source for a in arts] == ["Beispiel Zeitung", "Beispiel Agentur"]
    assert [a.section for a in arts] == ["Lokales", ""]
    assert arts[0].author == "Jana Roth"
    assert arts[0].published is not None and arts[0].published.date().isoformat() == "2026-12-01"
    assert arts[1].published is not None
    assert arts[1].published.replace(tzinfo=None).isoformat() == "2026-11-30T17:05:00"
    assert "Nr." not in arts[0].body and "▪" not in arts[0].body


def test_contents_without_matching_headings_stay_as_they_are() -> None:
    lines = [ln for ln in _medienspiegel() if not ln[:1].isdigit() or "|" not in ln[:3]]
    lines = _CONTENTS[:6] + lines[6:]
    assert carried_contents(lines) == lines
