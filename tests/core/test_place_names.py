"""A capitalised search word that names a place finds its other names too, which no
transliteration meets (*Ägypten*, *Egypt*, *Египет*): found by typing analysts' queries
against a 3,049-article tryout archive, where "Ägypten" missed the Russian and English
clippings about grain for Egypt."""

from __future__ import annotations

import pytest

from app.model import Article
from app.query.aliases import alias_table
from app.query.exonyms import foreign_in

DE = Article(title="Getreide", body="Belarus liefert mehr Getreide nach Ägypten.", language="de")
EN = Article(title="Grain", body="Belarus will ship more grain to Egypt.", language="en")
RU = Article(title="Зерно", body="Беларусь увеличит поставки зерна в Египет.", language="ru")
TURKEY = Article(title="Thanksgiving", body="The turkey was roasted for hours.", language="en")
TUERKEI = Article(title="Reise", body="Die Türkei meldet mehr Urlauber.", language="de")


@pytest.fixture
def filled(archive):
    articles = {"de": DE, "en": EN, "ru": RU, "turkey": TURKEY, "tuerkei": TUERKEI}
    return archive, {key: archive.add(a).id for key, a in articles.items()}


@pytest.mark.parametrize("query", ["Ägypten", "Egypt", "Египет", "Египте"])
def test_a_country_finds_its_names_in_every_language(filled, query: str) -> None:
    archive, ids = filled
    assert set(archive.search(query, limit=None).ids) == {ids["de"], ids["en"], ids["ru"]}


def test_with_other_words_it_still_narrows(filled) -> None:
    archive, ids = filled
    assert archive.search("Getreide Ägypten", limit=None).ids == [ids["de"]]
    assert archive.search("Ägypten lang:ru", limit=None).ids == [ids["ru"]]


def test_a_lower_case_word_is_a_word(filled) -> None:
    archive, ids = filled
    assert archive.search("turkey", limit=None).ids == [ids["turkey"]]
    assert archive.search("Türkei", limit=None).ids == [ids["tuerkei"]]  # no roast turkey


@pytest.mark.parametrize("query", ["Aegypten", "Agypten", "AEGYPTEN"])
def test_an_umlaut_typed_as_its_digraph_or_dropped_finds_the_same(filled, query: str) -> None:
    archive, ids = filled  # was the German clipping alone: the list was asked for "aegypten"
    assert set(archive.search(query, limit=None).ids) == {ids["de"], ids["en"], ids["ru"]}


def test_every_spelling_of_a_listed_name_finds_its_group() -> None:
    table = alias_table([("Munich", "München", "Мюнхен"), ("Zurich", "Zürich", "Цюрих")])
    assert table["muenchen"] == table["munchen"] == table["münchen"] == table["munich"]
    assert table["zuerich"] == table["zurich"]
    assert "muenich" not in table  # only an umlaut has a digraph


AUSTRIA = {
    "de": ("Milch", "Österreich exportiert weniger Käse.", "de"),
    "club": ("Derby", "Austria Wien gewann gegen Rapid.", "de"),
    "agency": ("Meldung", "Das berichtete die Austria Presse Agentur.", "de"),
    "en": ("Dairy", "Austria ships less cheese.", "en"),
    "ru": ("Молоко", "Австрия сократила экспорт сыра.", "ru"),
}


@pytest.fixture
def austria(archive):
    return archive, {
        key: archive.add(Article(title=title, body=body, language=lang)).id
        for key, (title, body, lang) in AUSTRIA.items()
    }


@pytest.mark.parametrize("query", ["Österreich", "Oesterreich", "Австрия", "Австрии"])
def test_a_place_does_not_find_its_english_name_inside_a_german_name(austria, query) -> None:
    """A German text writes *Austria* in names (*Austria Wien*, *Austria Presse Agentur*):
    *Österreich* found them; it finds the country's names in English and Russian texts."""
    archive, ids = austria
    assert set(archive.search(query, limit=None).ids) == {ids["de"], ids["en"], ids["ru"]}


def test_the_name_as_typed_is_found_in_every_language(austria) -> None:
    archive, ids = austria
    assert set(archive.search("Austria", limit=None).ids) == set(ids.values())


def test_the_languages_a_name_is_foreign_in() -> None:
    assert foreign_in(("Austria", "Österreich", "Австрия")) == {
        "Austria": {"de", "ru"},
        "Österreich": {"ru"},
    }
    assert foreign_in(("Moscow", "Moskau", "Москва")) == {
        "Moscow": {"de", "ru"},
        "Moskau": {"en", "ru"},
    }
    assert foreign_in(("Minsk", "Мінск", "Минск")) == {"Minsk": {"ru"}}
