"""Saved pages (blind batch 179): a byline under the headline that names an agency whole
("By <a>Example Agency</a> | Published: …") is the agency's copy, no writer; a CMS user
named after the outlet without its article or kind ("Example News" on "The Example Daily")
is no author; a space typed before a byline's comma is no part of the name; a stamp
stated in UTC with seconds matches the page's printed local minute."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.importers import extract
from app.importers.byline import author_of_line
from app.importers.compose import compose
from app.importers.profiles import default_profiles
from tests.importers.makers import (
    CLIP_TEXT,
    NEWS_MORE,
    NEWS_TEXT,
    PARA,
    PARA_DE,
    PARA_RU,
    html_page,
)


def _article(page: bytes):
    return extract("p.html", page)[0].article


def _agency_page(byline: str, para: str, lang: str, site: str = "The Example Daily") -> bytes:
    head = (
        f"<title>Council approves the new route - {site}</title>"
        f'<meta property="og:site_name" content="{site}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council '
        'approves the new route", "author": {"@type": "Person", "name": "Example News"}}'
        "</script>"
    )
    body = (
        "<main><article><h1>Council approves the new route</h1>"
        f'<div class="post-meta">{byline}</div>{para}</article></main>'
    )
    return html_page(head, body, lang)


@pytest.mark.parametrize(
    ("byline", "para", "lang", "source"),
    [
        ("By <a>Agence France-Presse</a> | Published: 3rd May 2025 4:10 pm", PARA, "en", "AFP"),
        ("Von <a>dpa</a> · 03.05.2025, 16:10 Uhr", PARA_DE, "de", "dpa"),
        ("Автор: <a>ТАСС</a> | 3 мая 2025, 16:10", PARA_RU, "ru", "TASS"),
    ],
)
def test_byline_naming_an_agency_is_its_copy(byline, para, lang, source) -> None:
    art = _article(_agency_page(byline, para, lang))
    assert art.source == source
    assert art.author == ""


def test_byline_naming_a_person_stays_the_author() -> None:
    art = _article(_agency_page("By <a>Jane Doe</a> | Published: 3rd May 2025 4:10 pm", PARA, "en"))
    assert art.author == "Jane Doe"
    assert art.source == "The Example Daily"


@pytest.mark.parametrize(
    ("site", "user"),
    [("The Example Daily", "Example News"), ("Example Weekly", "Example Desk")],
)
def test_cms_user_named_after_the_outlet_core_is_no_author(site, user) -> None:
    page = _agency_page("<span>Share</span>", PARA, "en", site).replace(
        b"Example News", user.encode()
    )
    assert _article(page).author == ""


def test_person_sharing_a_word_with_the_outlet_stays() -> None:
    page = _agency_page("<span>Share</span>", PARA, "en").replace(
        b"Example News", b"Example Newsom"
    )
    assert _article(page).author == "Example Newsom"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jane Doe , Springfield", "Jane Doe"),
        ("Von Hans Meier , Berlin", "Hans Meier"),
        ("Автор: Иван Петров , Казань", "Иван Петров"),
        ("By Jane Doe, Springfield", "Jane Doe"),
    ],
)
def test_space_before_the_bylines_comma(line, name) -> None:
    assert author_of_line(line) == name


def _stamped(stated: str, printed: str, para: str = PARA, lang: str = "en") -> bytes:
    head = (
        "<title>Council approves the new route</title>"
        f'<meta property="article:published_time" content="{stated}">'
    )
    body = (
        "<main><article><h1>Council approves the new route</h1>"
        f'<div class="post-meta">{printed}</div>{para}</article></main>'
    )
    return html_page(head, body, lang)


@pytest.mark.parametrize(
    ("stated", "printed", "para", "lang", "want"),
    [
        ("2025-05-03T11:10:24+00:00", "Published: 3rd May 2025 4:40 pm IST", PARA, "en",
         datetime(2025, 5, 3, 16, 40, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("2025-05-03T14:10:51+00:00", "03.05.2025, 16:10 Uhr", PARA_DE, "de",
         datetime(2025, 5, 3, 16, 10, tzinfo=timezone(timedelta(hours=2)))),
        ("2025-05-03T13:10:05+00:00", "3 мая 2025, 16:10", PARA_RU, "ru",
         datetime(2025, 5, 3, 16, 10, tzinfo=timezone(timedelta(hours=3)))),
    ],
)  # fmt: skip
def test_utc_stamp_with_seconds_takes_the_printed_minute(stated, printed, para, lang, want):
    published = _article(_stamped(stated, printed, para, lang)).published
    assert published == want
    assert (published.hour, published.minute) == (want.hour, want.minute)


def test_printed_minute_of_another_instant_is_not_taken() -> None:
    published = _article(_stamped("2025-05-03T11:10:24+00:00", "3rd May 2025 4:47 pm")).published
    assert published == datetime(2025, 5, 3, 11, 10, 24, tzinfo=UTC)


def _signed(signoff: str, lang: str) -> str:
    title = {
        "de": "Stadt legt Pläne vor",
        "en": "Council approves tram plan",
        "ru": "Дума утвердила план",
    }
    paras = CLIP_TEXT[lang] if lang != "en" else (NEWS_TEXT, NEWS_MORE)
    chrome = {
        "de": (
            "Bildstrecke: Der Umbau",
            "Bild 1 von 12 · Der Platz. Bild: Beispiel",
            "Meistgelesen",
        ),
        "en": ("Gallery: the route", "Picture 1 of 12 · The square. Picture: Example", "Most read"),
        "ru": ("Фотогалерея: стройка", "Фото 1 из 12 · Площадь. Фото: Пример", "Самое читаемое"),
    }[lang]
    return "\n".join(
        (title[lang], "", *paras, signoff, *chrome, "- Tram fares rise again", "- New bridge opens")
    )


@pytest.mark.parametrize(
    ("signoff", "lang", "source"),
    [
        ("APA/red", "de", "APA"),
        ("AFP/jdo", "en", "AFP"),
        ("ТАСС/ип", "ru", "TASS"),
        ("mk/dpa", "de", "dpa"),
    ],
)
def test_agency_signoff_under_the_text_names_the_source(signoff, lang, source) -> None:
    assert compose(_signed(signoff, lang), default_profiles()).source == source


@pytest.mark.parametrize("signoff", ["red/ab", "Bern/Zürich"])
def test_signoff_naming_no_agency_is_no_source(signoff) -> None:
    assert compose(_signed(signoff, "de"), default_profiles()).source == ""
