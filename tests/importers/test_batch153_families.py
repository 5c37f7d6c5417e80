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
        ("«Северный курьер»", ["© 2003-2025 North Courier - газета «Северный курьер»"], "North Courier"),
        ("Пример Инфо", ["Copyright © PrimerInfo – сетевое издание Пример Инфо, 16+"], "PrimerInfo"),
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
        ("Пресс-служба Примертел", "О компании\nПАО «Примертел» — оператор связи.", "ПАО «Примертел»"),
        ("Пресс-центр «Северсталь-Пример»", "АО «Северсталь-Пример» сообщает", "АО «Северсталь-Пример»"),
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

Новый мост через реку Примерку откроют для движения в декабре, сообщили в администрации города. Работы
ведутся с весны прошлого года, стоимость проекта составила около двух миллиардов рублей.

Подрядчик завершил укладку асфальта и монтаж освещения, сейчас идут испытания конструкции.

© 2006-2025 Северная Лента Новостей. Все права защищены.
"""


def test_outlet_name_as_byline_is_no_author() -> None:
    article = extract("lenta.txt", _PASTE.encode())[0].article
    assert article.source == "Severnaya Lenta Novostey"
    assert article.author == ""
