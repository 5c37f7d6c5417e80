"""``author:`` and ``source:`` read umlaut digraphs as full text does: ``author:Loehr`` and
``source:Sueddeutsche`` found nothing of Löhr in the Süddeutsche (``Mueller`` finds Müller
in a body); a value stored with the digraph is found by its umlaut too."""

from __future__ import annotations

import pytest

from app.model import Article

ARTICLES = {
    "sz": ("Süddeutsche Zeitung", "Hans Löhr"),
    "faz": ("Frankfurter Allgemeine", "Jürgen Mueller"),
    "zeit": ("Die Zeit", "Anna Lohr"),
}


@pytest.fixture
def filled(archive):
    ids = {
        key: archive.add(
            Article(title=f"Bericht {key}", body="Text.", source=source, author=author)
        ).id
        for key, (source, author) in ARTICLES.items()
    }
    return archive, ids


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("author:Löhr", {"sz", "zeit"}),  # an umlaut finds its plain letter, as before
        ("author:Loehr", {"sz"}),
        ("author:Lohr", {"sz", "zeit"}),
        ("author:Mueller", {"faz"}),
        ("author:Müller", {"faz"}),
        ("author:Juergen", {"faz"}),
        ('author:"Hans Loehr"', {"sz"}),
        ("source:Süddeutsche", {"sz"}),
        ("source:Sueddeutsche", {"sz"}),
        ("source:Suddeutsche", {"sz"}),
        ('source:"Sueddeutsche Zeitung"', {"sz"}),
        ("source:Sueddeutsch*", {"sz"}),
        ("Loehr", {"sz"}),  # a bare word finds the byline too
        ("author:Loeh", set()),  # still whole words
    ],
)
def test_field_values_read_digraphs(filled, query: str, keys: set[str]) -> None:
    archive, ids = filled
    assert set(archive.search(query, limit=None).ids) == {ids[k] for k in keys}
