"""Datelines that name the agency after the word for news agency ("— ИА Name.") or set a
mixed-case place before a slashed credit ("Город, 22 апреля /ИА «Name»/.")."""

from __future__ import annotations

import pytest

from app.importers.agency import parse_dateline
from app.importers.profiles import load_profiles


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
