"""Saved pages of a group's local title and their printed clocks: og:site_name or JSON-LD
naming the owning group or company over the masthead of the title; a metadata stamp in UTC
over the local time the page prints under a publication label; unlinked breadcrumb items;
a Cyrillic logo in capitals that the <title> spells in its name's case."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.importers import extract
from app.importers.dates import find_dates
from app.importers.sitename import title_spelling_of_capitals

from .makers import PARA, PARA_DE, PARA_RU
from .makers import html_page as _page


def _one(name: str, data: bytes):
    (item,) = extract(name, data)
    return item.article


def test_group_in_og_site_name_yields_to_the_masthead_the_title_ends_in() -> None:
    head = (
        "<title>Council backs ring road plan - Westbridge Courier</title>"
        '<meta property="og:site_name" content="Harbourline Newspapers">'
        '<meta property="og:title" content="Council backs ring road plan">'
    )
    body = (
        '<header><div class="logo">Westbridge Courier</div><nav>News · Sport</nav></header>'
        f"<article><h1>Council backs ring road plan</h1>{PARA}</article>"
        "<footer>© 2025 Harbourline Newspapers Ltd. All rights reserved.</footer>"
    )
    assert _one("a.html", _page(head, body)).source == "Westbridge Courier"


def test_group_edition_yields_to_the_header_text_in_german() -> None:
    head = (
        "<title>Kölner Startup sammelt Millionen ein - Gründerblick</title>"
        '<meta property="og:site_name" content="Wirtschaftsportal Deutschland">'
        '<meta property="og:title" content="Kölner Startup sammelt Millionen ein">'
    )
    body = (
        "<header>Gründerblick <nav>Startups · Fintech</nav></header>"
        f"<article><h1>Kölner Startup sammelt Millionen ein</h1>{PARA_DE}</article>"
        "<footer>© 2025 Wirtschaftsportal Deutschland GmbH · Impressum</footer>"
    )
    assert _one("b.html", _page(head, body, "de")).source == "Gründerblick"


def test_group_stays_when_the_title_names_it_too() -> None:
    # the look-alike: the <title> ends in the og:site_name, which is the site's name
    head = (
        "<title>Council backs ring road plan - Harbourline News</title>"
        '<meta property="og:site_name" content="Harbourline News">'
        '<meta property="og:title" content="Council backs ring road plan">'
    )
    body = (
        '<header><div class="logo">Harbourline News</div></header>'
        f"<article><h1>Council backs ring road plan</h1>{PARA}</article>"
    )
    assert _one("c.html", _page(head, body)).source == "Harbourline News"


def test_unprinted_json_ld_publisher_yields_to_og_site_name() -> None:
    head = (
        "<title>Council backs ring road plan</title>"
        '<meta property="og:site_name" content="The Mesa Ledger">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs'
        ' ring road plan","publisher":{"@type":"Organization","name":"Lakecorp"}}</script>'
    )
    body = (
        "<header><a class='logo'>mesa. part of a network</a></header>"
        "<article><h1>Council backs ring road plan</h1>"
        f"<div class='by'>Jane Roe<br><span>Mesa Ledger</span></div>{PARA}</article>"
    )
    assert _one("d.html", _page(head, body)).source == "The Mesa Ledger"


def test_printed_json_ld_publisher_stays() -> None:
    head = (
        "<title>Council backs ring road plan</title>"
        '<meta property="og:site_name" content="The Mesa Ledger">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs'
        ' ring road plan","publisher":{"@type":"Organization","name":"Lakecorp"}}</script>'
    )
    body = (
        "<header><a class='logo'>Lakecorp</a></header>"
        f"<article><h1>Council backs ring road plan</h1>{PARA}</article>"
    )
    assert _one("e.html", _page(head, body)).source == "Lakecorp"


def test_labelled_local_clock_under_the_text_over_a_utc_stamp() -> None:
    head = (
        "<title>Дума утвердила план</title>"
        '<meta property="og:title" content="Дума утвердила план">'
        '<meta property="article:published_time" content="2025-11-18T17:05:00+00:00">'
    )
    body = (
        f"<article><h1>Дума утвердила план</h1>{PARA_RU}"
        '<p class="pub">Опубликовано: 18.11.2025, 19:05</p></article>'
    )
    art = _one("f.html", _page(head, body, "ru"))
    assert art.published == datetime(2025, 11, 18, 19, 5, tzinfo=timezone(timedelta(hours=2)))


def test_mountain_time_stamp_over_a_utc_stamp_of_the_next_day() -> None:
    head = (
        "<title>Council backs ring road plan</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs'
        ' ring road plan","datePublished":"2025-11-20T00:32:00Z"}</script>'
    )
    body = (
        "<article><h1>Council backs ring road plan</h1>"
        "<div class='dt'>Published 5:32 p.m. MT Nov. 19, 2025 | Updated 8:05 p.m. MT Nov. 19,"
        f" 2025</div>{PARA}</article>"
    )
    art = _one("g.html", _page(head, body))
    assert art.published.replace(tzinfo=None) == datetime(2025, 11, 19, 17, 32)
    assert art.published.utcoffset() == timedelta(hours=-7)


def test_labelled_stamp_of_another_instant_leaves_the_utc_stamp() -> None:
    # the look-alike: a labelled stamp whose minute is not the stamp's is another event
    head = (
        "<title>Council backs ring road plan</title>"
        '<meta property="article:published_time" content="2025-11-18T17:05:00+00:00">'
    )
    body = (
        f"<article><h1>Council backs ring road plan</h1>{PARA}"
        "<p>Published: 18.11.2025, 19:47</p></article>"
    )
    art = _one("h.html", _page(head, body))
    assert art.published == datetime(2025, 11, 18, 17, 5, tzinfo=UTC)


def test_mountain_zones() -> None:
    (hit,) = find_dates("Nov. 19, 2025 5:32 p.m. MST")
    assert hit.value.utcoffset() == timedelta(hours=-7)
    (hit,) = find_dates("July 9, 2025 5:32 p.m. MT")
    assert hit.value.utcoffset() == timedelta(hours=-6)


def test_unlinked_breadcrumb_items_are_crumbs_apart() -> None:
    head = (
        "<title>Kölner Startup sammelt Millionen ein</title>"
        '<meta property="og:site_name" content="Gründerblick">'
        '<meta property="og:title" content="Kölner Startup sammelt Millionen ein">'
    )
    body = (
        '<ol class="breadcrumbs"><li>Gründerblick</li><li>Fintech</li></ol>'
        f"<article><h1>Kölner Startup sammelt Millionen ein</h1>{PARA_DE}</article>"
    )
    assert _one("i.html", _page(head, body, "de")).section == "Fintech"


def test_logo_in_capitals_takes_the_titles_spelling() -> None:
    assert title_spelling_of_capitals("ПРИМЕРНОВОСТИ", "Примерновости — Мост закроют") == (
        "Примерновости"
    )
    assert title_spelling_of_capitals("ГОРОДСКИЕ ВЕСТИ", "Мост закроют | Городские вести") == (
        "Городские вести"
    )
    # a Latin masthead in capitals is kept as printed (the convention for "EXAMPLE")
    assert title_spelling_of_capitals("NORDKURIER", "Brücke gesperrt – Nordkurier") == (
        "NORDKURIER"
    )
    # an acronym printed in capitals in the title too stays; so does a short one
    assert title_spelling_of_capitals("ПРИМЕР", "ПРИМЕР — Мост закроют") == "ПРИМЕР"
    assert title_spelling_of_capitals("ТАСС", "Тасс — x") == "ТАСС"
