"""A release's place in capitals before an English ordinal day ("ACCRA, 26th November 2025 –"):
the ordinal's letters no longer hide the dateline."""

import pytest

from app.importers import extract
from app.importers.agency import bare_dateline


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ACCRA, 26th November 2025 – The Monetary Policy Committee met", "Accra"),
        ("LONDON, 3rd March 2025 - The Northgate Fund said on Monday", "London"),
        ("LAGOS, March 21st, 2025 – The exchange reported higher volumes", "Lagos"),
        ("NAIROBI, 1st Dec. 2025 – Kenya's regulator announced", "Nairobi"),
    ],
)
def test_caps_place_before_ordinal_day(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place


def test_ordinal_in_a_caps_headline_is_no_dateline() -> None:
    assert bare_dateline("THE 3rd WAY, explained for beginners") is None


def test_release_opener_with_ordinal_day() -> None:
    text = (
        "Policy Rate Decision\n\n"
        "KUMASI, 12th February 2026 – The board of the Eastfield Savings Bank held its "
        "annual meeting and decided to keep its lending rate unchanged at 18 percent.\n\n"
        "The board noted that inflation had eased for the sixth consecutive month.\n"
    )
    assert extract("release.txt", text.encode())[0].article.dateline == "Kumasi"
