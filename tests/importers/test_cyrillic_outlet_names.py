"""A Cyrillic outlet name's Latin source: the gazetteer's spelling of the same name, 'РИА'
kept before a place or a number, a logo's word in capitals in ordinary case."""

import pytest

from app.importers.outlets import latin_of_printed
from app.importers.sitename import cased_capitals, latin_name, ria_named, same_name_spelled


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("РИА «Воронеж»", "RIA Voronezh"),
        ("РИА Воронеж", "RIA Voronezh"),
        ("ФедералПресс", "FederalPress"),
        ("Грозный-Информ", "Grozny-Inform"),
        ("Факты", ""),  # a short form of 'Факты и комментарии': no spelling of that name
        ("Пример Несуществующий", ""),
    ],
)
def test_listed_latin_name(printed: str, want: str) -> None:
    assert latin_of_printed(printed) == want


@pytest.mark.parametrize(
    ("theirs", "ours", "same"),
    [
        ("Grozny-Inform", "Groznyy-Inform", True),
        ("RIA Voronezh", "RIA Voronezh", True),
        ("Channel Five", "Pyatyy Kanal", False),
        ("Biznes-Kurs", "BK55", False),
        ("Expert", "Ekspert", False),
        ("NV", "Novoe Vremya", False),
    ],
)
def test_same_name_spelled(theirs: str, ours: str, same: bool) -> None:
    assert same_name_spelled(theirs, ours) is same


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("РИА «Примерск»", "RIA Primersk"),
        ("РИА 12 Регион", "RIA 12 Region"),
        ("РИА «ПримерПресс»", ""),  # a coined brand: its own name
        ("РИА «Примеринформ»", ""),
        ("ИА «Примерск»", ""),  # 'ИА' is a kind, no part of the name
        ("Примерская правда", ""),
    ],
)
def test_ria_kept_before_a_place_or_number(name: str, want: str) -> None:
    got = ria_named(name)
    assert (latin_name(got) if got else "") == want


@pytest.mark.parametrize(
    ("name", "lines", "want"),
    [
        ("ПРИМЕРЫ", [], "Primery"),
        ("ВЕЧЕРНИЙ ПРИМЕРСК", [], "Vecherniy Primersk"),
        ("КОММЕРСАНТЪ", [], "Kommersant"),
        ("ТАСС", [], "TASS"),  # an acronym: too short
        ("ВГТРК", [], "VGTRK"),  # one vowel
        ("ПРАЙМ", [], "PRAYM"),
        ("ПРИСА", ["ПРИСА", "Примерское региональное издательство сетевых агентств"], "PRISA"),
        ("ПРИМОРЕС", ["PRIMORES", "Новости"], "PRIMORES"),  # the logo's Latin capitals
    ],
)
def test_capitals_word_or_acronym(name: str, lines: list[str], want: str) -> None:
    assert latin_name(cased_capitals(name, lines)) == want


def test_ria_credit_under_a_capitals_logo() -> None:
    from app.importers.compose import _logo_spelling, _ria_credited

    lines = ["12 РЕГИОН", "Новости", "© 2025 РИА «12 Регион». Все права защищены."]
    assert _ria_credited("12 РЕГИОН", lines) == "РИА 12 Регион"
    assert _ria_credited("12 РЕГИОН", ["12 РЕГИОН", "© 2025 ИА «12 Регион»"]) == ""
    assert _logo_spelling("PRIMPRES", ["PRIMPRES", "Новости"]) == "PRIMPRES"
    assert _logo_spelling("Primpres", ["Примпрес"]) == ""
    # the name in its own case on the page too: as written there
    assert _logo_spelling("Primtag", ["PRIMTAG", "Информационное агентство Primtag"]) == "Primtag"
