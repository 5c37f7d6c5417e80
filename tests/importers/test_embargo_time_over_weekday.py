"""A release's embargo time printed before the day's weekday ("00:01 GMT, Thursday 4 December
2025"): the time belongs to the date behind the weekday."""

from datetime import datetime

import pytest

from app.importers import extract
from app.importers.dates import year_dates


@pytest.mark.parametrize(
    ("line", "hour", "minute"),
    [
        ("EMBARGOED UNTIL 00:01 GMT, THURSDAY 4 DECEMBER 2025", 0, 1),
        ("Embargoed until 06:30, Tuesday 25 November 2025", 6, 30),
        ("Не для публикации до 14:00, четверг, 4 декабря 2025 г.", 14, 0),
        ("Sperrfrist: 10:00 Mittwoch, 3. Dezember 2025", 10, 0),
    ],
)
def test_time_before_weekday_and_day(line: str, hour: int, minute: int) -> None:
    hit = year_dates(line)[0]
    assert hit.has_time and (hit.value.hour, hit.value.minute) == (hour, minute)


@pytest.mark.parametrize(
    "line",
    [
        "Final score 3:1 Sunday 5 May 2025",  # a score, no time with its zone or comma
        "Sun, November 23, 2025",  # a weekday alone before the day
        "Ratio 2:1 Montag, 3. November 2025",
    ],
)
def test_weekday_without_time_keeps_the_day(line: str) -> None:
    hit = year_dates(line)[0]
    assert not hit.has_time


def test_release_embargo_time_is_published() -> None:
    text = (
        "PRESS RELEASE\n\nEMBARGOED UNTIL 00:01 GMT, FRIDAY 6 MARCH 2026\n\n"
        "Coastal wetlands recover faster than expected, Northbay study finds\n\n"
        "Salt marshes along the northern coast recovered within a decade after restoration "
        "work, according to a study by researchers at Northbay University published today.\n\n"
        "The team surveyed forty sites over twelve years and found sediment levels rising "
        "faster than models predicted.\n\nENDS\n"
    )
    art = extract("release.txt", text.encode())[0].article
    assert art.published.replace(tzinfo=None) == datetime(2026, 3, 6, 0, 1)
