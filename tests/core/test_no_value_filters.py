"""Clippings without a source, tags or date: counted in the facets, found by ``field:""``."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.model import Article, QueryError


@pytest.fixture
def mixed(archive):
    ids = {}
    for key, source, tags, published in [
        ("reuters", "Reuters", ["Grain"], datetime(2025, 3, 4)),
        ("tass", "TASS", [], datetime(2024, 5, 6)),
        ("nosource", "", ["Grain/Wheat"], datetime(2025, 1, 2)),
        ("bare", "", [], None),
    ]:
        article = Article(
            title=f"Wheat report {key}",
            body=f"Wheat harvest figures, as reported by desk {key}.",
            source=source,
            language="en",
            published=published,
        )
        ids[key] = archive.add(article, tags=tags).id
    archive.add(Article(title="Barley", body="Barley only.", source="Reuters", language="en"))
    return archive, ids


def found(archive, query: str) -> set[int]:
    return set(archive.search(query, limit=None).ids)


def test_facets_count_the_matches_without_a_value(mixed):
    archive, _ids = mixed
    facets = archive.search("wheat").facets
    assert facets["sources"] == {"Reuters": 1, "TASS": 1}
    assert facets["missing"] == {"sources": 2, "years": 1, "tags": 2}
    assert sum(facets["sources"].values()) + facets["missing"]["sources"] == 4
    # a source on every match: no "(no source)" count at all
    assert archive.search("barley").facets["missing"] == {"years": 1, "tags": 1}


def test_missing_counts_follow_a_new_clipping(mixed):
    """The empty-value codes and the tagged docnums are cached with the columns: a new
    clipping (new columns) is counted, not the cache of the ones before."""
    archive, _ids = mixed
    assert archive.search("wheat").facets["missing"] == {"sources": 2, "years": 1, "tags": 2}
    day = datetime(2025, 6, 7)
    late = Article(title="Wheat late", body="Wheat again.", language="en", published=day)
    archive.add(late)
    tagged = Article(title="Wheat tagged", body="Wheat.", source="AP", language="en", published=day)
    archive.add(tagged, tags=["Grain"])
    assert archive.search("wheat").facets["missing"] == {"sources": 3, "years": 1, "tags": 3}


def test_empty_value_finds_the_clippings_without_one(mixed):
    archive, ids = mixed
    assert found(archive, 'wheat source:""') == {ids["nosource"], ids["bare"]}
    assert found(archive, 'wheat -source:""') == {ids["reuters"], ids["tass"]}
    assert found(archive, 'tag:""') >= {ids["tass"], ids["bare"]}
    assert ids["reuters"] not in found(archive, 'tag:""')
    assert found(archive, 'wheat date:""') == {ids["bare"]}
    assert found(archive, 'wheat tag:"" source:""') == {ids["bare"]}
    total = archive.search("wheat").total
    assert len(found(archive, 'wheat source:""')) + len(found(archive, 'wheat -source:""')) == total


def test_empty_value_after_a_delete_and_for_other_fields(mixed):
    archive, ids = mixed
    archive.delete([ids["bare"]])
    assert found(archive, 'wheat source:""') == {ids["nosource"]}
    assert ids["bare"] not in found(archive, 'author:""')
    with pytest.raises(QueryError, match='source:""'):
        archive.search('lang:""')
