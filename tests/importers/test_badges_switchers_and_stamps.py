"""Chrome around a paste's headline that looks like text or a name: a trust badge under the
stamp ("Why you can trust …") is no headline, the byline above the stamp no section, a
row of language names no author; a byline on the stamp's line or after its genre ("Ein
Kommentar von …") is the author (invented clippings)."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.byline import author_of_line, stamp_byline
from app.importers.compose import compose
from tests.importers.makers import ARTICLE_HTML

_TEXT = (
    "The council approved the plan on Wednesday, clearing the way for construction to begin "
    "next spring after years of delay.\n"
    "Officials said the first homes would be ready within three years of the start.\n"
)


def test_trust_badge_under_the_stamp_is_not_the_headline() -> None:
    text = (
        "Example Post\nHome\nCity builds 3,000 more homes on the northern edge\n"
        "Jane Smith\nPublished: 7:45pm, 26 Nov 2025\nWhy you can trust Example Post\n" + _TEXT
    )
    art = compose(text, ())
    assert art.title == "City builds 3,000 more homes on the northern edge"
    assert art.author == "Jane Smith"
    assert art.section == ""  # the byline right above the stamp is a person
    assert art.published == datetime(2025, 11, 26, 19, 45)


def test_byline_above_the_stamp_over_the_headline_is_no_section() -> None:
    text = "Example Post\nJane Smith\n26 Nov 2025\nCity builds 3,000 more homes on the edge\n"
    art = compose(text + _TEXT, ())
    assert art.author == "Jane Smith"
    assert art.section == ""


def test_language_switcher_by_the_stamp_is_no_author() -> None:
    for switch in ("O'zbekcha Русский English", "Az Ru En", "EN | DE"):
        text = f"Example.uz\n{switch}\n24.11.2025 10:12\nMetro runs later on the holiday night\n"
        art = compose(text + _TEXT, ())
        assert art.author == "", switch
        assert art.title == "Metro runs later on the holiday night"


def test_short_names_are_not_language_codes() -> None:
    text = "Example Post\nLi Na\n24.11.2025 10:12\nMetro runs later on the holiday night\n"
    assert compose(text + _TEXT, ()).author == "Li Na"


def test_byline_on_the_stamp_line() -> None:
    assert stamp_byline("22.11.2025, 10:15 Uhr · Von Jane Doe, EX24") == "Jane Doe"
    assert stamp_byline("23 ноября 2025 · 11:20 · Мария Иванова") == "Мария Иванова"
    assert stamp_byline("Jane Doe Published November 19, 2025 Updated 2 hours ago") == "Jane Doe"
    assert stamp_byline("23 ноября 2025 · 11:20 · Москва") == ""
    assert stamp_byline("12.11.2025 · Neue Zürcher Zeitung") == ""
    assert author_of_line("Ein Kommentar von Jane Doe") == "Jane Doe"
    assert author_of_line("An analysis by Jane Doe") == "Jane Doe"


def test_saved_page_byline_on_the_stamp_under_the_headline() -> None:
    page = (
        "<html><head><title>Ski season opens early</title></head><body><main>"
        "<h1>Ski season opens early</h1>"
        "<p class='meta'>22.11.2025, 10:15 Uhr · Von Jane Doe, EX24</p>"
        f"{ARTICLE_HTML}</main></body></html>"
    )
    assert extract("p.html", page.encode())[0].article.author == "Jane Doe"


def test_relative_stamp_over_the_real_one_is_no_standfirst() -> None:
    text = (
        "Example.uz\nNews\nSociety\nMetro runs later on the holiday night\n"
        "Today, 10:12\n24 November 2025, 10:12\n" + _TEXT
    )
    art = compose(text, ())
    assert art.lead == ""
    assert art.published == datetime(2025, 11, 24, 10, 12)
