"""A phrase of capitalised words is a name, and finds it as its words alone do: "Warren
Buffett" missed "Уоррен Баффет" (*Warren* has no key: a warren is a word) and "Warren
Buffet" (a buffet is a word too), which ``Buffett`` alone finds or should."""

from __future__ import annotations

import pytest

from app.lang.names import english_w, raw_name_key, sound_alikes
from app.model import Article

ARTICLES = {
    "ru": Article(title="Инвестор", body="Американский инвестор Уоррен Баффет продал акции.",
                  language="ru"),
    "en": Article(title="Cash", body="Warren Buffett's firm holds cash.", language="en"),
    "misspelt": Article(title="Meeting", body="They came to hear Warren Buffet.", language="en"),
    "hotel": Article(title="Hotel Buffet Prices Rise", body="Buffet prices rose.", language="en"),
    "ru_buffet": Article(title="Вокзал", body="Буфет открылся. Уоррен пришёл.", language="ru"),
    "ru_walter": Article(title="Встреча", body="Госсекретарь Уолтер Монро прибыл.", language="ru"),
}  # fmt: skip


@pytest.fixture
def filled(archive):
    return archive, {key: archive.add(a).id for key, a in ARTICLES.items()}


def found(archive, query: str) -> set[int]:
    return set(archive.search(query, limit=None).ids)


@pytest.mark.parametrize("query", ['"Warren Buffett"', '"Warren Buffet"'])
def test_a_name_phrase_finds_every_spelling_of_the_name(filled, query: str) -> None:
    archive, ids = filled
    assert found(archive, query) == {ids["ru"], ids["en"], ids["misspelt"]}


def test_the_words_alone_stay_words(filled) -> None:
    archive, ids = filled
    assert found(archive, "Buffet") == {ids["misspelt"], ids["hotel"]}
    assert found(archive, '"Hotel Buffet"') == {ids["hotel"]}
    assert found(archive, '"warren buffett"') == {ids["en"]}  # lower case: no name


def test_english_w_is_russian_u(filled) -> None:
    archive, ids = filled
    assert found(archive, "Walter") == {ids["ru_walter"]}
    assert english_w("Warren", raw_name_key("Warren")) == ("uaren", "uoren")
    assert english_w("Viktor", raw_name_key("Viktor")) == ()  # a v is в


def test_sound_alikes_are_the_common_words_of_a_refused_key() -> None:
    assert "buffet" in sound_alikes("Buffett") and sound_alikes("Buffett")[0] == "buffett"
    assert sound_alikes("Lukashenko") == ("lukashenko",)
