"""Blind batch 183's families: a motto after a domain-styled site name with its closing
full stop; an outlet signing its own dateline with its initials where a wire's credit
stands; a stamp under the text that prints the stated day's time ('Stand: …, 15:10 Uhr')
or the stated time's minute ('Posted: 1:47 pm …' under 13:47:21); a labelled byline as one
part of a long meta row under the headline; a printed byline under meta author = publisher.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.importers import extract
from app.importers.compose import Hints, compose
from app.importers.sitename import without_motto
from tests.importers.makers import PARA, PARA_DE, PARA_RU, html_page

# --- a motto after a domain-styled site name, its full stop closing it ---------------------


@pytest.mark.parametrize(
    ("stated", "name"),
    [
        ("Exampla.co.ke - Kenya news.", "Exampla.co.ke"),
        ("Beispiel.de - Kiel aktuell.", "Beispiel.de"),
        ("Primer.ru - новости Томска.", "Primer.ru"),
        ("Exampla.co.ke - Kenya news", "Exampla.co.ke"),  # as before, without its stop
    ],
)
def test_a_motto_closed_by_a_full_stop_is_no_part_of_the_name(stated: str, name: str) -> None:
    assert without_motto(stated) == name


def test_a_host_after_the_name_is_no_motto() -> None:
    assert without_motto("Exampla - news.example.com") == "Exampla - news.example.com"


# --- the outlet's own initials where a wire's credit stands -----------------------------

_EN = (
    "A state appeals court on Tuesday reinstated a lawsuit by homeowners who say the "
    "regulator failed to stop insurers from dropping coverage in fire-prone areas.\n"
    "The panel found the homeowners had standing to seek a writ against the department, "
    "and sent the case back to the trial court for a hearing on the merits."
)
_DE = (
    "Der Landtag hat am Dienstag das neue Schulgesetz mit großer Mehrheit beschlossen, "
    "nach einer Debatte über die Ausstattung der Grundschulen im ländlichen Raum.\n"
    "Die Opposition kritisierte die Finanzierung und kündigte an, die Umsetzung im "
    "kommenden Schuljahr genau zu beobachten und Anfragen zu stellen."
)


@pytest.mark.parametrize(
    ("opener", "site", "text"),
    [
        ("PORTVILLE, Ore. (PN) — ", "Portville Network", _EN),
        ("SALTON, Calif. (CNS) — ", "Courts News Service", _EN),
        ("KIELBURG (NZ) – ", "Nordland Zeitung", _DE),
    ],
)
def test_the_outlets_own_initials_are_no_agency(opener: str, site: str, text: str) -> None:
    art = compose("Court revives suit\n" + opener + text, (), Hints(fallback_source=site))
    assert art.source == site
    assert art.dateline


def test_a_credit_that_is_not_the_sites_initials_stays_the_source() -> None:
    art = compose(
        "Court revives suit\nPORTVILLE, Ore. (XQW) — " + _EN,
        (),
        Hints(fallback_source="Portville Network"),
    )
    assert art.source == "XQW"


# --- a stamp under the text that prints the stated day's time or minute ------------------

_P_DE = PARA_DE.replace("<p>", "").replace("</p>", "\n")
_P_EN = PARA.replace("<p>", "").replace("</p>", "\n")
_P_RU = PARA_RU.replace("<p>", "").replace("</p>", "\n")


@pytest.mark.parametrize(
    ("paras", "stamp", "want"),
    [
        (_P_DE, "Stand: 21.01.2026, 15:10 Uhr", datetime(2026, 1, 21, 15, 10)),
        (_P_EN, "Posted: 3:25 pm January 21, 2026", datetime(2026, 1, 21, 15, 25)),
        (_P_RU, "Опубликовано: 21.01.2026, 09:05", datetime(2026, 1, 21, 9, 5)),
    ],
)
def test_a_stamp_under_the_text_gives_the_stated_day_its_time(
    paras: str, stamp: str, want: datetime
) -> None:
    sources = "Quellen\n- Statistisches Amt: Bericht 2025\n"
    text = "Headline of the piece\n" + paras + stamp + "\n" + sources
    art = compose(text, (), Hints(published=datetime(2026, 1, 21)))
    assert art.published == want
    assert stamp not in art.body


def test_a_stamp_of_another_day_leaves_the_stated_day() -> None:
    text = "Headline of the piece\n" + _P_DE + "Stand: 24.01.2026, 15:10 Uhr\n"
    art = compose(text, (), Hints(published=datetime(2026, 1, 21)))
    assert art.published == datetime(2026, 1, 21)


@pytest.mark.parametrize(
    ("paras", "stamp"),
    [
        (_P_EN, "Posted: 1:47 pm January 12, 2026"),
        (_P_DE, "Veröffentlicht: 12.01.2026, 13:47 Uhr"),
        (_P_RU, "Опубликовано: 12.01.2026, 13:47"),
    ],
)
def test_the_printed_minute_drops_the_stated_seconds(paras: str, stamp: str) -> None:
    stated = datetime(2026, 1, 12, 13, 47, 21, tzinfo=UTC)
    art = compose("Headline of the piece\n" + paras + stamp + "\n", (), Hints(published=stated))
    assert art.published == stated.replace(second=0)


def test_another_minute_under_the_text_keeps_the_seconds() -> None:
    stated = datetime(2026, 1, 12, 13, 47, 21, tzinfo=timezone(timedelta(hours=1)))
    text = "Headline of the piece\n" + _P_EN + "Posted: 1:52 pm January 12, 2026\n"
    assert compose(text, (), Hints(published=stated)).published == stated


# --- a labelled byline as one part of a long meta row under the headline ------------------


@pytest.mark.parametrize(
    ("row", "body", "lang", "name"),
    [
        (
            "Autor: Jana Beispiel | 19. Januar 2026, 11:42 | Aktualisiert: 20. Januar 2026, "
            "09:15 | Lesezeit: 3 Minuten",
            PARA_DE,
            "de",
            "Jana Beispiel",
        ),
        (
            "By Tom Example · Wednesday, January 14, 2026 at 7:05 PM · updated Thursday, "
            "January 15, 2026 at 8:30 AM · 3 min read",
            PARA,
            "en",
            "Tom Example",
        ),
        (
            "Автор: Иван Примеров | 14 января 2026, 10:20 | Обновлено: 15 января 2026, 08:30 "
            "| 1 245 просмотров",
            PARA_RU,
            "ru",
            "Иван Примеров",
        ),
    ],
)
def test_a_labelled_byline_in_a_long_meta_row(row: str, body: str, lang: str, name: str) -> None:
    page = html_page(
        "<title>Headline - Exampla</title>",
        f"<article><h1>Headline of the piece</h1><div class='meta'>{row}</div>{body}</article>",
        lang,
    )
    assert extract("p.html", page)[0].article.author == name


def test_a_photographers_label_in_a_long_meta_row_names_no_author() -> None:
    row = (
        "Foto: Jana Beispiel | 19. Januar 2026, 11:42 | Aktualisiert: 20. Januar 2026, 09:15 "
        "| Lesezeit: 3 Minuten"
    )
    page = html_page(
        "<title>Headline - Exampla</title>",
        f"<article><h1>Headline of the piece</h1><div class='x'>{row}</div>{PARA_DE}</article>",
        "de",
    )
    assert extract("p.html", page)[0].article.author == ""


# --- the printed byline under a meta author that is the publisher --------------------------


@pytest.mark.parametrize(
    ("byline", "body", "lang", "name"),
    [
        ("By Siobhan Example", PARA, "en", "Siobhan Example"),
        ("Von Jana Beispiel", PARA_DE, "de", "Jana Beispiel"),
        ("Автор: Иван Примеров", PARA_RU, "ru", "Иван Примеров"),
    ],
)
def test_a_printed_byline_beats_the_publisher_as_meta_author(
    byline: str, body: str, lang: str, name: str
) -> None:
    page = html_page(
        '<title>Headline</title><meta property="og:site_name" content="Exampla Daily">'
        '<meta name="author" content="Exampla Daily">',
        f"<article><h1>Headline of the piece</h1><div class='by'>{byline}</div>{body}</article>",
        lang,
    )
    assert extract("p.html", page)[0].article.author == name


def test_the_publisher_as_meta_author_alone_is_no_byline() -> None:
    page = html_page(
        '<title>Headline</title><meta property="og:site_name" content="Exampla Daily">'
        '<meta name="author" content="Exampla Daily">',
        f"<article><h1>Headline of the piece</h1>{PARA}</article>",
    )
    assert extract("p.html", page)[0].article.author == ""


# --- the stamp right over or under the page's headline: its time for a bare day, its minute --

_CET = timezone(timedelta(hours=1))


def _stamped_page(stated: str, stamp: str, body: str, lang: str, over: bool = True) -> bytes:
    stamp_el = f"<p class='meta'>{stamp}</p>"
    heading = "<h1>Headline of the piece</h1>"
    return html_page(
        f'<title>Headline</title><meta property="article:published_time" content="{stated}">',
        f"<article>{stamp_el + heading if over else heading + stamp_el}{body}</article>",
        lang,
    )


@pytest.mark.parametrize(
    ("stamp", "body", "lang", "over"),
    [
        ("Pressedienst vom 03.02.2025, 16:40", PARA_DE, "de", True),
        ("Press office, 3 February 2025 16:40", PARA, "en", True),
        ("03.02.2025, 16:40", PARA_RU, "ru", False),
    ],
)
def test_the_headlines_stamp_gives_a_bare_day_its_time(
    stamp: str, body: str, lang: str, over: bool
) -> None:
    page = _stamped_page("2025-02-03", stamp, body, lang, over)
    assert extract("p.html", page)[0].article.published == datetime(2025, 2, 3, 16, 40)


@pytest.mark.parametrize(
    ("stamp", "body", "lang"),
    [
        ("03.02.2025 | 16:40", PARA_DE, "de"),
        ("3 February 2025, 16:40", PARA, "en"),
        ("3 февраля 2025, 16:40", PARA_RU, "ru"),
    ],
)
def test_the_headlines_stamp_gives_the_stated_time_its_minute(
    stamp: str, body: str, lang: str
) -> None:
    page = _stamped_page("2025-02-03T16:40:12+01:00", stamp, body, lang)
    assert extract("p.html", page)[0].article.published == datetime(2025, 2, 3, 16, 40, tzinfo=_CET)


def test_another_day_or_a_revision_over_the_headline_changes_nothing() -> None:
    page = _stamped_page("2025-02-03", "Pressedienst vom 04.02.2025, 16:40", PARA_DE, "de")
    assert extract("p.html", page)[0].article.published == datetime(2025, 2, 3)
    page = _stamped_page(
        "2025-02-03T16:40:12+01:00", "Aktualisiert: 03.02.2025, 16:40", PARA_DE, "de"
    )
    assert extract("p.html", page)[0].article.published.second == 12


def test_a_time_element_stating_the_seconds_keeps_them() -> None:
    stamp = '<time datetime="2025-02-03T16:40:12+01:00">03.02.2025, 16:40</time>'
    page = _stamped_page("2025-02-03T16:40:12+01:00", stamp, PARA_DE, "de")
    assert extract("p.html", page)[0].article.published.second == 12
