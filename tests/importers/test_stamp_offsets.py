"""A stamp keeps no zone it does not print: "28.11.2025, 14:20 · 3 Min." is naive, not +03:00
from a middle dot read as an offset's sign."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.importers.dates import find_dates


def test_a_reading_time_after_the_stamp_is_no_offset() -> None:
    for line in ("28.11.2025, 14:20 · 3 Min.", "28.11.2025, 14:20 - 3 Min. Lesezeit"):
        assert find_dates(line)[0].value == datetime(2025, 11, 28, 14, 20)


def test_printed_offsets_still_count() -> None:
    plus_one = timezone(timedelta(hours=1))
    assert find_dates("23/11/2025 13:55 GMT + 1")[0].value.tzinfo == plus_one
    assert find_dates("5. November 2025, 14:20 +0100")[0].value.tzinfo == plus_one
    assert find_dates("5 ноября 2025, 14:20 (МСК+3)")[0].value.utcoffset() == timedelta(hours=3)


def test_zones_named_in_capitals_after_dotted_and_year_first_dates() -> None:
    hours = lambda line: find_dates(line)[0].value.utcoffset()  # noqa: E731
    assert hours("05.11.2025 12:33 MSK") == timedelta(hours=3)
    assert hours("27.11.2025 15:24 (GMT+4)") == timedelta(hours=4)
    assert hours("2025/11/16 17:35 JST") == timedelta(hours=9)
    assert hours("Filed 24/11/2025 15:12 AEDT") == timedelta(hours=11)
    assert find_dates("05.11.2025, 12:33 Uhr")[0].value.tzinfo is None


def test_a_zone_name_that_is_also_a_word_counts_in_capitals_only() -> None:
    assert find_dates("Am 05.11.2025 um 12:33 ist Schluss")[0].value.tzinfo is None
    india = timedelta(hours=5, minutes=30)
    assert find_dates("5 November 2025, 6:12 PM IST")[0].value.utcoffset() == india
