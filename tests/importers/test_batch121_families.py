"""Blind batch 121 (saved web pages): a stamp whose day and clock a bar parts, a <title>
of headline, rubric and site, a site-first <title> over a headline naming the site, a logo
picture and copyright notice naming the brand over a JSON-LD group publisher, and
og:site_name naming the group that owns the outlet the <title> and the notice name."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.importers import extract
from app.importers.html import _clock_joined, _date_under_h1, _site_first_in_title, parse_page
from app.importers.sitename import site_from_title
from tests.importers.makers import ARTICLE_HTML


def _article(page: str):
    return extract("p.html", page.encode())[0].article


# --- a bar between the day and its clock ("Erstellt: 22.11.2025 | 11:02 Uhr") ---------


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("Erstellt: 22.11.2025 | 11:02 Uhr", datetime(2025, 11, 22, 11, 2)),
        ("Published 3 March 2025 | 9:40 AM", datetime(2025, 3, 3, 9, 40)),
        ("Опубликовано: 14.10.2025 · 18:05", datetime(2025, 10, 14, 18, 5)),
    ],
)
def test_bar_parted_clock_belongs_to_the_day(stamp: str, want: datetime) -> None:
    page = f"<html><body><h1>Neue Brücke eröffnet</h1><div class='meta'>{stamp}</div></body></html>"
    assert _date_under_h1(parse_page(page.encode())) == want


def test_bar_parted_reading_time_is_no_clock() -> None:
    assert _clock_joined(["Erstellt: 22.11.2025", "3 Min"]) == ["Erstellt: 22.11.2025", "3 Min"]
    page = "<html><body><h1>Neue Brücke</h1><div>22.11.2025 | 3 Min</div></body></html>"
    assert _date_under_h1(parse_page(page.encode())) == datetime(2025, 11, 22)


# --- "Headline – Rubric – Site" ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "head", "site"),
    [
        ("Tarifrunde vertagt – Kollektivverträge – GBX", "Tarifrunde vertagt", "GBX"),
        ("Dock strike ends — Labour news — Harbour Union", "Dock strike ends", "Harbour Union"),
        ("Мост открыт | Общество | Пример.ру", "Мост открыт", "Пример.ру"),
    ],
)
def test_rubric_between_headline_and_site(title: str, head: str, site: str) -> None:
    assert site_from_title(title, head) == site


def test_other_words_before_the_site_are_no_rubric() -> None:
    # what precedes the site is not the headline and a short rubric
    assert site_from_title("Tarifrunde – Streik vertagt – GBX", "Tarifrunde vertagt") == ""
    head = "Dock strike ends"
    assert site_from_title(f"{head} — a long story of the harbour — Union", head) == ""
    # another separator before the last part: "Headline - Site — Rubric" ends in the rubric
    assert site_from_title(f"{head} - Harbour Times — Politics", head) == ""


# --- "Site - Rubric - Headline" whose headline names the site ------------------------


@pytest.mark.parametrize(
    ("site", "head"),
    [
        ("Netzamt", "Netzamt legt Vergleich der Gasnetze vor"),
        ("Water Board", "Water Board sets new tariffs for 2026"),
        ("Росприрода", "Росприрода подвела итоги проверок"),
    ],
)
def test_site_first_title_over_headline_naming_it(site: str, head: str) -> None:
    page = (
        f"<html><head><title>{site} - Presse - {head}</title></head><body><h1>{head}</h1>"
        f"{ARTICLE_HTML}<div id='footer'><p>© {site} 2025</p></div></body></html>"
    )
    title = f"{site} - Presse - {head}"
    assert _site_first_in_title(parse_page(page.encode()), title, head) == site


def test_two_part_title_naming_the_headline_stays_without_site() -> None:
    head = "Netzamt legt Vergleich vor"
    page = f"<html><body><h1>{head}</h1><p>© Netzamt 2025</p></body></html>"
    assert _site_first_in_title(parse_page(page.encode()), f"Netzamt - {head}", head) == ""


# --- logo picture and © name the brand over the JSON-LD group publisher -------------


def _group_page(og: str, logo_alt: str, footer: str, publisher: str, lang: str = "de") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Rail trips hit record",
        "datePublished": "2025-05-05T10:00:00+02:00",
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return _article(
        f"<html lang='{lang}'><head><title>Rail trips hit record</title>"
        f"<meta property='og:site_name' content='{og}'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        f"<header><a href='/' class='logo'><img src='/l.svg' alt='{logo_alt}'></a></header>"
        f"<main><article><h1>Rail trips hit record</h1>{ARTICLE_HTML}</article></main>"
        f"<footer><p>{footer}</p></footer></body></html>"
    ).source


@pytest.mark.parametrize(
    ("og", "footer", "publisher"),
    [
        ("Talbote Nord", "© 2025 Talbote Nord", "Nordmedien Verlagsgruppe"),
        ("Harbour Herald", "© Harbour Herald 2025", "Coastline Publishing"),
        ("RNK", "© 2014–2025 РНК. 18+", "Русская новостная компания"),
    ],
)
def test_logo_picture_and_notice_name_the_brand(og: str, footer: str, publisher: str) -> None:
    assert _group_page(og, og, footer, publisher) == og


def test_group_publisher_stays_when_the_logo_reads_otherwise() -> None:
    got = _group_page("Talbote Nord", "Startseite", "© 2025 Talbote Nord", "Nordtal-Bote")
    assert got == "Nordtal-Bote"


# --- og:site_name names the group; the <title>'s suffix and © name the outlet -------


def _owned_page(og: str, suffix: str, footer: str) -> str:
    return _article(
        f"<html lang='de'><head><title>Rail trips hit record | {suffix}</title>"
        f"<meta property='og:site_name' content='{og}'></head><body>"
        f"<main><article><h1>Rail trips hit record</h1>{ARTICLE_HTML}</article></main>"
        f"<footer><p>{footer}</p></footer></body></html>"
    ).source


@pytest.mark.parametrize(
    ("og", "suffix"),
    [
        ("Alpen Media", "az Talstadt"),
        ("Coastline Group", "Harbour Herald"),
        ("Medien Nord", "Kieler Abendpost"),
    ],
)
def test_title_and_notice_name_the_outlet_of_a_group(og: str, suffix: str) -> None:
    assert _owned_page(og, suffix, f"{suffix} ist ein Angebot der {og}. © {suffix} 2025") == suffix


def test_group_stays_when_the_notice_names_it() -> None:
    assert _owned_page("Alpen Media", "az Talstadt", "© 2025 Alpen Media") == "Alpen Media"
