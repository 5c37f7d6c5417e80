"""An umlaut tells words apart (*Wahlen*/*wählen*, *Maße*/*Masse*): the word as typed ranks
above its folded spellings, which are still found. And a name whose key common words share
(*Buffett*: *buffet*, *Büfett*, *буфет*) still crosses scripts, both ways, while those words
do not meet it."""

from __future__ import annotations

import pytest

from app.index.analysis import analyzer
from app.lang.names import name_like, query_key
from app.model import Article

ELECTION = Article(
    title="Kasachstan bereitet Parlamentswahlen vor",
    body="Die Vorbereitung der Wahlen läuft. Beobachter erwarten freie Wahlen.",
    language="de",
)
VERBS = [
    Article(title="Warum Junge anders wählen", body="Junge Menschen wählen anders.", language="de"),
    Article(title="Was Bauern wählen", body="Bauern wählen konservativ.", language="de"),
    Article(title="Kern empfiehlt, Häupl zu wählen", body="Er wirbt um Stimmen.", language="de"),
]
CROWD = Article(
    title="Kundgebung", body="Die Masse der Demonstranten zog zum Platz.", language="de"
)
SIZES = Article(title="Container", body="Die Maße der Container werden genormt.", language="de")
CAMPAIGN = Article(title="Der Wahlkampf beginnt", body="Plakate hängen.", language="de")
VOTERS = Article(title="Die Wähler sind unentschlossen", body="Viele Wähler zögern.", language="de")


@pytest.fixture
def german(archive):
    ids = {"election": archive.add(ELECTION).id}
    ids |= {f"verb{i}": archive.add(a).id for i, a in enumerate(VERBS)}
    for key, article in (("crowd", CROWD), ("sizes", SIZES)):
        ids[key] = archive.add(article).id
    ids |= {"campaign": archive.add(CAMPAIGN).id, "voters": archive.add(VOTERS).id}
    return archive, ids


def test_the_noun_as_typed_ranks_above_the_verb_and_the_verb_is_still_found(german) -> None:
    archive, ids = german
    found = archive.search("Wahlen", limit=None).ids
    assert found[0] == ids["election"]  # was fifth, under the short titles saying "wählen"
    assert {ids[f"verb{i}"] for i in range(3)} <= set(found)
    # typed with its umlaut, the verb leads
    assert archive.search("wählen", limit=None).ids[0] != ids["election"]


def test_umlaut_and_sharp_s_tell_words_apart(german) -> None:
    archive, ids = german
    assert archive.search("Maße", limit=None).ids[0] == ids["sizes"]
    assert archive.search("Masse", limit=None).ids[0] == ids["crowd"]
    # a user who leaves the ß out still finds it, lower
    assert archive.search("Masse", limit=None).ids[1] == ids["sizes"]


def test_a_wildcard_ranks_its_own_letters_first_and_finds_the_umlaut_forms(german) -> None:
    archive, ids = german
    found = archive.search("Wahl*", limit=None).ids
    assert ids["voters"] in found and ids["campaign"] in found
    assert found.index(ids["campaign"]) < found.index(ids["voters"])
    # typed with the umlaut: its own words first (wählen, Wähler), then Wahlkampf
    found = archive.search("Wähl*", limit=None).ids
    assert found.index(ids["voters"]) < found.index(ids["campaign"])


def test_a_phrase_finds_both_spellings_the_typed_one_first(archive) -> None:
    typed = archive.add(
        Article(title="Notiz", body="Die Wahlen in Kasachstan sind im Januar.", language="de")
    ).id
    other = archive.add(
        Article(title="Notiz", body="Sie wählen in Kasachstan im Januar.", language="de")
    ).id
    assert archive.search('"Wahlen in Kasachstan"', limit=None).ids == [typed, other]
    assert archive.search('"wählen in Kasachstan"', limit=None).ids == [other, typed]


def test_a_fallback_match_is_marked_and_did_you_mean_keeps_umlauts(german) -> None:
    archive, ids = german
    hit = next(h for h in archive.search("Wahlen", limit=None).hits if h.id == ids["verb1"])
    assert "<b>wählen</b>" in hit.snippet
    assert archive.suggest("Wählr") == "Wähler"
    assert archive.suggest("Wahlen") is None  # a word of the archive, umlauts aside


def test_exact_fields_keep_umlauts_and_add_the_folded_form() -> None:
    tokens = [(t.text, t.pos) for t in analyzer("exact")("Wählen Straße", positions=True)]
    assert tokens == [("wählen", 0), ("°wahlen", 0), ("straße", 1), ("°strasse", 1)]
    assert [t.text for t in analyzer("exact")("José", mode="index")] == ["jose"]  # accents fold


RU_NAME = Article(
    title="Инвестор продал акции",
    body="Американский инвестор Уоррен Баффет продал акции. Баффета называют успешным.",
    language="ru",
)
EN_NAME = Article(
    title="Berkshire reports record cash",
    body="Warren Buffett's conglomerate said its cash reached a record. Buffett did not comment.",
    language="en",
)
DE_NAME = Article(
    title="Holding meldet Rekordgewinn",
    body="Die Holding von Warren Buffett hat einen Rekordgewinn erzielt.",
    language="de",
)
RU_WORD = Article(
    title="На вокзале открылся буфет", body="Буфет работает круглосуточно.", language="ru"
)
DE_WORD = Article(title="Landtag", body="Das Büfett im Landtag bleibt geschlossen.", language="de")
EN_WORD = Article(title="Hotel Buffet Prices Rise", body="Buffet prices rose.", language="en")


@pytest.fixture
def names(archive):
    articles = {"ru": RU_NAME, "en": EN_NAME, "de": DE_NAME}
    articles |= {"буфет": RU_WORD, "Büfett": DE_WORD, "buffet": EN_WORD}
    return archive, {key: archive.add(a).id for key, a in articles.items()}


def test_a_name_whose_key_common_words_share_crosses_scripts_both_ways(names) -> None:
    archive, ids = names
    name = {ids["ru"], ids["en"], ids["de"]}
    assert set(archive.search("Buffett", limit=None).ids) == name  # was without the Russian
    assert set(archive.search("Баффет", limit=None).ids) == name  # was the Russian alone
    assert set(archive.search("Баффета", limit=None).ids) == name
    # a phrase too: "Warren" has no key of its own (a warren), but a name's words are names
    assert set(archive.search('"Warren Buffett"', limit=None).ids) == name


def test_the_common_words_of_that_key_stay_apart(names) -> None:
    archive, ids = names
    assert archive.search("буфет", limit=None).ids == [ids["буфет"]]
    assert archive.search("Büfett", limit=None).ids == [ids["Büfett"]]
    assert archive.search("Buffet", limit=None).ids == [ids["buffet"]]


def test_only_a_name_like_word_keeps_a_refused_key() -> None:
    assert query_key("Buffett") == "!bufet"
    assert query_key("Büfett") is None and not name_like("Büfett")  # a German noun
    assert query_key("Buffet") is None  # a common word
    assert query_key("buffett") is None  # lower case: no sign of a name
