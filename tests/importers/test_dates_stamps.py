"""Date stamps of unprofiled sites: time before the date with a slash, a bracketed time,
a first-publication note under the text, a bare stamp after the last paragraph, and a
header-bar clock far above the title."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.dates import find_dates


def test_time_slash_date_and_bracketed_time() -> None:
    assert find_dates("09:05 / 03.02.2025")[0].value == datetime(2025, 2, 3, 9, 5)
    assert find_dates("03.02.2025 [09:05]")[0].value == datetime(2025, 2, 3, 9, 5)


def test_first_publication_under_the_text_wins_over_the_update_stamp() -> None:
    text = (
        "Werk schließt zum Jahresende\n"
        "14.05.2025 - 16:05 Uhr\n"
        "Der Hersteller schließt sein Werk in Kassel zum Jahresende, wie ein Sprecher am "
        "Mittwoch mitteilte. Betroffen sind 300 Beschäftigte.\n"
        "Der Betriebsrat kündigte Widerstand an und forderte Gespräche mit dem Land.\n"
        "Erstpublikation: 14.05.2025, 14:10 Uhr."
    )
    art = extract("e.txt", text.encode("utf-8"))[0].article
    assert art.published == datetime(2025, 5, 14, 14, 10)
    assert "Erstpublikation" not in art.body


def test_bare_stamp_under_the_text_beats_the_header_clock() -> None:
    text = (
        "NEWSWIRE\n"
        "Samstag, 25 Oktober 2025 09:41\n"
        "Politik\nWirtschaft\nKultur\nSport\nWelt\nAlle Nachrichten\n"
        "Hafen meldet Rekordumschlag\n"
        "Der Hafen hat in den ersten neun Monaten so viel Fracht umgeschlagen wie nie "
        "zuvor, teilte die Hafenverwaltung am Freitag mit.\n"
        "Vor allem der Containerverkehr legte zu, hieß es weiter in der Mitteilung.\n"
        "24.10.2025 [16:52]\n"
        "Drucken\n"
        "24.10.2025 [15:30] Präsident empfängt Delegation aus Usbekistan zu Gesprächen\n"
    )
    art = extract("h.txt", text.encode("utf-8"))[0].article
    assert art.published == datetime(2025, 10, 24, 16, 52)
    assert "16:52" not in art.body


def test_spaced_numeric_and_hyphenated_day_month_year_stamps() -> None:
    assert find_dates("7. 4. 2024, 09:15 Uhr")[0].value == datetime(2024, 4, 7, 9, 15)
    assert find_dates("7. 4. 2024 - 09:15")[0].value == datetime(2024, 4, 7, 9, 15)
    assert find_dates("Seite 7. 4. 24 Besucher") == []  # spaced: four-digit year only
    hit = find_dates("Tue 09-04-2024 16:50 PM")[0]
    assert hit.value == datetime(2024, 4, 9, 16, 50) and hit.weekday


def test_weekday_stamp_of_a_related_item_under_the_text_is_no_crash() -> None:
    # a related-news list under the text stamps its items with a weekday and a clock
    # ("Mon 17-11-2025 12:05 PM"); it was taken for the header bar's clock and crashed
    text = (
        "Tue 25-11-2025 09:10 AM\n"
        "Home\nNews\nEconomy\n"
        "Port authority reports record cargo volume\n"
        "Tue 25-11-2025 16:48 PM\n"
        "The port handled more cargo in the first ten months of the year than in any full "
        "year before, the port authority said on Tuesday.\n"
        "Container traffic grew fastest, followed by bulk goods and vehicles, it said.\n"
        "Related news\n"
        "Mon 17-11-2025 12:05 PM\n"
        "Minister opens new container terminal on the east quay\n"
    )
    art = extract("w.txt", text.encode("utf-8"))[0].article
    assert art.published == datetime(2025, 11, 25, 16, 48)
