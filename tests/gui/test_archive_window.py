"""``Archive.search_window``: all ids of a result, rows only for the first few."""

from __future__ import annotations

import pytest

from app.model import ClippingsError, QueryError


def test_window_has_all_ids_and_few_rows(archive):
    result = archive.search_window("", first=2)
    assert result.total == 4
    assert len(result.ids) == 4
    assert [h.id for h in result.hits] == result.ids[:2]


def test_window_marks_terms_and_sorts(archive):
    result = archive.search_window("wheat", sort="title", first=10)
    assert result.total == 2
    titles = [h.title for h in result.hits]
    assert titles == sorted(titles, key=str.casefold)
    assert all("<b>" in h.snippet.lower() for h in result.hits)
    assert set(result.facets) >= {"tags", "sources", "languages", "years"}


def test_window_without_snippets_gives_opening_words(archive):
    plain = archive.search_window("wheat", first=10, snippets=False)
    marked = archive.hits([h.id for h in plain.hits], "wheat")
    assert [h.id for h in plain.hits] == [h.id for h in marked]
    assert not any("<b>" in h.snippet.lower() for h in plain.hits)
    assert all("<b>" in h.snippet.lower() for h in marked)


def test_window_rejects_bad_input(archive):
    with pytest.raises(QueryError):
        archive.search_window("nosuchfield:x")
    with pytest.raises(ClippingsError):
        archive.search_window("", sort="colour")
