"""An organisation found by any of its names and acronyms (resources/organisations.yaml):
analysts typed ``OSZE`` and missed the English and Russian clippings (OSCE, ОБСЕ), which no
transliteration meets; an acronym that reads as a word (*WHO*: *who*) finds only itself in
capitals."""

from __future__ import annotations

import pytest

from app.index.analysis import analyzer
from app.model import Article

ARTICLES = {
    "de_osze": Article(title="OSZE beobachtet", body="Die OSZE schickt Beobachter.", language="de"),
    "en_osce": Article(title="Observers", body="The OSCE sent observers.", language="en"),
    "ru_obse": Article(title="Наблюдатели", body="Наблюдатели ОБСЕ прибыли.", language="ru"),
    "de_iwf": Article(title="Prognose", body="Der IWF erwartet weniger.", language="de"),
    "en_imf": Article(
        title="Forecast", body="The International Monetary Fund cut it.", language="en"
    ),
    "ru_mvf": Article(title="Прогноз", body="МВФ ожидает замедления.", language="ru"),
    "en_who": Article(title="Alarm", body="The WHO declared an emergency.", language="en"),
    "ru_voz": Article(title="Тревога", body="ВОЗ объявила тревогу.", language="ru"),
    "de_who": Article(title="Alarm", body="Die Weltgesundheitsorganisation warnt.", language="de"),
    "en_pronoun": Article(title="Voters", body="Voters who stayed home were asked.", language="en"),
    "de_eu": Article(title="Sanktionen", body="Die EU beschließt Sanktionen.", language="de"),
    "ru_es": Article(title="Санкции", body="Евросоюз ввёл санкции.", language="ru"),
}


@pytest.fixture
def filled(archive):
    return archive, {key: archive.add(a).id for key, a in ARTICLES.items()}


def found(archive, query: str) -> set[int]:
    return set(archive.search(query, limit=None).ids)


@pytest.mark.parametrize(
    ("queries", "keys"),
    [
        (["OSZE", "OSCE", "ОБСЕ"], {"de_osze", "en_osce", "ru_obse"}),
        (["IWF", "IMF", "МВФ"], {"de_iwf", "en_imf", "ru_mvf"}),
        (["WHO", "ВОЗ", "Weltgesundheitsorganisation"], {"en_who", "ru_voz", "de_who"}),
        (["EU", "ЕС", "Евросоюза"], {"de_eu", "ru_es"}),
    ],
)
def test_every_name_finds_every_other(filled, queries: list[str], keys: set[str]) -> None:
    archive, ids = filled
    for query in queries:
        assert found(archive, query) == {ids[key] for key in keys}, query


def test_an_acronym_in_lower_case_is_a_word(filled) -> None:
    archive, ids = filled
    assert found(archive, "osze") == {ids["de_osze"]}
    # "who" is in lower case in the index too: the word finds the acronym, not the group
    assert found(archive, "who") == {ids["en_who"], ids["en_pronoun"]}


def test_an_acronym_that_reads_as_a_stop_word_is_only_found_in_capitals(filled) -> None:
    archive, ids = filled
    assert ids["en_pronoun"] not in found(archive, "WHO")  # was every "who"
    assert ids["en_pronoun"] not in found(archive, "ВОЗ")
    tokens = [t.text for t in analyzer("translit")("The WHO and who", mode="index")]
    assert tokens == ["^who"]
