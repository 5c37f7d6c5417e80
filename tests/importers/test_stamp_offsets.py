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
