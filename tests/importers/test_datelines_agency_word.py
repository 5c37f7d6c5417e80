"""Datelines that name the agency after the word for news agency ("— ИА Name.") or set a
mixed-case place before a slashed credit ("Город, 22 апреля /ИА «Name»/.")."""

from __future__ import annotations

import pytest

from app.importers.agency import parse_dateline
from app.importers.profiles import load_profiles
from tests.importers.makers import articles_of, odt_with


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Калининград, 3 сентября 2025, 11:05 — ИА Пример. Завод", "Калининград", "Пример"),
        ("Псков, 5 мая 2025 — информационное агентство Вестник. Текст", "Псков", "Вестник"),
        ("Ташкент, 22 апреля /ИА «Пример»/. Узбекистан и", "Ташкент", "Пример"),
    ],
)
def test_agency_named_after_the_agency_word(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line, load_profiles())
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(
    "line",
    [
        "Москва, 3 сентября 2025 — агентство недвижимости сообщило о росте цен на жильё.",
        "Иван Петров, 5 мая /фото/ и другие материалы",
    ],
)
def test_sentences_are_no_datelines(line: str) -> None:
    found = parse_dateline(line, load_profiles())
    assert found is None or found.agency == ""


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Гагра. 14 мая. Примерпресс. Курортный сезон открылся", "Гагра", "Примерпресс"),
        ("Tiraspol. 3 March. Novostipress. The council voted", "Tiraspol", "Novostipress"),
    ],
)
def test_agency_in_ordinary_case_between_full_stops(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line, load_profiles())
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_stopped_word_after_a_full_date_is_no_credit() -> None:
    found = parse_dateline("Гагра. 14 мая 2025 года. Курорт открылся в субботу.", load_profiles())
    assert found is None or found.agency == ""


def test_stopped_agency_gives_the_dateline_of_a_document() -> None:
    paragraphs = [
        "Примерпресс",
        "Туристы возвращаются на побережье",
        "Гагра. 14 мая. Примерпресс. Курортный сезон открылся раньше обычного, сообщили в "
        "министерстве туризма. Гостиницы заполнены на две трети.",
        "Власти ожидают до миллиона гостей за лето, это больше, чем в прошлом году.",
    ]
    (article,) = articles_of("lenta.odt", odt_with(paragraphs))
    assert article.dateline == "Гагра"
