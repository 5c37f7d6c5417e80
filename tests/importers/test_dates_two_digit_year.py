"""Numeric stamps with a two-digit year ("14.11.25, 15:03 Uhr"): read when a time follows,
left alone without one (a version or list number), and the stamp under the headline wins
over the copy-day date in a site's header bar."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.dates import find_dates


def test_two_digit_year_with_a_time() -> None:
    assert find_dates("03.02.24, 09:05 Uhr")[0].value == datetime(2024, 2, 3, 9, 5)
    assert find_dates("03.02.24 09:05")[0].value == datetime(2024, 2, 3, 9, 5)


def test_two_digit_year_without_a_time_is_no_date() -> None:
    assert find_dates("Version 3.02.24 ist erschienen") == []


def test_spaced_dots_need_a_four_digit_year_in_a_sentence() -> None:
    assert find_dates("3. 2. 2024, 09:05 Uhr")[0].value == datetime(2024, 2, 3, 9, 5)
    assert find_dates("nach Abs. 3. 2. 24, 09:05 geändert") == []


def test_two_digit_year_alone_on_its_line_is_a_stamp() -> None:
    assert find_dates("20. 11. 25")[0].value == datetime(2025, 11, 20)
    assert find_dates("20.11.25")[0].value == datetime(2025, 11, 20)
    assert find_dates("3. 2. 24, 09:05")[0].value == datetime(2024, 2, 3, 9, 5)
    assert find_dates("Siehe Liste 20.11.25") == []


def test_stamp_under_headline_wins_over_header_day() -> None:
    text = (
        "Startseite\n"
        "Dienstag, 20. Februar 2024\n"
        "Stadt › Verkehr\n"
        "Neue Buslinie fährt ab März durch die Altstadt\n"
        "Von Anna Beispiel\n"
        "03.02.24, 09:05 Uhr\n"
        "Die Verkehrsbetriebe richten zum ersten März eine neue Buslinie ein, die alle "
        "zwanzig Minuten vom Bahnhof durch die Altstadt zum Klinikum fährt.\n"
        "Die Linie ersetzt zwei bisherige Verbindungen, teilte ein Sprecher am Freitag mit.\n"
    )
    art = extract("b.txt", text.encode("utf-8"))[0].article
    assert art.published == datetime(2024, 2, 3, 9, 5)
