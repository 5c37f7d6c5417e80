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
