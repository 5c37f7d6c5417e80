"""A breadcrumb set with arrows right over the headline (or over its kicker) names the
section by its deepest crumb, rather than the last menu entry above the date."""

from __future__ import annotations

from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sections import arrow_trail_over_title
from tests.importers.makers import NEWS_MORE as EN_MORE
from tests.importers.makers import NEWS_TEXT as EN_TEXT

PROFILES = load_profiles()


def test_deepest_crumb_of_an_arrow_trail() -> None:
    lines = ["Regions › Harbour Towns", "EXCLUSIVE", "Council approves new tram lines"]
    assert arrow_trail_over_title(lines, 2) == "Harbour Towns"
    assert arrow_trail_over_title(["Home › Politics", "Council approves"], 1) == "Politics"
    # a sentence above the headline is no kicker: the trail higher up is not read
    lines = ["Regions › Harbour", "The council met on Tuesday.", "Council approves", "x"]
    assert arrow_trail_over_title(lines, 2) == ""


def test_arrow_trail_beats_the_last_menu_entry() -> None:
    paste = "\n".join([
        "Example", "News", "Regions", "Business", "Environment", "Sunday, March 16, 2025",
        "Regions › Harbour Towns", "Council approves forty kilometres of new tram lines",
        "By Jane Fielding", "Published 9:40 AM, March 16, 2025", EN_TEXT, EN_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).section == "Harbour Towns"


def test_home_crumb_in_the_site_name_under_a_menu() -> None:
    # the home crumb reads the site's name with its figure ("Example24"); the menu above
    # lists other desks: the trail's deepest crumb is the section
    lines = ["Example24 > Region > Harbour Town", "More trams", "Council approves new tram lines"]
    assert arrow_trail_over_title(lines, 2) == "Harbour Town"
    paste = "\n".join([
        "EXAMPLE24", "Region", "Sport", "Weather", "Jobs",
        "Example24 > Region > Harbour Town", "More trams",
        "Council approves forty kilometres of new tram lines",
        "Published 9:40 AM, March 16, 2025", EN_TEXT, EN_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).section == "Harbour Town"


def test_informal_newsletter_pitch_is_boilerplate() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate("Du willst nichts verpassen? Hol dir den EXAMPLE24-Newsletter.")
    assert not is_boilerplate("Die Stadt verschickt ihren Newsletter nur noch monatlich an alle.")
