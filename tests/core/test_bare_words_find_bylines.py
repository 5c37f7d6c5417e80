"""A bare word finds the articles of a source or an author it names, below text mentions.

An analyst types ``Kazinform`` or ``Appenzeller Zeitung`` and expects that outlet's clippings,
whether or not the text repeats the name; ``source:``/``author:`` keep meaning the field only.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.archive import Archive
from app.config import Config
from app.index.engine import STAMP_FILE
from app.model import Article


def _article(title: str, body: str, source: str = "Example Wire", author: str = "") -> Article:
    return Article(
        title=title,
        body=body,
        source=source,
        author=author,
        language="en",
        published=datetime(2025, 11, 20, 9, 0),
    )


@pytest.fixture
def stocked(archive):
    articles = {
        "title": _article("Kazinform opens a bureau in Berlin", "The agency hired ten reporters."),
        "body": _article(
            "Wheat harvest in the north",
            "Farmers reported a record crop this year, Kazinform said on Monday. "
            "Storage remains short in several regions.",
        ),
        "source": _article(
            "Astana hosts a trade fair",
            "Exhibitors from twelve countries came to the fair.",
            source="Kazinform",
        ),
        "appenzell": _article(
            "Landsgemeinde beschliesst neues Schulhaus",
            "Die Stimmberechtigten sagten deutlich Ja zum Projekt.",
            source="Appenzeller Zeitung",
            author="Mirjam Bösch",
        ),
        "mention": _article(
            "Cheese exports grow",
            "The Appenzeller cheese makers sold more abroad.",
        ),
        "tass": _article(
            "Grain talks continue", "Delegations met for a second round.", source="TASS"
        ),
    }
    return archive, {key: archive.add(a).id for key, a in articles.items()}


def found(archive, query: str) -> list[int]:
    return archive.search(query, limit=None).ids


def test_a_source_name_finds_its_articles_ranked_below_title_and_body_mentions(stocked):
    archive, ids = stocked
    assert found(archive, "Kazinform") == [ids["title"], ids["body"], ids["source"]]
    assert found(archive, "kazinform") == [ids["title"], ids["body"], ids["source"]]


def test_a_multi_word_source_by_its_words_its_phrase_and_a_wildcard(stocked):
    archive, ids = stocked
    assert found(archive, "Appenzeller Zeitung") == [ids["appenzell"]]
    assert found(archive, '"Appenzeller Zeitung"') == [ids["appenzell"]]
    assert found(archive, "Zeitung") == [ids["appenzell"]]
    assert set(found(archive, "Appenz*")) == {ids["appenzell"], ids["mention"]}
    # the cheese article says the word in its text: it ranks first
    assert found(archive, "Appenzeller") == [ids["mention"], ids["appenzell"]]


def test_an_author_by_name_folded(stocked):
    archive, ids = stocked
    assert found(archive, "Bösch") == [ids["appenzell"]]
    assert found(archive, "Mirjam Bosch") == [ids["appenzell"]]


def test_a_source_typed_in_another_script_finds_it_by_its_other_names(stocked):
    archive, ids = stocked  # stored as "TASS"; the profile knows ТАСС, ИТАР-ТАСС
    assert found(archive, "ТАСС") == [ids["tass"]]
    assert found(archive, "TASS") == [ids["tass"]]
    assert found(archive, '"ИТАР-ТАСС"') == [ids["tass"]]


def test_fields_keep_their_meaning(stocked):
    archive, ids = stocked
    assert found(archive, "source:Kazinform") == [ids["source"]]
    assert found(archive, "source:Appenzeller") == [ids["appenzell"]]
    assert found(archive, "author:Bösch") == [ids["appenzell"]]
    assert found(archive, "author:Kazinform") == []
    assert found(archive, "title:Kazinform") == [ids["title"]]
    assert found(archive, "body:Kazinform") == [ids["body"]]
    assert set(found(archive, "-Kazinform")) == {ids["appenzell"], ids["mention"], ids["tass"]}


def test_facets_snippets_and_no_did_you_mean_for_a_source(stocked):
    archive, ids = stocked
    result = archive.search("Kazinform", suggest=True)
    assert result.total == 3
    assert result.suggestion is None  # a known source is no typo
    assert result.facets["sources"] == {"Example Wire": 2, "Kazinform": 1}
    by_id = {hit.id: hit for hit in result.hits}
    assert "<b>Kazinform</b>" in by_id[ids["body"]].snippet
    assert by_id[ids["source"]].snippet  # the text's start when only the source matched


def test_an_index_built_before_bylines_is_rebuilt_on_open(tmp_path):
    folder = tmp_path / "archive"
    with Archive.open(folder, config=Config()) as archive:
        wanted = archive.add(_article("Fair", "Twelve countries.", source="Kazinform")).id
    stamp = folder / "index" / STAMP_FILE
    stamp.write_text(json.dumps({**json.loads(stamp.read_text()), "format": 6}))
    messages: list[str] = []
    with Archive.open(folder, config=Config(), on_message=messages.append) as archive:
        assert found(archive, "Kazinform") == [wanted]
    assert any("another version" in m for m in messages)
