"""Blind batch 52 (documents): a clipping's source line under its text, a form's kicker,
a wire's slug field, a newsroom's letterhead and category line, a release's end mark.

Each test holds a small made-up document with one convention: 'Quelle: Outlet vom date,
Seite N, Ressort: X' closing a clipping, 'INTERVIEW' over the headline under the desk's
stamp line, 'Slug: words' over a wire's stamp, 'Name' / 'Media centre' over a release with
'Category: Desk | day' under its headline and 'ENDS' over the notes to editors.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from tests.importers.makers import articles_of, docx_with, odt_with

PROSE = (
    "Die Stadt baut eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit. "
    "Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, hieß es weiter."
)
MORE = (
    "Der Rat stimmte dem Plan mit großer Mehrheit zu, nur eine Fraktion war dagegen. "
    "Die Kosten werden auf zwölf Millionen Euro geschätzt, der Bund trägt einen Teil."
)
EN_PROSE = (
    "Trains between the two towns will not run for a week in March while engineers renew "
    "the track and the drainage in the old cutting, the company said on Tuesday."
)
EN_MORE = (
    "Buses will replace the trains for the whole week, and passengers are advised to check "
    "their journeys before they travel, as the buses take about half an hour longer."
)


def test_a_source_line_under_the_text_gives_outlet_day_and_desk() -> None:
    lines = [
        "Neue Brücke über den Fluss",
        "Von Anna Muster",
        PROSE,
        MORE,
        "Quelle: Flussbote vom 22.11.2025, Seite 21, Ressort: Region",
        "Pressestelle Stadt Nordheim – Medienspiegel, nur zur internen Verwendung",
    ]
    [article] = articles_of("bruecke.docx", docx_with(lines, table=False))
    assert (article.source, article.section) == ("Flussbote", "Region")
    assert article.published == datetime(2025, 11, 22)
    assert "Quelle" not in article.body and "Medienspiegel" not in article.body


def test_a_figure_source_under_the_text_names_no_outlet() -> None:
    lines = ["Rents keep rising", EN_PROSE, EN_MORE, "Source: Example Survey, 24.11.2025"]
    [article] = articles_of("rents.docx", docx_with(lines, table=False))
    assert article.source != "Example Survey"


def test_a_form_kicker_under_the_desk_stamp_is_no_section() -> None:
    text = (
        "Бюджеты большинства регионов в этом году сведены с дефицитом, а их долговая нагрузка "
        "растет впервые за несколько лет, рассказал экономист в интервью изданию."
    )
    more = (
        "— Где начнут экономить в первую очередь? — На капитальных расходах, потому что "
        "зарплаты и социальные выплаты урезать нельзя, это защищенные статьи бюджета."
    )
    lines = [
        "Example.ru",
        "Экономика · 21 ноября 2025, 07:00",
        "ИНТЕРВЬЮ",
        "«Регионам придется выбирать»",
        text,
        more,
        "Материалы Example.ru доступны для цитирования со ссылкой на источник.",
    ]
    [article] = articles_of("intervyu.docx", docx_with(lines, table=False))
    assert (article.section, article.source) == ("Экономика", "Example.ru")
    assert "цитирования" not in article.body


def test_an_outlets_reuse_terms_are_boilerplate() -> None:
    note = "Материалы Example.ru доступны для цитирования со ссылкой на источник."
    assert bp.is_boilerplate(note)
    assert not bp.is_boilerplate("Материалы дела доступны суду с понедельника, сообщил адвокат.")


def test_a_wire_slug_field_is_no_section() -> None:
    lines = [
        "EXAMPLE NEWSWIRE",
        "Slug: Rail closure towns",
        "Transmitted: 25/11/2025 14:32 GMT",
        "Rail line between towns to close for a week",
        "By Jane Roe, Transport Correspondent",
        EN_PROSE,
        EN_MORE,
        "ENDS",
        "Copyright Example Wire Media 2025. All rights reserved.",
    ]
    [article] = articles_of("wire.odt", odt_with(lines))
    assert article.section == ""
    assert article.source == "Example Wire Media"  # the copyright under the end mark names it
    assert article.title == "Rail line between towns to close for a week"


def test_a_newsroom_letterhead_category_line_and_end_mark() -> None:
    lines = [
        "Example Rail",
        "Media centre",
        "Rail line between towns to close for a week",
        "Regions & Routes: North & East | Tuesday 25 Nov 2025",
        EN_PROSE,
        EN_MORE,
        "ENDS",
        "Notes to editors",
        "Example Rail runs the railway between the towns.",
    ]
    [article] = articles_of("release.docx", docx_with(lines, table=False))
    assert (article.source, article.section) == ("Example Rail", "North & East")
    assert article.published == datetime(2025, 11, 25)
    assert "ENDS" not in article.body and "editors" not in article.body


def test_a_review_with_credits_under_the_headlines_splits_into_clippings() -> None:
    first = (
        "Авиакомпании сократят число рейсов из города этой зимой, сообщили в аэропорту, "
        "а часть направлений на юг перевозчики выполнят только в праздничные недели."
    )
    second = (
        "Аэропорт с первого декабря изменит схему подъезда к терминалу: такси больше не "
        "смогут останавливаться у входа, высадка переедет на новую площадку рядом."
    )
    more = (
        "В аэропорту объясняют решение постоянными пробками на въезде в утренние и вечерние "
        "часы, остановка у терминала сохранится только для автобусов и служебных машин."
    )
    lines = [
        "Обзор СМИ",
        "Пресс-служба аэропорта · 26.11.2025",
        "Содержание",
        "1. Рейсов зимой станет меньше",
        "2. Такси не пустят к терминалу",
        "Рейсов зимой станет меньше",
        "Example.ru | Экономика | 25.11.2025",
        first,
        more,
        "Ссылка: https://example.ru/news/1",
        "Такси не пустят к терминалу",
        "Example Online | Общество | 24.11.2025, 18:47",
        second,
        more,
        "Материалы обзора предназначены только для внутреннего использования.",
    ]
    one, two = articles_of("obzor.docx", docx_with(lines, table=False))
    assert (one.title, one.section) == ("Рейсов зимой станет меньше", "Экономика")
    assert one.published == datetime(2025, 11, 25)
    assert (two.source, two.section) == ("Example Online", "Общество")
    assert two.published == datetime(2025, 11, 24, 18, 47)
    assert "Ссылка" not in one.body and "внутреннего" not in two.body
