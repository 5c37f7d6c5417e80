"""German decompounding: recall for real compounds, precision for look-alikes."""

from __future__ import annotations

import pytest

from app.lang.compounds import singular_of_latin_plural, split_compound


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("warenumsatz", ("ware", "umsatz")),
        ("getreideterminal", ("getreide", "terminal")),
        ("wirtschaftsforum", ("wirtschaft", "forum")),  # linking -s-
        ("weideflächen", ("weide", "flächen")),
        ("stadtrat", ("stadt", "rat")),  # a short head from the list
        ("aufsichtsrat", ("aufsicht", "rat")),
        ("regierungsdelegation", ("regierung", "delegation")),
        ("bundesregierung", ("bund", "regierung")),  # linking -es-, frequent compound
        ("erdgasleitung", ("erdgas", "leitung")),
        ("hauptstraße", ("haupt", "strasse")),
    ],
)
def test_compounds_split(word: str, parts: tuple[str, ...]) -> None:
    assert split_compound(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "gerät",  # not ge + rät: parts are at least four letters
        "ratte",  # not rat + te: the head must be a word
        "separat",  # not sepa + rat: sepa is rarer than separat itself
        "unternehmen",  # not untere + nehmen
        "verrat",
        "vorrat",
        "heirat",
        "kandidat",
        "apparat",
        "material",
        "verband",
        "umsatz",
        "rat",
        "ei",
    ],
)
def test_words_that_only_look_like_compounds_stay_whole(word: str) -> None:
    assert split_compound(word) == ()


def test_eisenbahn_never_yields_ei() -> None:
    assert "ei" not in split_compound("eisenbahn")


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("foren", "forum"),
        ("zentren", "zentrum"),
        ("gremien", "gremium"),
        ("ministerien", "ministerium"),
        ("themen", "thema"),
        ("wirtschaftsforen", "wirtschaftsforum"),
    ],
)
def test_latin_plurals(plural: str, singular: str) -> None:
    assert singular_of_latin_plural(plural) == singular


@pytest.mark.parametrize("word", ["banken", "marken", "listen", "boden", "staaten", "regionen"])
def test_ordinary_plurals_are_left_to_the_stemmer(word: str) -> None:
    assert singular_of_latin_plural(word) == word
