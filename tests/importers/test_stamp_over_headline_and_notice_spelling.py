"""Saved pages (blind batch 151): a stamp with its clock right over the headline (read as
the publication, and as the local clock of a UTC metadata stamp); a <title> that is the
headline whole names no site; a Cyrillic <title> suffix of a domain the footer's notice
prints in Latin letters beats a network's og:site_name; a logo that runs its words
together or a host that spells out umlauts takes the notice's spelling; a byline of the
outlet's initials is no byline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.importers import extract

from .makers import PARA, PARA_DE, PARA_RU
from .makers import html_page as _page


def _one(name: str, data: bytes):
    (item,) = extract(name, data)
    return item.article


# -- a stamp with its clock over the headline -------------------------------------------


def test_unclassed_stamp_with_clock_over_the_headline_is_the_publication() -> None:
    cases = [
        ("November 26, 2025 18:42 IST", "en", PARA, datetime(2025, 11, 26, 18, 42)),
        ("26.11.2025, 14:05 Uhr", "de", PARA_DE, datetime(2025, 11, 26, 14, 5)),
        ("26 ноября 2025, 09:30", "ru", PARA_RU, datetime(2025, 11, 26, 9, 30)),
    ]
    for stamp, lang, para, want in cases:
        body = (
            '<div class="logo">Example Ledger</div>'
            f'<div class="storyinfo">{stamp}</div><h1>Harbour plan approved</h1>{para}'
        )
        art = _one("p.html", _page("<title>Harbour plan approved</title>", body, lang))
        assert art.published is not None
        assert art.published.replace(tzinfo=None) == want, stamp


def test_unclassed_day_without_clock_over_the_headline_is_no_stamp() -> None:
    # a header bar's day of copying: no clock, so not read as the publication
    body = '<div class="bar">Sonntag, 30. November 2025</div><h1>Hafen meldet Rekord</h1>'
    art = _one("p.html", _page("<title>Hafen meldet Rekord</title>", body + PARA_DE, "de"))
    assert art.published is None or art.published.date() != datetime(2025, 11, 30).date()


def test_utc_stamp_takes_the_clock_printed_over_the_headline() -> None:
    cases = [
        ("2025-11-27T08:45:00Z", "27.11.2025 09:45", "de", PARA_DE, 1),
        ("2025-11-27T06:10:00Z", "27 ноября 2025, 09:10", "ru", PARA_RU, 3),
        ("2025-11-27T14:00:00Z", "Nov 27, 2025 9:00 am", "en", PARA, -5),
    ]
    for iso, shown, lang, para, hours in cases:
        head = (
            "<title>Sender baut Redaktion um - example.ch</title>"
            f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":'
            f'"Sender baut Redaktion um","datePublished":"{iso}"}}</script>'
        )
        body = f'<div class="date">{shown}</div><h1>Sender baut Redaktion um</h1>{para}'
        art = _one("p.html", _page(head, body, lang))
        assert art.published.utcoffset() == timedelta(hours=hours), shown
        utc = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        assert art.published == utc


def test_utc_stamp_keeps_utc_when_the_day_over_the_headline_has_no_clock() -> None:
    head = (
        "<title>Sender baut Redaktion um - example.ch</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":'
        '"Sender baut Redaktion um","datePublished":"2025-11-27T08:45:00Z"}</script>'
    )
    body = f'<div class="date">27.11.2025</div><h1>Sender baut Redaktion um</h1>{PARA_DE}'
    art = _one("p.html", _page(head, body, "de"))
    assert art.published == datetime(2025, 11, 27, 8, 45, tzinfo=UTC)


# -- a <title> that is the headline whole ---------------------------------------------------


def test_title_that_is_the_headline_whole_names_no_site() -> None:
    cases = [
        ("Schule bekommt Anbau – Baustart im Frühjahr", "Talbote", PARA_DE, "de"),
        ("Bridge to close for repairs - work starts in May", "Example Gazette", PARA, "en"),
        ("Мост закроют на ремонт — работы начнутся в мае", "Example Vesti", PARA_RU, "ru"),
    ]
    for headline, outlet, para, lang in cases:
        body = (
            f'<header><div class="logo">{outlet}</div></header><h1>{headline}</h1>{para}'
            f"<footer>© {outlet} | Impressum</footer>"
        )
        art = _one("p.html", _page(f"<title>{headline}</title>", body, lang))
        assert art.source == outlet, headline
        assert art.title == headline


def test_title_with_a_suffix_after_the_headline_still_names_the_site() -> None:
    body = f"<h1>Schule bekommt Anbau</h1>{PARA_DE}"
    head = "<title>Schule bekommt Anbau – Talbote</title>"
    assert _one("p.html", _page(head, body, "de")).source == "Talbote"


# -- a network's og:site_name under a Cyrillic suffix of a Latin domain ----------------------


def test_cyrillic_title_suffix_of_the_notice_domain_beats_a_network_name() -> None:
    for net, suffix, notice in [
        ("Сеть городских порталов", "99.ру", "99.ru"),
        ("Объединённая редакция", "Пример.ру", "Primer.ru"),
        ("Медиахолдинг Север", "Новости72.ру", "Novosti72.ru"),
    ]:
        head = (
            f"<title>Тарифы пересчитают - 24 ноября 2025 - {suffix}</title>"
            f'<meta property="og:site_name" content="{net}">'
            '<meta property="og:title" content="Тарифы пересчитают">'
        )
        body = f"<h1>Тарифы пересчитают</h1>{PARA_RU}<footer>© 2025 {notice}. 18+</footer>"
        assert _one("p.html", _page(head, body, "ru")).source == notice, suffix


def test_network_name_stays_when_the_notice_names_another_domain() -> None:
    head = (
        "<title>Тарифы пересчитают - 24 ноября 2025 - 99.ру</title>"
        '<meta property="og:site_name" content="Сеть городских порталов">'
        '<meta property="og:title" content="Тарифы пересчитают">'
    )
    body = f"<h1>Тарифы пересчитают</h1>{PARA_RU}<footer>© 2025 Other.example. 18+</footer>"
    assert _one("p.html", _page(head, body, "ru")).source != "99.ru"


# -- the footer notice's spelling of a logo or host ------------------------------------------


def test_logo_running_words_together_takes_the_notice_spelling() -> None:
    for logo, notice in [
        ("WicklowNow", "Wicklow Now"),
        ("RheinBlick", "Rhein Blick"),
        ("MetroDaily", "Metro Daily"),
    ]:
        body = (
            f'<header><div class="logo">{logo}</div><nav><a>News</a></nav></header>'
            f"<h1>Council backs town plan</h1>{PARA}"
            f"<footer>© 2025 {notice}. All rights reserved.</footer>"
        )
        art = _one("p.html", _page(f"<title>{notice}</title>", body))
        assert art.source == notice, logo


def test_logo_running_words_together_without_a_spaced_notice_stays() -> None:
    body = (
        '<header><div class="logo">WicklowNow</div><nav><a>News</a></nav></header>'
        f"<h1>Council backs town plan</h1>{PARA}<footer>© 2025 Ardmore Media Ltd.</footer>"
    )
    assert _one("p.html", _page("<title>WicklowNow</title>", body)).source == "WicklowNow"


def test_host_spelling_out_umlauts_takes_the_notice_spelling() -> None:
    for host, notice in [
        ("persoenlich.ch", "persönlich.ch"),
        ("gruenspecht.de", "grünspecht.de"),
        ("baeckerblatt.at", "bäckerblatt.at"),
    ]:
        head = (
            f"<title>Sender baut Redaktion um - {host}</title>"
            f'<meta property="og:site_name" content="{host}">'
        )
        body = f"<h1>Sender baut Redaktion um</h1>{PARA_DE}<footer>© 2025 {notice}</footer>"
        assert _one("p.html", _page(head, body, "de")).source == notice, host


def test_host_without_umlaut_notice_stays() -> None:
    head = (
        "<title>Sender baut Redaktion um - persoenlich.ch</title>"
        '<meta property="og:site_name" content="persoenlich.ch">'
    )
    body = f"<h1>Sender baut Redaktion um</h1>{PARA_DE}<footer>© 2025 Beispiel AG</footer>"
    assert _one("p.html", _page(head, body, "de")).source == "persoenlich.ch"


# -- the outlet's initials as byline -----------------------------------------------------------


def test_outlet_initials_as_meta_author_are_no_byline() -> None:
    cases = [
        ("Hafen meldet Rekord | NNZ", "NNZ", "Nordische Neue Zeitung", PARA_DE, "de"),
        ("Harbour sets record | WBC", "WBC", "West Bay Chronicle", PARA, "en"),
        ("Порт обновил рекорд | СВ", "СВ", "Северный Вестник", PARA_RU, "ru"),
    ]
    for title, initials, outlet, para, lang in cases:
        head = f'<title>{title}</title><meta name="author" content="{initials}">'
        headline = title.split(" | ")[0]
        body = f'<header><div class="logo">{outlet}</div></header><h1>{headline}</h1>{para}'
        assert _one("p.html", _page(head, body, lang)).author == "", title


def test_reporter_initials_that_are_not_the_outlet_stay() -> None:
    head = '<title>Hafen meldet Rekord | NNZ</title><meta name="author" content="JKL">'
    body = (
        '<header><div class="logo">Nordische Neue Zeitung</div></header>'
        f"<h1>Hafen meldet Rekord</h1>{PARA_DE}"
    )
    assert _one("p.html", _page(head, body, "de")).author == "JKL"
