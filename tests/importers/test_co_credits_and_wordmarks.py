"""An agency credited beside the reporter ("with EFE") is help, not the source nor a
co-author; a one-word logo with its full stop ("example.") is the site's name (invented
clippings)."""

from __future__ import annotations

from app.importers.byline import author_of_line, with_agency
from app.importers.compose import compose

_TEXT = (
    "Thousands of volunteers returned to the towns south of the city this weekend as "
    "another band of heavy rain brought fresh flood warnings.\n"
    "Schools in several municipalities were closed as a precaution on Saturday.\n"
)


def test_agency_co_credit_leaves_the_byline() -> None:
    assert author_of_line("By Jane Doe  with EFE") == "Jane Doe"
    assert author_of_line("Von Anna Berger mit dpa") == "Anna Berger"
    assert author_of_line("By Jane Doe with agencies") == "Jane Doe"
    assert with_agency("By Jane Doe with AFP")
    assert not with_agency("By Jane Doe")


def test_outlet_story_with_agency_help_keeps_the_outlets_name() -> None:
    text = (
        "Skip to main content\nexamplenews.\nEurope\nWorld\nBusiness\nTravel\n"
        "Saturday, 29/11/2025\nVolunteers clear mud a year after the floods\n"
        "By Jane Doe  with EFE\nPublished on 23/11/2025 - 13:55 GMT+1\n" + _TEXT
    )
    art = compose(text, ())
    assert art.author == "Jane Doe"
    assert art.source == "examplenews"
