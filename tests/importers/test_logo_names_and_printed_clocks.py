"""Blind batch 115 (saved web pages): a logo's motto is no name, the name its picture bears
is; the name printed as the logo and in the © notice wins over a stated address or a sister
title's og:site_name; a UTC stamp is given the clock the page prints (or its day alone)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from app.importers import extract
from app.importers.sitename import reads_as_motto
from tests.importers.makers import ARTICLE_HTML

RU_TEXT = (
    "<p>Городская администрация в понедельник утвердила план ремонта моста через реку, "
    "работы начнутся весной и продлятся до конца следующего года.</p>"
    "<p>По словам подрядчика, движение транспорта на время ремонта будет ограничено, "
    "а для пешеходов построят временный переход рядом с мостом.</p>"
) * 3


def _article(page: str):
    return extract("p.html", page.encode())[0].article


MOTTO_TITLE = "Railway: trips at a record | example-news.net"


def _motto_page(logo_inner: str, title: str = MOTTO_TITLE) -> str:
    return (
        f"<html lang='en'><head><title>{title}</title></head><body>"
        f"<header><a class='logo' href='/'>{logo_inner}</a></header><main><article>"
        f"<h1>Rail trips hit record</h1>{ARTICLE_HTML}</article></main></body></html>"
    )


def test_motto_beside_the_logo_picture_gives_the_pictures_name() -> None:
    page = _motto_page("<img src='l.svg' alt='rb'> <span>Journalismus aus dem Norden</span>")
    assert _article(page).source == "rb"
    page = _motto_page("<img src='l.svg' alt='Tidewater'> <span>News without any borders</span>")
    assert _article(page).source == "Tidewater"
    page = _motto_page("<img src='l.svg' alt='Заря'> <span>Новости без всякой цензуры</span>")
    assert _article(page).source == "Zarya"


def test_motto_reading() -> None:
    assert reads_as_motto("Journalismus von links")
    assert reads_as_motto("Новости без цензуры")
    assert reads_as_motto("Das Nachrichtenportal Der Region")
    # names: one particle, a one-letter word, or two words
    assert not reads_as_motto("The Times of Westmark")
    assert not reads_as_motto("Аргументы и факты")
    assert not reads_as_motto("Новгородские ведомости")
    assert not reads_as_motto("Neue Nordstädter Zeitung")


def test_a_name_as_logo_text_stays() -> None:
    page = _motto_page("<img src='l.svg' alt='NWZ'> <span>Neue Westmark Zeitung</span>")
    assert _article(page).source == "Neue Westmark Zeitung"


def _brand_page(og: str, url: str, logo: str, owner: str, title: str = "") -> str:
    metas = f"<meta property='og:site_name' content='{og}'>" if og else ""
    metas += f"<meta property='og:url' content='{url}'>"
    return (
        f"<html lang='de'><head><title>{title or 'Neue Linie geplant'}</title>{metas}"
        "<meta property='og:title' content='Neue Linie geplant'></head><body>"
        f"<header><a class='logo' href='/'>{logo}</a></header><main><article>"
        f"<h1>Neue Linie geplant</h1>{ARTICLE_HTML}</article></main>"
        f"<footer><p>© {owner} 2025. Alle Rechte vorbehalten.</p></footer></body></html>"
    )


def test_logo_and_notice_win_over_a_sister_titles_site_name() -> None:
    page = _brand_page(
        "Nordstadt Kurier",
        "https://www.talboten-online.de/a.html",
        "Talboten Online",
        "Talboten Online",
    )
    assert _article(page).source == "Talboten Online"


def test_logo_and_notice_win_over_the_addresss_run_together_name() -> None:
    page = _brand_page(
        "HARBOURDAYLIVE",
        "https://www.harbourdaylive.com/a/",
        "<img alt='HARBOURDAY'>",
        "HARBOURDAY",
    )
    assert _article(page).source == "HARBOURDAY"


def test_logo_and_notice_win_over_a_bare_domain() -> None:
    page = (
        "<html lang='ru'><head><title>Мост закроют на ремонт | Вести Приречья</title>"
        "<meta property='og:title' content='Мост закроют на ремонт'>"
        "<meta property='og:url' content='https://www.vestipri.org/2025/11/most/'></head><body>"
        "<header><div class='site-branding'><a href='/' rel='home'>"
        "<img src='l.png' alt='Вести Приречья'></a></div></header><main><article>"
        f"<h1>Мост закроют на ремонт</h1>{RU_TEXT}</article></main>"
        "<footer><p>© 2025 Вести Приречья. Все права защищены.</p></footer></body></html>"
    )
    assert _article(page).source == "Vesti Prirechya"


def test_site_name_that_the_address_spells_stays() -> None:
    # the address is the stated title's: the logo and notice name its owner's brand
    page = _brand_page(
        "Nordstadt Kurier",
        "https://www.nordstadt-kurier.de/a.html",
        "Talboten Online",
        "Talboten Online",
    )
    assert _article(page).source == "Nordstadt Kurier"


def _clock_page(ld_stamp: str, shown: str, lang: str = "de") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": ld_stamp}
    return (
        f"<html lang='{lang}'><head><title>Neue Linie geplant</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main>"
        f"<article><h1>Neue Linie geplant</h1><div class='meta'>{shown}</div>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )


def test_utc_stamp_takes_the_printed_clock() -> None:
    page = _clock_page(
        "2025-03-04T13:30:00Z",
        "<time datetime='2025-03-04T13:30:00Z'>Veröffentlicht: 04.03.2025, 14:30 Uhr</time>",
    )
    got = _article(page).published
    assert got.replace(tzinfo=None) == datetime(2025, 3, 4, 14, 30)
    assert got == datetime(2025, 3, 4, 13, 30, tzinfo=UTC)  # the same instant
    page = _clock_page(
        "2025-03-04T09:05:00Z", "<time datetime='2025-03-04T09:05:00Z'>04.03.2025 12:05</time>"
    )
    assert _article(page).published.utcoffset() == timedelta(hours=3)
    page = _clock_page(
        "2025-03-04T21:15:00Z",
        "<time datetime='2025-03-04T21:15:00Z'>March 4, 2025 4:15 PM</time>",
        lang="en",
    )
    assert _article(page).published.replace(tzinfo=None) == datetime(2025, 3, 4, 16, 15)


def test_utc_stamp_stays_beside_another_printed_time() -> None:
    # an update's time, not the same minute: the stamp is kept
    page = _clock_page(
        "2025-03-04T13:30:00Z",
        "<time datetime='2025-03-04T13:30:00Z'>Aktualisiert: 04.03.2025, 15:47 Uhr</time>",
    )
    assert _article(page).published == datetime(2025, 3, 4, 13, 30, tzinfo=UTC)


def _day_page(stamp: str, shown: str) -> str:
    return (
        "<html lang='en'><head><title>Rail trips hit record</title></head><body><main><article>"
        f"<h1>Rail trips hit record</h1>{ARTICLE_HTML}"
        f"<div class='post-date'>Posted on <time datetime='{stamp}'>{shown}</time></div>"
        "</article></main></body></html>"
    )


def test_utc_time_the_page_never_prints_gives_the_day() -> None:
    got = _article(_day_page("2025-03-04T07:30:00+00:00", "March 4, 2025")).published
    assert got.replace(tzinfo=None) == datetime(2025, 3, 4)
    got = _article(_day_page("2025-03-04T23:10:00Z", "5 March 2025")).published
    assert got.replace(tzinfo=None) == datetime(2025, 3, 5)


def test_local_stamp_with_the_day_printed_keeps_its_time() -> None:
    got = _article(_day_page("2025-03-04T07:30:00+01:00", "March 4, 2025")).published
    assert got == datetime(2025, 3, 4, 7, 30, tzinfo=timezone(timedelta(hours=1)))


def _byline_page(byline: str, first: str = "", lang: str = "en", text: str = ARTICLE_HTML) -> str:
    return (
        f"<html lang='{lang}'><head><title>Rail trips hit record</title></head><body><main>"
        f"<article><h1>Rail trips hit record</h1><div class='byline'>{byline}</div>"
        f"<div class='content'>{first}{text}</div></article></main></body></html>"
    )


def test_a_bylines_place_span_is_no_author() -> None:
    page = _byline_page(
        "<span class='author'>Press Association of Westmark</span>"
        " <span class='place'>Port Aven,</span>"
        " <span class='pub'>Published: Mar 4, 2025 10:15</span>"
    )
    assert _article(page).author == ""
    page = _byline_page(
        "<span class='location'>Bad Nordstadt</span>"
        " <span class='pub'>04.03.2025, 10:15 Uhr</span>",
        lang="de",
    )
    assert _article(page).author == ""
    page = _byline_page(
        "<span class='author'>Dienst der Westmark-Presse</span>"
        " <span class='ort'>Neu Ulmenau,</span> <span>04.03.2025 10:15</span>",
        lang="de",
    )
    assert _article(page).author == ""


def test_a_bylines_name_span_stays() -> None:
    page = _byline_page(
        "<span class='name'>Jane Roe</span> <span class='place'>Port Aven</span>"
        " <span class='pub'>Published: Mar 4, 2025 10:15</span>"
    )
    assert _article(page).author == "Jane Roe"


def test_the_bylines_name_again_as_the_first_paragraph_is_no_text() -> None:
    for name in ("Jane Roe", "Anna Beispiel", "Ivan Primerov"):
        page = _byline_page(
            f"<span class='author-name'>{name}</span>", first=f"<p><strong>{name}</strong></p>"
        )
        art = _article(page)
        assert art.author == name
        assert art.body.startswith("The national railway handled")


def test_a_name_opening_a_sentence_stays_in_the_text() -> None:
    page = _byline_page(
        "<span class='author-name'>Jane Roe</span>",
        first="<p>Jane Roe said the railway handled a record number of trips this winter.</p>",
    )
    assert _article(page).body.startswith("Jane Roe said the railway")


def test_live_blog_sort_and_refresh_controls_are_chrome() -> None:
    from app.importers.boilerplate import is_boilerplate

    for line in (
        "Ticker automatisch aktualisieren",
        "Neueste zuerst",
        "Oldest first",
        "Auto-refresh on",
        "Automatically refresh the page",
        "Сначала старые",
        "Обновлять ленту автоматически",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Die Bahn will den Fahrplan automatisch aktualisieren, sagte ein Sprecher.",
        "Newest first-time buyers face higher costs",
        "Сначала новые правила вступят в силу в Москве.",
    ):
        assert not is_boilerplate(line), line
