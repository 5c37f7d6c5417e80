"""Blind batch 141: an acronym sender spelt out by a full name with small words in it ('…
für … und … (BMX)'); a UTC stamp given the page's clock in a half- or three-quarter-hour
zone (India, Nepal, Iran); the print edition's "A version of this article appears in
print" note; a site menu printed in one row with bars is no breadcrumb, and the label
over the headline that repeats one of its entries is the section."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.compose import compose
from app.importers.mail import _spelled_out
from app.importers.sections import bar_menu_entries, section_of_line
from tests.importers.makers import ARTICLE_HTML, MAIL_DE, NEWS_MORE, NEWS_TEXT, mail_bytes

# --- an acronym spelt out with small words between the capitalised ones ---------------


def test_acronym_spelt_out_with_particles() -> None:
    text = "… heute vom Bundesamt für Wasserbau und Küstenschutz (BWK) vorgelegt."
    assert _spelled_out("BWK", text) == "Bundesamt für Wasserbau und Küstenschutz"
    text = "said the Northland Agency for Rivers and Lakes (NARL) on Monday."
    assert _spelled_out("NARL", text) == "Northland Agency for Rivers and Lakes"
    text = "сообщило Агентство по Транспорту и Связи (АТС) в понедельник."
    assert _spelled_out("АТС", text) == "Агентство по Транспорту и Связи"


def test_acronym_spelt_out_without_particles_still_and_lookalikes_stay() -> None:
    text = "Die Example Xylo Association (EXA) teilte mit."
    assert _spelled_out("EXA", text) == "Example Xylo Association"
    # lower-case words that are no particles: the run stops, the sender stays
    text = "wie die meisten großen Verbände berichten (MGV)."
    assert _spelled_out("MGV", text) == "MGV"
    # a name that does not hold the acronym's letters
    assert _spelled_out("BWK", "der Landkreis für Hafen und Deich (BWK)") == "BWK"


def test_mailed_release_names_the_issuer_spelt_out_in_its_signature() -> None:
    body = (
        "Pressemitteilung\nNr. 12/2025 vom 3. März 2025\n\nNeue Deiche an der Küste\n\n"
        f"{MAIL_DE}\n\n{MAIL_DE}\n\n--\nPressestelle\n"
        "Bundesamt für Wasserbau und Küstenschutz (BWK)\nHafenstraße 3, 20457 Hamburg\n"
    )
    data = mail_bytes('"BWK Pressestelle" <presse@bwk.example>', "Neue Deiche", body)
    art = extract("pm.eml", data)[0].article
    assert art.source == "Bundesamt für Wasserbau und Küstenschutz"


# --- a UTC stamp under a local clock in a half- or three-quarter-hour zone -------------


def _clock_page(stamp: str, shown: str, lang: str = "en") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": stamp}
    return (
        f"<html lang='{lang}'><head><title>Rail trips hit record</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main>"
        f"<article><h1>Rail trips hit record</h1><div class='meta'>{shown}</div>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )


def _published(page: str) -> datetime:
    return extract("p.html", page.encode())[0].article.published


def test_utc_stamp_takes_a_half_hour_zones_printed_clock() -> None:
    # India +5:30, past midnight: the printed day is the next one
    got = _published(_clock_page("2025-03-04T19:05:00+00:00", "March 5, 2025 | 12:35 AM"))
    assert got.replace(tzinfo=None) == datetime(2025, 3, 5, 0, 35)
    assert got == datetime(2025, 3, 4, 19, 5, tzinfo=UTC)
    # Nepal +5:45
    got = _published(_clock_page("2025-03-04T10:00:00Z", "04.03.2025, 15:45 Uhr", "de"))
    assert got.utcoffset() == timedelta(hours=5, minutes=45)
    # Iran +3:30
    got = _published(_clock_page("2025-03-04T08:00:00Z", "04.03.2025 11:30", "ru"))
    assert got.replace(tzinfo=None) == datetime(2025, 3, 4, 11, 30)


def test_utc_stamp_stays_beside_a_time_off_by_no_zones_fraction() -> None:
    # twenty minutes later: an update's time, no zone's clock
    got = _published(_clock_page("2025-03-04T13:30:00Z", "March 4, 2025 1:50 PM"))
    assert got == datetime(2025, 3, 4, 13, 30, tzinfo=UTC)
    got = _published(_clock_page("2025-03-04T13:30:00Z", "March 4, 2025 1:45 PM"))
    assert got == datetime(2025, 3, 4, 13, 30, tzinfo=UTC)


# --- the print edition's note under the text ---------------------------------------------


def test_print_version_note_is_chrome() -> None:
    assert is_boilerplate(
        "A version of this article appears in the print on March 5, 2025, of The Example Post."
    )
    assert is_boilerplate(
        "A version of this article appears in print on March 5, 2025, Section B, Page 3."
    )
    assert is_boilerplate("An edition of this story appeared in the print issue of the Herald.")
    # the story's own words about a print run stay
    assert not is_boilerplate(
        "The union said a version of the contract appears in print in the staff bulletin."
    )


# --- a site menu in one row with bars ---------------------------------------------------


def test_bar_menu_row_is_no_trail() -> None:
    row = "Home  |  Nepal  |  World  |  Business  |  Sports  |  Opinion  |  Lifestyle  |  Epaper"
    assert bar_menu_entries(row)[:2] == ["Home", "Nepal"]
    assert section_of_line(row) == ""
    assert section_of_line("Startseite | Politik | Wirtschaft | Sport | Kultur | Reisen") == ""
    assert section_of_line("Главная | Политика | Экономика | Спорт | Культура | Общество") == ""
    # a breadcrumb with bars is a trail; a stamp row holds digits
    assert section_of_line("Home | News | Business") == "Business"
    assert not bar_menu_entries("Politik | Inland | 24.11.2025 | 10:47 | 3 Min. | Teilen")


def test_label_over_headline_repeating_a_bar_menu_entry_is_the_section() -> None:
    menu = "Home  |  Westland  |  World  |  Business  |  Sports  |  Opinion  |  Epaper"
    text = (
        f"The Example Times\n{menu}\nWestland\nCity tram network to grow by 40 km\n"
        f"March 4, 2025\n{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    assert compose(text, ()).section == "Westland"
    menu = "Startseite | Nordkreis | Politik | Wirtschaft | Sport | Kultur | E-Paper"
    text = (
        f"Beispiel-Kurier\n{menu}\nNordkreis\nStadt baut zwei neue Radwege am Ufer\n"
        f"04.03.2025\n{MAIL_DE}\n{MAIL_DE}\n"
    )
    assert compose(text, ()).section == "Nordkreis"
