"""Proximity in any order, the Nexis/Factiva operators, ``lang:`` by name, and phrase marks:
through ``Archive.search`` and ``Archive.highlight`` on made-up clippings in de/en/ru."""

from __future__ import annotations

import pytest

from app.model import Article, QueryError

DE = Article(
    title="Kasachstan kauft Traktoren",
    body=(
        "Präsident Tokajew sprach mit Lukaschenko über die Gasleitung. Später reiste die "
        "Delegation nach Minsk, wo über Weizen und viele andere Dinge gesprochen wurde."
    ),
    language="de",
    source="dpa",
)
EN = Article(
    title="Tokayev and Lukashenko discuss grain exports",
    lead="Wheat export duties were cut on Monday.",
    body=(
        "Kazakh President Tokayev discussed grain exports with Alexander Lukashenko. The "
        "export of oil fell. Grain prices were firm. Exports of Kazakh grain rose in the north."
    ),
    language="en",
    source="Reuters",
)
RU = Article(
    title="Экспорт зерна из Казахстана вырос",
    body="Цены на зерна растут. Экспорт нефти падает. Власти обсудили экспорт зерна в Минске.",
    language="ru",
    source="Kazinform",
)
FAR = Article(
    title="Two meetings",
    body=(
        "Lukashenko opened the plant in the morning and spoke about machines, tractors, "
        "fertiliser, the harvest, the weather, prices, roads and the budget at length before "
        "Tokayev arrived."
    ),
    language="en",
    source="Example Wire",
)


@pytest.fixture
def filled(archive):
    ids = {key: archive.add(article).id for key, article in
           (("de", DE), ("en", EN), ("ru", RU), ("far", FAR))}  # fmt: skip
    return archive, ids


def found(archive, query, **kwargs) -> set[int]:
    return set(archive.search(query, limit=None, **kwargs).ids)


def test_proximity_is_either_order_and_a_plain_phrase_stays_ordered(filled):
    archive, ids = filled
    # "Tokajew sprach mit Lukaschenko": the other way round, two apart ("mit", a stop
    # word, is not counted); the names in any spelling, as a single word finds them
    assert found(archive, '"Lukaschenko Tokajew"~10') == {ids["de"], ids["en"]}
    assert found(archive, '"Tokajew Lukaschenko"~10') == {ids["de"], ids["en"]}
    # farther apart than 1 in German; side by side in "Tokayev and Lukashenko" (English title)
    assert found(archive, '"Lukaschenko Tokajew"~1') == {ids["en"]}
    assert found(archive, '"Lukashenko Tokayev"~12') == {ids["de"], ids["en"]}
    assert found(archive, '"Tokayev Lukashenko"~12') == {ids["de"], ids["en"]}
    assert ids["far"] not in found(archive, '"Lukashenko Tokayev"~12')  # 23 words apart
    assert ids["far"] in found(archive, '"Tokayev Lukashenko"~25')
    # no ~N: the words side by side, in order
    assert found(archive, '"grain exports"') == {ids["en"]}
    assert found(archive, '"exports grain"') == set()
    assert found(archive, '"exports grain"~2') == {ids["en"]}  # "Exports of Kazakh grain"


def test_proximity_with_three_words_and_sorted_by_other_orders(filled):
    archive, ids = filled
    # all three inside 2 × 3 words, in any order
    assert found(archive, '"Lukaschenko Präsident Tokajew"~3') == {ids["de"]}
    assert found(archive, '"Lukaschenko Minsk Tokajew"~3') == set()
    for sort in ("relevance", "date", "source", "title"):
        assert found(archive, '"Tokajew Lukaschenko"~10', sort=sort) == {ids["de"], ids["en"]}
        assert found(archive, '"Lukaschenko Minsk Tokajew"~3', sort=sort) == set()


@pytest.mark.parametrize(
    "query",
    [
        "Lukaschenko NEAR/10 Tokajew",
        "Lukaschenko near/10 Tokajew",
        "Lukaschenko w/10 Tokajew",
        "Lukaschenko W/10 Tokajew",
        "Lukaschenko /10/ Tokajew",
        "Lukaschenko near10 Tokajew",
        "Lukaschenko NEAR Tokajew",
        "(Lukaschenko OR Putin) w/5 Tokajew",
        "Tokajew w/5 Lukaschenko lang:de",
    ],
)
def test_nexis_and_factiva_proximity_operators(filled, query):
    archive, ids = filled
    # the names in any spelling: the German and the English clipping
    expected = {ids["de"]} if "lang:de" in query else {ids["de"], ids["en"]}
    assert found(archive, query) == expected


