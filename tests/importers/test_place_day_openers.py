"""Datelines (invented clippings): "Place, day month." opening the text, and a dateline
printed alone over the paragraph that opens with it again (kept once, in the text)."""

from __future__ import annotations

from app.importers.agency import bare_dateline
from app.importers.compose import compose


def test_place_day_and_month_before_a_full_stop() -> None:
    assert bare_dateline("Минск, 22 ноября. На следующей неделе придет снег.").place == "Минск"
    assert bare_dateline("Minsk, Nov. 22. The weather turned cold.").place == "Minsk"
    assert bare_dateline("Berlin, 5. März. Die Regierung tagte.").place == "Berlin"
    assert bare_dateline("Paris, Texas. It was hot that summer.") is None
    assert bare_dateline("Well, 22 people. They came anyway.") is None


def test_dateline_alone_over_its_paragraph_is_not_a_paragraph() -> None:
    text = (
        "Example Agency\nCulture\nModern art exhibition opens in the capital\n"
        "Baku, 24 November, AZERTAC\n"
        "Baku, 24 November, AZERTAC. An exhibition of modern art opened on Monday with more "
        "than sixty artists from fourteen countries.\n"
        "The exhibition runs until the end of February.\n"
    )
    art = compose(text, ())
    assert art.body.startswith("Baku, 24 November, AZERTAC. An exhibition")
    assert art.dateline == "Baku"


def test_place_with_its_country_before_the_full_date_and_a_dash() -> None:
    """A release's opener 'Place, Country, 27 November 2025 – …': the place with its country."""
    line = "Northtown, Examplia, 27 November 2025 – The city opened a new bridge on Monday."
    assert bare_dateline(line).place == "Northtown, Examplia"
    assert bare_dateline("Genf, 3. März 2025 – Die Stadt baut.").place == "Genf"
    assert bare_dateline("Well, Indeed, the matter – Some say so.") is None
