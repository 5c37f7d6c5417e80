"""Stamps beside a header bar's day of copying (invented clippings): a day-first stamp with
slashes and a two-digit year, a dateline's day without a year, and a bare stamp under an
"Updated" one whose day the header's later date cannot precede."""

from __future__ import annotations

from datetime import datetime

from app.importers.compose import compose
from app.importers.dates import find_dates

_TEXT = (
    "The ministry said on Thursday that the harvest had been completed ahead of schedule "
    "and that yields had risen in most regions.\n"
    "Officials expect exports of processed goods to grow next year.\n"
)


def test_slashed_two_digit_year_with_a_time_is_a_stamp() -> None:
    assert find_dates("20/11/25 15:33")[0].value == datetime(2025, 11, 20, 15, 33)
    assert find_dates("see table 1/2/25 below") == []  # no time, not alone: no date


def test_slashed_short_stamp_beats_the_header_day() -> None:
    text = (
        "Example.uz\nHome\nNews\n28.11.2025\nHome / Economy\n"
        "Harvest completed ahead of schedule this year\n20/11/25 15:33\n" + _TEXT
    )
    assert compose(text, ()).published == datetime(2025, 11, 20, 15, 33)


def test_dateline_day_without_year_beats_the_header_day() -> None:
    text = (
        "Example Post\nPolitics\nCulture\n29 November 2025\n"
        "Exhibition of modern art opens in the capital\n"
        "BAKU, Nov 24 (Reuters) - An exhibition of modern art opened on Monday, "
        "with more than sixty artists from fourteen countries taking part.\n"
        "The exhibition runs until the end of February.\n"
    )
    assert compose(text, ()).published == datetime(2025, 11, 24)


def test_header_day_after_the_revision_is_not_the_publication() -> None:
    text = (
        "Example Times\nNews\nBusiness\nNov. 29, 2025\nDonate\nBusiness\n"
        "Regions cut spending as budget deficits mount\n"
        "By Jane Doe\nUpdated: Nov. 25, 2025\nNov. 24, 2025\n" + _TEXT
    )
    assert compose(text, ()).published == datetime(2025, 11, 24)


def test_number_after_a_stamp_out_of_zone_range_is_no_offset() -> None:
    hit = find_dates("2025-11-20 10:00 -2500")[0]  # no crash: the stamp without a zone
    assert hit.value == datetime(2025, 11, 20, 10, 0)
