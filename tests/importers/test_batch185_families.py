"""Pastes, Word review pages and PDFs (blind batch 185): a stamp row whose counters and
reading time follow the day (no listed headline, so the deck under it stays the deck); a
site menu in one row whose entries are services and ads, not desks; a press review's label
of itself as internal; an author's bio with the way to reach them after it. Each family
with look-alikes that must keep their reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_end_bio
from app.importers.sections import is_menu_row

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import article_of, articles_of, docx_with
from .makers import paste as _paste

# --- 1. a stamp row with its counters: no listed headline --------------------------------


def test_stamp_row_with_counters_keeps_the_headline_over_it() -> None:
    cases = [
        (
            "Горсовет одобрил строительство велодорожки вдоль реки",
            "15 января 2026, 09:40 · 3 мин чтения · Просмотров: 1254",
            "Работы начнутся уже весной",
            _RU,
        ),
        (
            "Council backs new river cycle lane after two years of talks",
            "January 15, 2026, 09:40 · 4 min read · 1,204 views",
            "Work starts in the spring",
            _EN,
        ),
        (
            "Stadtrat beschließt neuen Radweg entlang des Flusses",
            "15.01.2026, 09:40 · Lesezeit 3 Min. · Aufrufe: 312",
            "Die Arbeiten beginnen im Frühjahr",
            _DE,
        ),
    ]
    for title, stamp, deck, text in cases:
        art = article_of(_paste("Example Courier", "Город / Транспорт", title, stamp, deck, *text))
        assert art.title == title, (stamp, art.title)
        assert art.body.startswith(text[0][:30]), art.body[:60]


def test_listed_entry_with_its_stamp_still_ends_the_block() -> None:
    # "15.01.2026 09:40 Other story of the day" is a list's entry: the headline is under it
    art = article_of(
        _paste(
            "Example Courier",
            "Latest",
            "15.01.2026 09:40 Bridge closed after lorry crash on ring road",
            "Council backs new river cycle lane",
            *_EN,
        )
    )
    assert art.title == "Council backs new river cycle lane"


# --- 2. a menu row of services and ads --------------------------------------------------


def test_menu_row_of_services_and_ads_is_no_headline() -> None:
    assert is_menu_row("Kirchheim Umland Sport Kultur Service Anzeigen")
    assert is_menu_row("Lokales Region Video Jobs Anzeigen")
    assert is_menu_row("Новости Город Афиша Объявления Видео")
    assert is_menu_row("Home Business Events Classifieds Notices")
    # a headline in title case joins its words: no menu
    assert not is_menu_row("Weather Service Issues Warning For Video Shoot")
    assert not is_menu_row("Sport Kultur Service")  # too short for a row


def test_paste_with_service_menu_row_takes_the_headline_under_it() -> None:
    art = article_of(
        _paste(
            "Mittwoch, 21. Januar 2026",
            "Example Bote",
            "Startseite > Lokales > Nordheim",
            "Nordheim Umland Sport Kultur Service Anzeigen",
            "Verkehr",
            "Stadtrat beschließt neuen Radweg entlang des Flusses",
            "20.01.2026, 17:45 Uhr",
            *_DE,
        )
    )
    assert art.title == "Stadtrat beschließt neuen Radweg entlang des Flusses"


# --- 3. a press review's label of itself as internal ------------------------------------


def test_internal_review_label_is_boilerplate() -> None:
    for line in (
        "Pressespiegel intern – Weiterleitung nur mit Genehmigung",
        "Medienspiegel (intern)",
        "Internal press review – do not forward",
        "Обзор прессы (внутренний) – не для пересылки",
        "Pressespiegel – keine Weitergabe an Dritte",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Pressespiegel der Stadt zeigt wachsendes Interesse am Radweg",
        "Internal review finds no wrongdoing by council staff",
    ):
        assert not is_boilerplate(line), line


def test_review_page_with_internal_label_keeps_the_heading_as_title() -> None:
    data = docx_with(
        [
            "Quelle: Example Zeitung vom 19.01.2026, Seite 11, Ressort: Region",
            "Pressespiegel intern – Weiterleitung nur mit Genehmigung",
            "Stadtrat beschließt neuen Radweg",
            *_DE,
        ],
        table=False,
    )
    art = articles_of("review.docx", data)[0]
    assert art.title == "Stadtrat beschließt neuen Radweg"
    assert "Pressespiegel intern" not in art.body


# --- 4. an author's bio with the way to reach them --------------------------------------


def test_bio_with_contact_tail_is_end_bio() -> None:
    for line in (
        "Jane Roe covers transportation and infrastructure for the Example Daily News. "
        "Contact her at jroe@example.com.",
        "John Doe covers city hall for The Example Post. Reach him at 555-0100.",
        "Jane Roe is a reporter at Example Times. Contact her at jroe@example.com",
        "Anna Muster ist Programmleiterin im Zentrum für Verkehr. Sie erreichen sie unter "
        "am@example.de.",
    ):
        assert is_end_bio(line), line
    for line in (
        "Police said anyone with information should contact them at 555-0199.",
        "Contact him at jdoe@example.com.",
        "Medicare covers most costs for the Example programme, officials said.",
    ):
        assert not is_end_bio(line), line


def test_bio_with_contact_under_the_text_leaves_the_body() -> None:
    art = article_of(
        _paste(
            "Council backs new river cycle lane",
            "By Jane Roe",
            *_EN,
            "Jane Roe covers transportation for the Example Daily News. Contact her at "
            "jroe@example.com.",
            "Most Read",
        )
    )
    assert "Contact her" not in art.body
    assert art.author == "Jane Roe"


# --- 5. a paper's own issue line under its masthead is no policy series -----------------


def test_paper_issue_line_leaves_the_agency_dateline_its_source() -> None:
    cases = [
        (
            "ВЕЧЕРНИЙ ПРИМЕР",
            "Общественно-политическая газета | № 4 (12 587) | Понедельник, 12 января 2026 года",
            "ГОРОД",
            "Горсовет одобрил строительство велодорожки вдоль реки",
            "Бишкек, 12 января /Кабар/. " + _RU[0],
            _RU[1],
            "Kabar",
            "Бишкек",
        ),
        (
            "BEISPIELER NACHRICHTEN",
            "Unabhängige Tageszeitung | Nr. 9 | Montag, 12. Januar 2026",
            "REGION",
            "Stadtrat beschließt neuen Radweg entlang des Flusses",
            "Berlin (dpa) - " + _DE[0],
            _DE[1],
            "dpa",
            "Berlin",
        ),
        (
            "THE EXAMPLE HERALD",
            "Independent daily newspaper | No. 4 | Monday, 12 January 2026",
            "CITY",
            "Council backs new river cycle lane after two years of talks",
            "LONDON (Reuters) - " + _EN[0],
            _EN[1],
            "Reuters",
            "London",
        ),
    ]
    for mast, issue, rubric, title, first, second, agency, place in cases:
        data = docx_with([mast, issue, rubric, title, first, second], table=False)
        art = articles_of("page.docx", data)[0]
        assert art.title == title, (issue, art.title)
        assert art.source == agency, (issue, art.source)
        assert art.dateline == place, (issue, art.dateline)


def test_numbered_series_line_still_names_the_institute() -> None:
    from app.importers.docfront import _SERIES

    assert _SERIES.match("Мониторинг экономической ситуации · № 21 (211) · 24 ноября 2025 г.")
    assert _SERIES.match("IW-Kurzbericht Nr. 92/2025 · 25. November 2025")
    assert not _SERIES.match("Общественно-политическая газета | № 4 (12 587) | 12 января 2026")
    assert not _SERIES.match("Unabhängige Tageszeitung | Nr. 9 | Montag, 12. Januar 2026")


# --- 6. a stamp row with the name and the view counter, no separators --------------------


def test_stamp_name_counter_row_gives_the_author() -> None:
    from app.importers.byline import stamp_byline

    assert stamp_byline("22 января 2026, 18:20 Анна Примерова Просмотров: 2 314") == (
        "Анна Примерова"
    )
    assert stamp_byline("22.01.2026, 18:20 Erika Muster 312 Aufrufe") == "Erika Muster"
    assert stamp_byline("January 22, 2026, 18:20 Jane Roe 1,204 views") == "Jane Roe"
    # the counter alone after the time: no name
    assert stamp_byline("22 января 2026, 18:20 Просмотров: 2 314") == ""
    assert stamp_byline("22 января 2026, 18:20 Общество Просмотров: 2 314") == ""


def test_paste_with_stamp_name_counter_row() -> None:
    art = article_of(
        _paste(
            "Вечерний Пример",
            "Горсовет одобрил строительство велодорожки вдоль реки",
            "22 января 2026, 18:20 Анна Примерова Просмотров: 2 314",
            *_RU,
        )
    )
    assert art.author == "Анна Примерова"
    assert art.title == "Горсовет одобрил строительство велодорожки вдоль реки"
    assert art.body.startswith(_RU[0][:30])
