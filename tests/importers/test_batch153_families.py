"""Families of blind batch 153 (mail): a rubric set as a hashtag, a Latin brand paired by a
dash with the outlet's Cyrillic name in a notice, a press office's company as printed, an
outlet's own Cyrillic name as byline."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.sections import plain_section
from app.importers.sitename import dashed_latin_name, office_company


@pytest.mark.parametrize(
    ("section", "plain"),
    [("#Город", "Город"), ("#Wirtschaft", "Wirtschaft"), ("#Sport", "Sport")],
)
def test_hashtag_rubric_loses_its_mark(section: str, plain: str) -> None:
    assert plain_section(section) == plain


@pytest.mark.parametrize("section", ["#1 Hits", "C# News", "Politik"])
def test_no_hashtag_rubric_stays(section: str) -> None:
    assert plain_section(section) == section


@pytest.mark.parametrize(
    ("name", "lines", "latin"),
    [
        (
            "Орловские вести",
            ["Отписаться", "© 2025 OrelToday — информационное агентство «Орловские вести»."],
            "OrelToday",
        ),
        (
            "«Северный курьер»",
            ["© 2003-2025 North Courier - газета «Северный курьер»"],
            "North Courier",
        ),
        ("Пример Инфо", ["Copyright © PrimerInfo – издание Пример Инфо, 16+"], "PrimerInfo"),
    ],
)
def test_dashed_latin_name(name: str, lines: list[str], latin: str) -> None:
    assert dashed_latin_name(name, lines) == latin


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("Орловские вести", ["© 2025 Орловские вести. Все права защищены."]),
        ("Орловские вести", ["© 2025 OrelToday — агентство «Другие новости»"]),
        ("Example News", ["© 2025 ExampleNews — Example News"]),
    ],
)
def test_dashed_latin_name_look_alikes(name: str, lines: list[str]) -> None:
    assert dashed_latin_name(name, lines) == ""


@pytest.mark.parametrize(
    ("sender", "text", "firm"),
    [
        ("Пресс-служба Примертел", "О компании\nПАО «Примертел» — оператор.", "ПАО «Примертел»"),
        ("Пресс-центр «Стальпример»", "АО «Стальпример» сообщает", "АО «Стальпример»"),
        ("пресс-служба Водоканал", "Учредитель: ООО «Водоканал»", "ООО «Водоканал»"),
    ],
)
def test_office_company(sender: str, text: str, firm: str) -> None:
    assert office_company(sender, text) == firm


@pytest.mark.parametrize(
    ("sender", "text"),
    [
        ("Пресс-служба Министерства финансов", "Министерство финансов сообщает"),
        ("Пресс-служба Примертел", "«Примертел» подключил сёла"),
        ("Иван Петров", "ПАО «Иван Петров»"),
    ],
)
def test_office_company_look_alikes(sender: str, text: str) -> None:
    assert office_company(sender, text) == ""


_PASTE = """Северная Лента Новостей
Главная / Новости / Общество
Общество
26 ноября 2025, 14:20
В Примерске откроют новый мост через реку
Автор: Северная Лента Новостей

Новый мост через реку Примерку откроют для движения в декабре, сообщили в администрации города.
Работы ведутся с весны прошлого года, стоимость проекта составила около двух миллиардов рублей.

Подрядчик завершил укладку асфальта и монтаж освещения, сейчас идут испытания конструкции.

© 2006-2025 Северная Лента Новостей. Все права защищены.
"""


def test_outlet_name_as_byline_is_no_author() -> None:
    article = extract("lenta.txt", _PASTE.encode())[0].article
    assert article.source == "Severnaya Lenta Novostey"
    assert article.author == ""


_ROW_DIGEST = """From: Example Monitor <report@monitor.example>
To: client@example.org
Subject: Daily report - 2 clips
Date: Thu, 27 Nov 2025 06:30:00 +0100
Content-Type: text/plain; charset=utf-8

Example Monitor - Daily report
Client: Example Association | Topic: Ski season

==============================================================
Clip 1 of 2
Outlet: Alpine Courier | Date: 26.11.2025 | Page: 17 | Desk: Business
Reach: 287.000 | Circulation: 76.400 | Tone: neutral
--------------------------------------------------------------
Lift passes rise by five percent on average this winter
By Mara Stone

Skiing in the valley will cost more again this winter. A survey of 41 resorts shows that day
passes rose by five percent on average against last season, the chamber of commerce said.

Operators point to higher energy and staff costs and promise early-booking discounts.

==============================================================
Clip 2 of 2
Outlet: Lake Weekly | Date: 27.11.2025 | Page: 4 | Desk: Region
Reach: 148.000 | Circulation: 141.000 | Tone: positive
--------------------------------------------------------------
New gondola opens at the lakeside resort in December

The resort's new ten-seat gondola will start running on 5 December, replacing a lift from the
1980s and carrying up to 3,200 people an hour, nearly twice as many as before.

The cabins are step-free and carry mountain bikes in summer, the operator said on Wednesday.
"""


def test_monitoring_rows_set_apart_by_bars_are_each_clips_fields() -> None:
    items = [x.article for x in extract("report.eml", _ROW_DIGEST.encode())]
    assert [(a.source, a.section, a.published.date().isoformat()) for a in items] == [
        ("Alpine Courier", "Business", "2025-11-26"),
        ("Lake Weekly", "Region", "2025-11-27"),
    ]
    assert all("Reach:" not in a.body and "Tone:" not in a.body for a in items)


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Medium: Alpenblatt | Datum: 26.11.2025 | Ressort: Wirtschaft", 3),
        ("Издание: Пример | Дата: 26.11.2025 | Рубрика: Общество", 3),
        ("Reach: 287.000 | Tone: neutral", 2),
        ("News | Sport | Weather", 1),
        ("Politik: Der Streit geht weiter | Seite 3", 1),
    ],
)
def test_field_cells(line: str, cells: int) -> None:
    from app.importers.mail import _field_cells

    assert len(_field_cells(line).split("\n")) == cells
