"""Blind batch 210's families (fixer 210a): a media summary's full texts, each under its
headline with a credit naming outlet and day first and more after the day ('Outlet, 30
November 2026 | By Name', 'Outlet, 1 December 2026, 10:15', 'Outlet, 1 December 2026 |
Rubric: X | Author: Y'), a 'Back to top' link under each."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from app.importers.sections import stated_section
from tests.importers.makers import articles_of, docx_with

_TEXT = (
    "The regional government approved a new programme of support for small farms on "
    "Monday, allocating funds for irrigation, storage and training over the next three years."
)
_MORE = (
    "Officials said the first grants would be paid in the spring, and that applications "
    "would be accepted through the public services portal from the middle of January."
)


def _summary() -> bytes:
    paragraphs = [
        "COUNTRY MEDIA SUMMARY",
        "Tuesday, 1 December 2026",
        "PART 1: SUMMARIES",
        "ECONOMY",
        "Farm support programme approved. The Example Herald reports that the government "
        "approved support for small farms.",
        "Grain exports rise in November. Steppe News says grain exports rose by a tenth.",
        "Banks slow to lend to farmers. Example Weekly (in Russian) analyses why lending lags.",
        "PART 2: FULL TEXTS",
        "ECONOMY",
        "Farm support programme approved",
        "The Example Herald, 30 November 2026 | By Jane Roe",
        _TEXT,
        _MORE,
        "Back to top",
        "Grain exports rise in November",
        "Steppe News, 1 December 2026, 10:15",
        _TEXT,
        _MORE,
        "Back to top",
        "Banks slow to lend to farmers",
        "Example Weekly, 1 December 2026 | Rubric: Finance | Author: John Doe | Translated "
        "from Russian",
        _TEXT,
        _MORE,
        "Back to top",
    ]
    return docx_with(paragraphs, table=False)


def test_full_texts_split_at_headlines_over_their_credits() -> None:
    arts = articles_of("summary.docx", _summary())
    assert [a.title for a in arts] == [
        "Farm support programme approved",
        "Grain exports rise in November",
        "Banks slow to lend to farmers",
    ]


def test_the_credit_under_the_headline_gives_outlet_day_desk_and_author() -> None:
    herald, agency, weekly = articles_of("summary.docx", _summary())
    assert (herald.source, herald.published, herald.author) == (
        "The Example Herald",
        datetime(2026, 11, 30),
        "Jane Roe",
    )
    assert (agency.source, agency.published, agency.author) == (
        "Steppe News",
        datetime(2026, 12, 1, 10, 15),
        "",
    )
    assert (weekly.source, weekly.section, weekly.author) == (
        "Example Weekly",
        "Finance",
        "John Doe",
    )
    for art in (herald, agency, weekly):
        assert art.body.startswith("The regional government approved")
        assert "Back to top" not in art.body
        assert "Translated" not in art.body


def test_back_to_top_is_a_link_and_rubric_a_desk_label() -> None:
    assert is_boilerplate("Back to top")
    assert is_boilerplate("Back to the top")
    assert not is_boilerplate("Back to the top of the league after a win")
    assert stated_section("Rubric: Politics") == "Politics"
