"""A ``source:`` word finds the source names it is a whole word of, across hyphens:
analysts typed ``source:Interfax`` and missed "Interfax-Kazakhstan", ``source:Zeitung``
and missed "Börsen-Zeitung" (the field holds each name as one term)."""

from __future__ import annotations

import pytest

from app.index.compile import words_within
from app.model import Article

SOURCES = {
    "kz": "Interfax-Kazakhstan",
    "ifx": "Interfax",
    "boez": "Börsen-Zeitung",
    "sz": "Süddeutsche Zeitung",
    "slash": "Reuters/Ipsos",
}


@pytest.fixture
def filled(archive):
    articles = {
        key: Article(title=f"Bericht {key}", body="Text.", source=source, language="de")
        for key, source in SOURCES.items()
    }
    return archive, {key: archive.add(a).id for key, a in articles.items()}


def found(archive, query: str) -> set[int]:
    return set(archive.search(query, limit=None).ids)


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("source:Interfax", {"kz", "ifx"}),
        ('source:"Interfax"', {"kz", "ifx"}),  # a quoted word: still a word of the name
        ("source:Kazakhstan", {"kz"}),
        ("source:Zeitung", {"boez", "sz"}),
        ("source:Borsen", {"boez"}),
        ("source:Ipsos", {"slash"}),
        ('source:"Interfax Kazakhstan"', {"kz"}),  # a space for the hyphen
        ("source:Börsen-Zeitung", {"boez"}),
        ('source:"Zeitung Börsen"', set()),  # a phrase keeps its order
        ('source:"Interfax Zeitung"', set()),
        ("source:Inter", set()),  # a part of a word is no word
        ("source:Inter*", {"kz", "ifx"}),
        ("-source:Interfax", {"boez", "sz", "slash"}),
    ],
)
def test_a_word_of_a_compound_source_name_finds_it(filled, query: str, keys: set[str]) -> None:
    archive, ids = filled
    assert found(archive, query) == {ids[key] for key in keys}


def test_the_pattern_is_whole_words_side_by_side() -> None:
    import re

    pattern = re.compile(words_within("interfax kazakhstan"))
    assert pattern.match("interfax-kazakhstan") and pattern.match("agency interfax kazakhstan")
    assert not pattern.match("interfax-kazakhstanskaya") and not pattern.match("kazakhstan")
    assert re.compile(words_within("a.b (c)")).match("x a-b c")  # syntax characters are text
