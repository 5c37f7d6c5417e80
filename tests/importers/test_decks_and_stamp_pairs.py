"""A sub-headline under the date stamp, a "Published … · Updated …" pair of stamps, and a
five-word name with a small word in a copyright line. Small inline texts, one rule each."""

from __future__ import annotations

from datetime import datetime

from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sitename import copyright_owner

PROFILES = load_profiles()
TEXT = (
    "The port of Example Bay handled 12 million tonnes of cargo in the first quarter, up 8"
    " percent on the year, the port authority said on Tuesday."
)
MORE = "Grain made up almost half of the volume, followed by coal and fertilizer, it said."


def test_subheadline_under_the_stamp_is_the_lead_not_the_title() -> None:
    paste = "\n".join([
        "Example Daily News", "WORLD", "ECONOMY", "Home › Economy",
        "Example Bay port cargo rises 8 percent in first quarter",
        "April 08 2025 10:15:00",
        "Grain shipments drive the growth",
        TEXT, MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Example Bay port cargo rises 8 percent in first quarter"
    assert art.lead == "Grain shipments drive the growth"
    assert art.body.startswith("The port of Example Bay")


def test_published_and_updated_stamps_on_one_line() -> None:
    paste = "\n".join([
        "Example Review", "Sunday, 13 April 2025", "Search", "Subscribe",
        "Example Bay Port Handles Record Cargo",
        "By Jane Roe",
        "Published April 8, 2025 at 10:15 · Updated April 8, 2025 at 16:02",
        TEXT, MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Example Bay Port Handles Record Cargo"
    assert art.published == datetime(2025, 4, 8, 10, 15)


def test_copyright_name_of_five_words_with_a_small_word() -> None:
    line = "© 2025 The Voice Of Example Land. All rights reserved."
    assert copyright_owner(line) == "The Voice of Example Land"
    assert copyright_owner("© 2025 Example News. All rights reserved.") == "Example News"
