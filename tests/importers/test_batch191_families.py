"""Pastes of blind batch 191: a broadcaster's stamp with its zone between day and time; an
'Updated …, first published <time>' stamp; a caption under the stamp and a row of share
buttons; a short headline over its long deck under a one-line breadcrumb trail; a
service's name under its owner's logo. Each family with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.importers.dates import find_dates, first_published_time
from app.importers.outlets import latin_of_printed
from app.importers.sitename import service_under_owner_logo

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import FARES_EN, article_of
from .makers import paste as _paste

# --- 1. the zone's name between the day and the time ----------------------------------------


def test_zone_between_day_and_time_keeps_the_time() -> None:
    cases = [
        ("2025-12-04 HKT 09:12", datetime(2025, 12, 4, 9, 12), 8),
        ("04.12.2025 MSK 18:40", datetime(2025, 12, 4, 18, 40), 3),
        ("4 декабря 2025 МСК 18:40", datetime(2025, 12, 4, 18, 40), 3),
        ("December 4, 2025 SGT 6:05pm", datetime(2025, 12, 4, 18, 5), 8),
    ]
    for text, wall, hours in cases:
        hits = find_dates(text)
        assert len(hits) == 1 and hits[0].has_time, text
        assert hits[0].value.replace(tzinfo=None) == wall, text
        assert hits[0].value.utcoffset() == timedelta(hours=hours), text


def test_no_zone_between_day_and_time_leaves_the_day() -> None:
    # a word in capitals that names no zone, or a zone in lower case: no stamp's time
    for text in ("2025-12-04 AND 09:12", "2025-12-04 hkt 09:12", "04.12.2025 BIS 18:40"):
        hits = find_dates(text)
        assert hits and not hits[0].has_time, text


def test_zone_between_day_and_time_dates_a_paste() -> None:
    art = article_of(
        _paste(
            "EXAMPLE RADIO",
            "News",
            "Local",
            "Search",
            "Local",
            "Bus fares to rise by six percent in March",
            "2025-12-04 HKT 09:12",
            "Share this story",
            *FARES_EN,
            "Most Read",
            "Copyright © 2025 Example Radio. All rights reserved.",
        )
    )
    assert art.title == "Bus fares to rise by six percent in March"
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2025, 12, 4, 9, 12)


# --- 2. 'Updated <day, time>, first published <time>' ---------------------------------------


def test_first_published_time_takes_the_revision_day() -> None:
    line = "Updated December 3 2025 - 4:50pm, first published 10:15am"
    first = first_published_time(line, find_dates(line))
    assert first is not None and first.value == datetime(2025, 12, 3, 10, 15)
    # published before midnight, revised after it: the day before
    line = "Updated December 4 2025 - 0:40am, first published 11:20pm"
    first = first_published_time(line, find_dates(line))
    assert first is not None and first.value == datetime(2025, 12, 3, 23, 20)
    line = "Aktualisiert 04.12.2025, 16:10 Uhr, erstmals veröffentlicht um 08:05 Uhr"
    first = first_published_time(line, find_dates(line))
    assert first is not None and first.value == datetime(2025, 12, 4, 8, 5)


def test_first_published_with_its_own_day_or_none_is_left_alone() -> None:
    # a first publication with a day of its own is read as a date of its own
    line = "Updated December 4 2025 - 4:50pm, first published December 3 2025 - 9:00am"
    assert first_published_time(line, find_dates(line)) is None
    # no revision's day before it, or no such label at all
    assert first_published_time("first published 10:15am", []) is None
    line = "Updated December 3 2025 - 4:50pm"
    assert first_published_time(line, find_dates(line)) is None


def test_first_published_time_dates_a_paste() -> None:
    art = article_of(
        _paste(
            "Example Valley Times",
            "Subscribe",
            "News",
            "Sport",
            "Business",
            "Local News",
            "Council backs new river cycle lane after two years of talks",
            "The route links the town centre with the station, but traders want more parking.",
            "By Jane Example",
            "Updated December 3 2025 - 4:50pm, first published 10:15am",
            *_EN,
            "© 2025 Example Community Media",
        )
    )
    assert art.title == "Council backs new river cycle lane after two years of talks"
    assert art.published == datetime(2025, 12, 3, 10, 15)
    # the revision alone: its time stands
    art = article_of(
        _paste(
            "Example Valley Times",
            "Subscribe",
            "News",
            "Sport",
            "Business",
            "Local News",
            "Council backs new river cycle lane after two years of talks",
            "By Jane Example",
            "Updated December 3 2025 - 4:50pm",
            *_EN,
            "© 2025 Example Community Media",
        )
    )
    assert art.published == datetime(2025, 12, 3, 16, 50)


# --- 3. a caption under the stamp and a row of share buttons -------------------------------


def test_headline_over_stamp_and_share_buttons_is_the_title() -> None:
    title = "Regional council approves new cycle lane along the river"
    art = article_of(
        _paste(
            "Friday, December 5, 2025",
            "EXNA",
            "Example National News Agency",
            "Home",
            "Politics",
            "Regions",
            "Home / Regions",
            title,
            "December 5, 2025",
            "Share on Facebook",
            "Share on X",
            "Share on WhatsApp",
            "Cyclists ride along the river bank in the old town on a winter morning.",
            f"Rivertown (EXNA) – {_EN[0]}",
            _EN[1],
            "© 2025 EXNA – Example National News Agency.",
        )
    )
    assert art.title == title
    assert art.source == "EXNA"
    assert art.dateline == "Rivertown"
    assert art.body.startswith("Rivertown (EXNA) – The regional council")


# --- 4. a short headline over its long deck under a one-line trail --------------------------


def test_short_headline_under_trail_over_long_deck_is_the_title() -> None:
    art = article_of(
        _paste(
            "пятница, 5 декабря 2025",
            "Примерский вестник",
            "Новости",
            "Город",
            "Спорт",
            "Главная / Город",
            "Набережная получит велодорожку",
            "Городской совет одобрил проект двухкилометровой трассы вдоль реки после двух лет "
            "обсуждений",
            "05.12.2025 10:40",
            "Анна Примерова",
            *_RU,
            "© «Примерский вестник», 2025",
        )
    )
    assert art.title == "Набережная получит велодорожку"
    assert art.section == "Город"
    assert art.body.startswith(_RU[0][:40])


def test_kicker_over_headline_without_deck_length_stays_a_kicker() -> None:
    # the line under the short one is a headline's length, not a deck's: the short line
    # over it is the kicker
    art = article_of(
        _paste(
            "Beispielstädter Anzeiger",
            "Lokales",
            "Sport",
            "Kultur",
            "Startseite / Lokales",
            "Radverkehr",
            "Stadtrat beschließt neuen Radweg am Fluss",
            "05.12.2025, 10:40 Uhr",
            "Von Jana Beispiel",
            *_DE,
            "© Beispielstädter Anzeiger 2025",
        )
    )
    assert art.title == "Stadtrat beschließt neuen Radweg am Fluss"


# --- 5. a service's name under its owner's logo ---------------------------------------------


def test_service_under_owner_logo_is_the_outlet() -> None:
    head = ["NBX", "Radio Nordland International", "English", "Deutsch", "News"]
    foot = ["Share", "Radio Nordland International", "Main Street 1, 81755 Example City"]
    assert service_under_owner_logo(head, "NBX", foot) == "Radio Nordland International"
    # the owner's full name, spelled in its notice or by its letters: no other service
    foot_notice = [
        "Radio Nordland International",
        "Main Street 1",
        "© 2025 NBX – Radio Nordland International",
    ]
    assert service_under_owner_logo(head, "NBX", foot_notice) == ""
    full = ["EXHK", "Example Handelskammer", "Themen"]
    foot_full = ["Example Handelskammer", "Breite Straße 29"]
    assert service_under_owner_logo(full, "EXHK", foot_full) == ""
    # a footer link under the owner's logo ('Easy Read' in the top row and the footer row)
    links = ["Example Ministry of Transport", "Easy Read", "Sign Language", "English"]
    foot_links = ["Imprint", "Privacy", "Sign Language", "Easy Read"]
    assert service_under_owner_logo(links, "Example Ministry of Transport", foot_links) == ""
    # no imprint in the foot at all
    assert service_under_owner_logo(head, "NBX", ["Share", "Contact"]) == ""


def test_service_under_owner_logo_names_a_paste() -> None:
    art = article_of(
        _paste(
            "NBX",
            "Radio Nordland International",
            "English",
            "Deutsch",
            "Nachrichten",
            "Aktuelles",
            "Kultur",
            "Home » Deutsch » Aktuelles",
            "Beispielstadt: Neuer Radweg am Fluss ab Frühjahr im Bau",
            "05.12.2025 10:40",
            "Autorin: Jana Beispiel",
            *_DE,
            "Weitere Nachrichten",
            "Radio Nordland International",
            "Hauptstraße 1, 81755 Beispielstadt",
            "© 2025 NBX – Nordland Rundfunk",
        )
    )
    assert art.source == "Radio Nordland International"
    assert art.author == "Jana Beispiel"


def test_gazetteer_knows_latin_names_of_batch_outlets() -> None:
    assert latin_of_printed("Интерлик") == "Interlic"
