"""Did-you-mean and key terms: the engine-free ranking and the Whoosh-backed helpers."""

from __future__ import annotations

import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from app.index.analysis import analyzer
from app.index.suggest import article_key_terms, did_you_mean, suggest_word
from app.lang.keyterms import key_terms
from app.lang.spelling import edit_distance, rank_suggestions
from app.model import Article


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("lukashenko", "lukashenko", 0),
        ("lukahsenko", "lukashenko", 1),
        ("tokajew", "tokaew", 1),
        ("kasachstan", "kazakhstan", 2),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance


def test_edit_distance_gives_up_early() -> None:
    assert edit_distance("getreideterminal", "umsatz", limit=2) == 3


def test_ranking_prefers_fewer_edits_then_sound_then_frequency() -> None:
    candidates = [("lukashenko", 5), ("lukas", 400), ("lukaschenko", 3)]
    assert rank_suggestions("Lukahsenko", candidates)[0] == "lukashenko"
    assert rank_suggestions("Tokaew", [("tokarew", 50), ("tokajew", 3)])[0] == "tokajew"


def test_the_word_itself_is_never_suggested() -> None:
    assert rank_suggestions("Minsk", [("minsk", 10)]) == []


@pytest.fixture(scope="module")
def reader():
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=analyzer("exact")))
    ix = RamStorage().create_index(schema)
    texts = [
        "Lukaschenko empfängt Tokajew in Minsk",
        "Lukaschenko spricht über den Warenumsatz mit Kasachstan",
        "Getreideterminal im Hafen eröffnet",
    ] + [f"Meldung {i} über Weizen und Kasachstan" for i in range(60)]
    with ix.writer() as writer:
        for i, text in enumerate(texts):
            writer.add_document(id=str(i), body=text)
    with ix.reader() as r:
        yield r


def test_suggest_word_from_the_index(reader) -> None:
    assert suggest_word(reader, "Lukaschenka") == ["lukaschenko"]
    assert suggest_word(reader, "Lukaschenko") == []  # known: no suggestion


def test_did_you_mean_keeps_the_query_syntax(reader) -> None:
    assert did_you_mean(reader, "Lukashenko AND title:Minsk -Weizen") == (
        "Lukaschenko AND title:Minsk -Weizen"  # in the case typed
    )
    assert did_you_mean(reader, "Kasachstn OR Getreideterminl") == (
        "Kasachstan OR Getreideterminal"
    )
    assert did_you_mean(reader, "Kasachstan") is None


def test_a_word_the_search_finds_is_no_typo(reader) -> None:
    """*Hafe* is one edit from *Hafen*, yet a search that finds it (a stem, a compound's
    part) proves it is a word of the archive."""
    assert did_you_mean(reader, "Hafe OR Weizn") == "Hafen OR Weizen"
    found = {"hafe"}.__contains__
    assert did_you_mean(reader, "Hafe OR Weizn", found=lambda w: found(w.lower())) == (
        "Hafe OR Weizen"
    )


def test_key_terms_without_an_index() -> None:
    terms = key_terms(
        "Belarus und Kasachstan wollen ihren Warenumsatz steigern",
        "Der Warenumsatz zwischen Belarus und Kasachstans Regionen soll wachsen. Der Botschafter "
        "sagte, der Warenumsatz werde 2030 zwei Milliarden erreichen.",
        "de",
        limit=4,
    )
    assert terms[0] == "Warenumsatz"
    assert "Kasachstan" in terms and "Kasachstans" not in terms  # one name, one tag
    assert not {"der", "und", "ihren", "2030"} & {t.lower() for t in terms}


def test_article_key_terms_use_index_frequencies(reader) -> None:
    article = Article(
        title="Kasachstan und Lukaschenko", body="Lukaschenko besucht den Hafen.", language="de"
    )
    terms = article_key_terms(reader, article, limit=2)
    assert terms[0] == "Lukaschenko"  # Kasachstan is in most documents of this archive