def test_proximity_operators_mean_the_distance_they_say(filled):
    archive, ids = filled
    assert found(archive, "Lukaschenko w/1 Tokajew") == {ids["en"]}  # "Tokayev and Lukashenko"
    assert found(archive, "Lukaschenko w/1 Tokajew lang:de") == set()  # "Tokajew sprach mit …"
    assert found(archive, "Lukaschenko w/2 Tokajew") == {ids["de"], ids["en"]}
    assert found(archive, "Lukashenko NEAR Tokayev") == {ids["de"], ids["en"]}  # 10 words
    assert found(archive, "Lukashenko NEAR/25 Tokayev") == {ids["de"], ids["en"], ids["far"]}
    assert found(archive, "title:Lukashenko w/3 Tokayev") == {ids["en"]}
    assert found(archive, "title:Lukashenko w/3 Minsk") == set()
    # a lower-case "near" is an ordinary word
    assert found(archive, "Lukaschenko near Tokajew") == set()


@pytest.mark.parametrize(
    ("query", "position", "says"),
    [
        ("Lukaschenko NEAR/x Tokajew", 13, "number of words"),
        ("Lukaschenko w/ Tokajew", 13, "number of words"),
        ("NEAR/5 Tokajew", 1, "both sides"),
        ("Lukaschenko NEAR/5", 13, "after it"),
        ("Lukaschenko w/0 Tokajew", 13, "at least 1"),
        ("Lukasch* w/5 Tokajew", 10, "wildcards"),
        ("source:dpa w/5 Tokajew", 12, "metadata"),
    ],
)
def test_a_malformed_proximity_says_where(filled, query, position, says):
    archive, _ = filled
    with pytest.raises(QueryError, match=says) as error:
        archive.search(query)
    assert f"position {position}" in str(error.value)


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("lang:russian", "ru"),
        ("lang:русский", "ru"),
        ("lang:Russisch", "ru"),
        ("lang:RU", "ru"),
        ("lang:deutsch", "de"),
        ("lang:Deutsch", "de"),
        ("lang:german", "de"),
        ("lang:немецкий", "de"),
        ("language:DE", "de"),
        ("lang:english", "en"),
        ("lang:Englisch", "en"),
        ("lang:английский", "en"),
        ('lang:"English"', "en"),
    ],
)
def test_lang_takes_names_and_codes_in_any_case(filled, query, lang):
    archive, ids = filled
    expected = {i for key, i in ids.items() if {"de": "de", "ru": "ru"}.get(key, "en") == lang}
    assert found(archive, query) == expected
    assert found(archive, f"Tokajew {query}") == expected & found(archive, "Tokajew")


def test_an_unknown_language_is_an_error(filled):
    archive, _ = filled
    with pytest.raises(QueryError, match=r"unknown language 'xx'.*use de, en or ru"):
        archive.search("grain lang:xx")
    with pytest.raises(QueryError, match="unknown language 'klingon'"):
        archive.search("lang:klingon")
    assert found(archive, "lang:fr") == set()  # a code the archive may hold: no error


def marked(html: str) -> list[str]:
    return [part.split("</b>")[0] for part in html.split("<b>")[1:]]


def test_a_phrase_marks_its_words_only_where_they_stand_as_the_phrase(filled):
    archive, ids = filled
    result = archive.search('"экспорт зерна"')
    assert result.ids == [ids["ru"]]
    assert marked(result.hits[0].snippet) == ["экспорт", "зерна"]  # not "на зерна растут"
    shown = archive.highlight(ids["ru"], '"экспорт зерна"')
    assert marked(shown["title"]) == ["Экспорт", "зерна"]
    assert marked(shown["body"]) == ["экспорт", "зерна"]

    shown = archive.highlight(ids["en"], '"grain exports"')
    assert marked(shown["title"]) == ["grain", "exports"]
    assert marked(shown["lead"]) == []  # a lone "export"
    assert marked(shown["body"]) == ["grain", "exports"]
    assert marked(archive.search('"grain exports"').hits[0].snippet) == ["grain", "exports"]


def test_proximity_marks_the_words_where_they_are_near(filled):
    archive, ids = filled
    shown = archive.highlight(ids["en"], '"exports grain"~2')
    # "grain exports" and "Exports of Kazakh grain": inside two words ("of" is not counted)
    assert marked(shown["body"]) == ["grain", "exports", "Exports", "grain"]
    assert marked(shown["body"].split("oil")[1]) == ["Exports", "grain"]  # not "Grain prices"
    shown = archive.highlight(ids["de"], "Lukaschenko w/5 Tokajew")
    assert marked(shown["body"]) == ["Tokajew", "Lukaschenko"]


def test_a_word_asked_for_alone_is_still_marked_everywhere(filled):
    archive, ids = filled
    shown = archive.highlight(ids["en"], '"grain exports" export')
    assert marked(shown["lead"]) == ["export"]
    assert marked(archive.highlight(ids["ru"], "зерна")["body"]) == ["зерна", "зерна"]


def test_a_hit_marks_the_title_where_the_phrase_stands(filled):
    archive, _ = filled
    hit = archive.search('"экспорт зерна"').hits[0]
    assert marked(hit.title_marked) == ["Экспорт", "зерна"]
    hit = archive.search('"grain exports"').hits[0]
    assert marked(hit.title_marked) == ["grain", "exports"]
    hit = archive.search("fertiliser").hits[0]  # no word of the title: nothing marked
    assert hit.title_marked == ""
    assert archive.search("grain", snippets=False).hits[0].title_marked == ""
