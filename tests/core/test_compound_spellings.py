"""A German compound and its parts written apart find each other (*Energiepolitik*,
"Energie-Politik", "Energie Politik"), and a phrase of names is no match on one word's key
alone; found by typing analysts' queries against a 3,049-article tryout archive."""

from __future__ import annotations

import pytest

from app.model import Article

CLOSED = Article(title="Koalition", body="Die Energiepolitik steht in der Kritik.", language="de")
HYPHEN = Article(title="Länder", body="Die Energie-Politik der Länder ist offen.", language="de")
APART = Article(title="Preise", body="Die Energie wird teurer, sagt die Politik.", language="de")
EXPORTS = Article(title="Handel", body="Die Getreideexporte nach Ägypten steigen.", language="de")
RUSSIAN = Article(title="Инвестор", body="Инвестор Уоррен Баффет продал акции.", language="ru")


@pytest.fixture
def filled(archive):
    articles = {"closed": CLOSED, "hyphen": HYPHEN, "apart": APART, "exports": EXPORTS}
    articles["ru"] = RUSSIAN
    return archive, {key: archive.add(a).id for key, a in articles.items()}


def test_a_compound_finds_its_parts_side_by_side_and_ranks_itself_first(filled) -> None:
    archive, ids = filled
    assert archive.search("Energiepolitik", limit=None).ids == [ids["closed"], ids["hyphen"]]


@pytest.mark.parametrize("query", ["Energie-Politik", '"Energie Politik"'])
def test_parts_written_apart_find_the_compound(filled, query: str) -> None:
    archive, ids = filled
    # was the hyphenated article alone, and the one with both words far apart too, found
    # by their name keys anywhere in it
    assert set(archive.search(query, limit=None).ids) == {ids["closed"], ids["hyphen"]}


def test_a_head_the_splitter_does_not_know_still_joins(filled) -> None:
    archive, ids = filled
    assert archive.search('"Getreide Export"', limit=None).ids == [ids["exports"]]


def test_words_apart_are_still_both_words(filled) -> None:
    archive, ids = filled
    assert set(archive.search("Energie Politik", limit=None).ids) == {
        ids["closed"], ids["hyphen"], ids["apart"]
    }  # fmt: skip


def test_a_possessive_name_still_crosses_scripts(filled) -> None:
    archive, ids = filled
    assert ids["ru"] in archive.search("Buffett's", limit=None).ids
