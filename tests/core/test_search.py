"""Search through the archive: the query language against a real index."""

from __future__ import annotations

import pytest

from app.model import Article, QueryError
from tests.core.articles import BODY_ONLY, ENGLISH, GERMAN, RUSSIAN, fresh


@pytest.fixture
def filled(archive):
    ids = {}
    for key, article, tags in [
        ("de", GERMAN, ["Region/Kazakhstan", "Economy"]),
        ("en", ENGLISH, ["Economy/Agriculture"]),
        ("ru", RUSSIAN, ["Region/Belarus"]),
        ("body", BODY_ONLY, []),
    ]:
        ids[key] = archive.add(fresh(article), tags=tags).id
    return archive, ids


def found(archive, query, **kwargs) -> list[int]:
    return archive.search(query, limit=None, **kwargs).ids


def test_plain_terms_and_stemming_per_language(filled):
    archive, ids = filled
    assert found(archive, "Warenumsatz") == [ids["de"]]
    assert found(archive, "Traktor") == [ids["de"]]  # German stem of "Traktoren"
    assert found(archive, "export") == [ids["en"]]  # English stem of "exports"
    assert found(archive, "переговоров") == [ids["ru"]]  # Russian stem
    assert set(found(archive, "grain")) == {ids["en"], ids["body"]}


def test_boolean_operators_and_pure_negation(filled):
    archive, ids = filled
    assert found(archive, "grain harvest") == [ids["en"]]
    assert set(found(archive, "Warenumsatz OR harvest")) == {ids["de"], ids["en"]}
    assert set(found(archive, "-grain")) == {ids["de"], ids["ru"]}
    assert found(archive, "grain NOT harvest") == [ids["body"]]
    assert set(found(archive, "(Traktoren OR Wheat) -Egypt")) == {ids["de"]}


def test_german_and_russian_operators(filled):
    archive, ids = filled
    assert set(found(archive, "Warenumsatz ODER harvest")) == {ids["de"], ids["en"]}
    assert found(archive, "grain UND harvest") == [ids["en"]]
    assert found(archive, "grain NICHT harvest") == [ids["body"]]
    assert set(found(archive, "Лукашенко ИЛИ harvest")) == {ids["ru"], ids["en"]}
    # a did-you-mean corrects the words, not the operator
    assert archive.search("Warenumsatz ODER harvset", suggest=True).suggestion == (
        "Warenumsatz ODER harvest"
    )


def test_a_source_found_by_its_other_names(filled):
    # stored as "TASS" and "BelTA"; analysts type the name they read, in either script
    archive, ids = filled
    assert found(archive, "source:ТАСС") == [ids["ru"]]
    assert found(archive, 'source:"ИТАР-ТАСС"') == [ids["ru"]]
    assert found(archive, "source:БелТА") == [ids["de"]]
    assert set(found(archive, "source:БелТА OR source:Reuters")) == {ids["de"], ids["en"]}
    assert set(found(archive, "-source:ТАСС")) == {ids["de"], ids["en"], ids["body"]}
    assert found(archive, "source:ТАССА") == []  # no such name: no widening


def test_a_dateline_found_by_the_places_other_names(filled):
    archive, ids = filled  # the German BelTA item's dateline is "Astana"
    assert found(archive, "dateline:Астана") == [ids["de"]]
    assert found(archive, "place:Astana") == [ids["de"]]
    assert found(archive, "dateline:Moskau") == [ids["en"]]  # stored "Moscow"
    assert set(found(archive, "dateline:Минск OR dateline:Moskau")) == {ids["ru"], ids["en"]}


def test_phrases_proximity_and_wildcards(filled):
    archive, ids = filled
    assert found(archive, '"grain exports"') == [ids["en"]]
    assert found(archive, '"exports grain"') == []
    assert found(archive, '"Russian rose"~3') == [ids["en"]]
    assert found(archive, "Kasach*") == [ids["de"]]
    assert found(archive, "fertili?er") == [ids["body"]]


def test_fields(filled):
    archive, ids = filled
    assert found(archive, "title:grain") == [ids["en"]]
    assert found(archive, "source:belta") == [ids["de"]]
    assert found(archive, "lang:ru") == [ids["ru"]]
    assert found(archive, "dateline:astana") == [ids["de"]]
    assert found(archive, "section:Wirtschaft") == [ids["de"]]
    assert found(archive, 'source:"Example Wire"') == [ids["body"]]
    # a word of a name finds it ("source:Globe" for "The Globe and Mail"), a part of a
    # word does not
    assert found(archive, "source:wire") == [ids["body"]]
    assert found(archive, "source:Example") == [ids["body"]]
    assert found(archive, "source:Exam") == []


def test_hierarchical_tags(filled):
    archive, ids = filled
    assert set(found(archive, "tag:Region")) == {ids["de"], ids["ru"]}
    assert found(archive, "tag:Region/Kazakhstan") == [ids["de"]]
    assert set(found(archive, "tag:economy")) == {ids["de"], ids["en"]}
    assert found(archive, "tag:Region/Bel*") == [ids["ru"]]
    assert found(archive, "tag:Agriculture") == [ids["en"]]  # a tag by its own name
    assert found(archive, "tag:Kazakhstan") == [ids["de"]]


def test_dates(filled):
    archive, ids = filled
    assert found(archive, "date:2025-11") == [ids["de"]]
    assert found(archive, "date:2025-11-05") == [ids["de"]]  # the article's own local day
    assert set(found(archive, "date:2024")) == {ids["en"], ids["body"]}
    assert set(found(archive, "date:>2025-01-01")) == {ids["de"], ids["ru"]}
    assert found(archive, "date:2024-11-01..2024-11-30") == [ids["en"]]


def test_title_matches_rank_above_body_matches(filled):
    archive, ids = filled
    assert found(archive, "grain") == [ids["en"], ids["body"]]


def test_sorting(filled):
    archive, ids = filled
    assert found(archive, "", sort="date") == [ids["de"], ids["ru"], ids["en"], ids["body"]]
    by_source = found(archive, "", sort="source")
    assert by_source == [ids["de"], ids["body"], ids["en"], ids["ru"]]


def test_oldest_first_keeps_undated_clippings_last(filled):
    archive, ids = filled
    undated = fresh(GERMAN)
    undated.published = None
    undated.title, undated.url = "Undatierter Bericht", "https://example.org/undated"
    undated.lead, undated.body = "", "Ein Bericht ohne Datum über die Weizenernte in Bayern."
    ids["none"] = archive.add(undated).id
    newest = found(archive, "", sort="date")
    assert newest == [ids["de"], ids["ru"], ids["en"], ids["body"], ids["none"]]
    oldest = found(archive, "", sort="oldest")
    assert oldest == [ids["body"], ids["en"], ids["ru"], ids["de"], ids["none"]]
    assert archive.search("", limit=2, sort="oldest").ids == oldest[:2]


def test_facets_count_the_current_query(filled):
    archive, _ = filled
    result = archive.search("grain OR Warenumsatz")
    assert result.total == 3
    assert result.facets["sources"] == {"BelTA": 1, "Reuters": 1, "Example Wire": 1}
    assert result.facets["languages"] == {"de": 1, "en": 2}
    assert result.facets["years"] == {"2024": 2, "2025": 1}
    assert result.facets["tags"] == {  # a parent counts each article once
        "Economy": 2,
        "Economy/Agriculture": 1,
        "Region": 1,
        "Region/Kazakhstan": 1,
    }


def test_snippets_mark_the_matched_words(filled):
    archive, ids = filled
    (hit,) = archive.search("Traktor").hits
    assert "<b>Traktoren</b>" in hit.snippet
    assert hit.title == GERMAN.title and hit.source == "BelTA"
    marked = archive.highlight(ids["en"], '"grain exports"')
    assert "<b>grain</b> <b>exports</b>" in marked["body"]
    assert "<b>Grain</b>" in marked["title"]


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("Umsatz", "<b>Warenumsatz</b>"),  # a compound part
        ("Müller", "<b>Mueller</b>"),  # a digraph spelling of a name
        ("Häuser", "<b>Haus</b>"),  # a stem
        ("Tokajew", "<b>Токаев</b>"),  # a name across scripts
        ("Waren*", "<b>Warenumsatz</b>"),
        ("W?renumsatz", "<b>Warenumsatz</b>"),
    ],
)
def test_snippets_mark_forms_the_query_matched(archive, query, marked):
    article = fresh(GERMAN)
    article.body = "Der Warenumsatz stieg. Herr Mueller kaufte ein Haus. Токаев sprach in Astana."
    archive.add(article)
    (hit,) = archive.search(query).hits
    assert marked in hit.snippet
    assert hit.snippet.count("<b>") == 1


def test_snippet_text_is_html_escaped(archive):
    article = fresh(BODY_ONLY)
    article.body = "Profits <script> & losses: grain traders report"
    archive.add(article)
    (hit,) = archive.search("grain").hits
    assert "&lt;script&gt; &amp;" in hit.snippet


@pytest.mark.parametrize("query", ["(grain", "title:", "colour:red", "date:2025-13", '"open'])
def test_invalid_queries_raise_query_error(filled, query):
    archive, _ = filled
    with pytest.raises(QueryError):
        archive.search(query)


def test_tag_changes_and_trash_reach_the_index(filled):
    archive, ids = filled
    change = archive.tag([ids["body"], ids["en"]], add=["Watch/Grain"])
    assert change.added == {"Watch/Grain": [ids["en"], ids["body"]]} or change.added == {
        "Watch/Grain": [ids["body"], ids["en"]]
    }
    assert set(found(archive, "tag:Watch")) == {ids["en"], ids["body"]}
    archive.undo_tag(change)
    assert found(archive, "tag:Watch") == []
    archive.delete([ids["en"]])
    assert found(archive, "grain") == [ids["body"]]
    assert [a.id for a in archive.trash()] == [ids["en"]]
    archive.restore([ids["en"]])
    assert set(found(archive, "grain")) == {ids["en"], ids["body"]}


def test_edits_are_searchable_and_validated(filled):
    archive, ids = filled
    old = archive.update(ids["body"], {"title": "Fertiliser prices stable"})
    assert old == {"title": "Weekly market roundup"}
    assert found(archive, "title:fertiliser") == [ids["body"]]
    from app.model import ClippingsError

    with pytest.raises(ClippingsError, match="web address"):
        archive.update(ids["body"], {"url": "ftp://x"})
    with pytest.raises(ClippingsError, match="title cannot be empty"):
        archive.update(ids["body"], {"title": "  "})


def test_a_batch_edit_is_one_write_that_its_old_values_undo(filled):
    archive, ids = filled
    sources = {i: a.source for i, a in ((a.id, a) for a in archive.get_many_plain(ids.values()))}
    old = archive.update_many({i: {"source": "Desk", "section": "Grain"} for i in ids.values()})
    assert {i: o["source"] for i, o in old.items()} == sources
    assert set(found(archive, "source:Desk section:grain")) == set(ids.values())
    archive.update_many(old)
    assert {a.id: a.source for a in archive.get_many_plain(ids.values())} == sources
    assert found(archive, "source:Desk") == []


def test_saved_searches_keep_the_query_text(filled):
    archive, _ = filled
    archive.save_search("Grain watch", "grain -tag:Economy")
    assert [(s.name, s.query) for s in archive.saved_searches()] == [
        ("Grain watch", "grain -tag:Economy")
    ]
    with pytest.raises(QueryError):
        archive.save_search("broken", "(grain")


def test_a_misspelt_query_gets_a_suggestion(filled):
    archive, _ = filled
    assert archive.search("Kasachtsan").suggestion is None  # only when asked for
    result = archive.search("Kasachtsan", suggest=True)
    assert result.total == 0
    assert result.suggestion == "Kasachstan"  # in the case typed
    assert archive.search(result.suggestion).total == 2  # Казахстан too, by name key
    assert archive.search("grain", suggest=True).suggestion is None
    # finds its clipping already (through its parts): a correction finding no more is noise
    assert archive.search("Warenumsats").total == 1
    assert archive.suggest("Warenumsats") is None
    # found through a stem or a compound's part, so not misspelt (though not written so)
    assert archive.search("Traktor", suggest=True).suggestion is None  # not "traktoren"
    assert archive.search("Werk", suggest=True).suggestion is None  # in Montagewerk; not "were"


def test_key_terms_suggest_tags(filled):
    archive, ids = filled
    terms = archive.key_terms(ids["de"])
    assert terms and any("warenumsatz" in t.lower() or "traktor" in t.lower() for t in terms)


def test_more_like_this_finds_the_related_article(archive):
    first = archive.add(fresh(ENGLISH)).id
    related = fresh(BODY_ONLY)
    related.body = (
        "Russian grain exports rose in November as the harvest came in strong, and "
        "wheat shipments to Egypt and Turkey grew, traders said."
    )
    second = archive.add(related).id
    archive.add(fresh(GERMAN))
    assert archive.more_like_this(first)[:1] == [second]


def test_date_filters_skip_undated_and_trashed_articles(filled):
    archive, ids = filled
    undated = fresh(BODY_ONLY)
    undated.title, undated.published = "Undated grain note", None
    undated.body = "A note about grain storage without any date on it at all, kept for later."
    undated_id = archive.add(undated).id
    assert undated_id not in found(archive, "date:..2030")
    assert undated_id in found(archive, "grain")
    archive.delete([ids["en"]])
    assert set(found(archive, "date:2024")) == {ids["body"]}
    assert found(archive, "date:2024 -fertiliser") == []


def test_a_result_window_holds_every_id_best_first(filled):
    archive, ids = filled
    window = archive.search_window("grain OR Warenumsatz OR Лукашенко", first=1)
    assert window.total == 4 and sorted(window.ids) == sorted(ids.values())
    assert len(window.hits) == 1 and window.hits[0].id == window.ids[0]
    from app import archive as archive_module

    ranked_all = archive.search("grain OR Warenumsatz OR Лукашенко", limit=None).ids
    archive_module.RANKED = 2  # the rest follow the ranked head in index order
    try:
        partly = archive.search_window("grain OR Warenumsatz OR Лукашенко", first=1).ids
    finally:
        archive_module.RANKED = 1000
    assert partly[:2] == ranked_all[:2] and sorted(partly) == sorted(ranked_all)


def test_totals_and_facets_count_every_match_beyond_the_first_page(archive):
    for n in range(30):
        article = fresh(ENGLISH if n % 3 else BODY_ONLY)
        article.body += f" Report number {n} with extra words " + "grain " * (n % 5)
        archive.add(article)
    result = archive.search("grain OR wheat", limit=2)
    assert result.total == 30 == archive.search("grain OR wheat", limit=None).total
    assert sum(result.facets["sources"].values()) == 30


def test_no_suggestion_that_finds_less(archive):
    """A rare word is corrected only where the correction finds more than the query."""
    for n in range(21):
        body = f"Chapter {n} of the family saga ends in the harbour town number {n}. " * 3
        archive.add(Article(title=f"Saga part {n}", body=body, language="en"))
    body = "The film won the ensemble prize at the SAG awards on Sunday. " * 3
    archive.add(Article(title="'Parasite' scores an upset", body=body, language="en"))
    archive.add(Article(title="Sequel", body="The famly saga goes on in a sequel. " * 3))
    assert archive.search("Parasite SAG").total == 1
    assert archive.suggest("Parasite SAG") is None  # "Parasite saga" would find nothing
    # a word of the language, found as written: no typo, however many "saga" finds
    assert archive.suggest("SAG") is None
    assert archive.search("famly").total == 1
    assert archive.suggest("famly") == "family"  # a typo in a clipping: 1 hit against 21
    assert archive.suggest("harbuor") == "harbour"


def test_hyphenated_and_slashed_words_search(filled):
    """A hyphenated word is a phrase in the text fields; the name keys, which have no
    positions, take its parts in any order instead of failing the whole search."""
    archive, ids = filled
    assert found(archive, "Касым-Жомартом") == [ids["ru"]]
    assert found(archive, "Brexit-Deal") == []
    assert found(archive, "Minsk/Astana") == []
    assert found(archive, "Kassym-Jomart OR Brexit-Deal") == found(archive, "Kassym-Jomart")


def test_a_query_whoosh_refuses_is_a_query_error(filled, monkeypatch):
    """Whatever Whoosh refuses to run reaches the user as a one-line QueryError (the CLI's
    exit 2, the GUI's inline message), never as a crash with a traceback."""
    from whoosh import query as wq

    from app.index import engine

    def refuse(self, query):
        raise wq.QueryError("Phrase search: 'names' field has no positions")

    archive, _ = filled
    monkeypatch.setattr(engine.SegmentEvaluator, "run", refuse)
    with pytest.raises(QueryError, match="cannot be run"):
        archive.search("grain")


def test_no_suggestion_that_finds_nothing(archive):
    """Each misspelt word has its correction, but no article holds both: offering
    'harbour saga' would trade an empty list for another one."""
    for n in range(5):
        harbour = f"The harbour town opened ferry line {n}. " * 3
        saga = f"Chapter {n} of the family saga ends. " * 3
        archive.add(Article(title=f"Harbour news {n}", body=harbour, language="en"))
        archive.add(Article(title=f"Family saga {n}", body=saga, language="en"))
    assert archive.suggest("harbuor") == "harbour"
    assert archive.search("harbuor sagaa").total == 0
    assert archive.search("harbour saga").total == 0
    assert archive.suggest("harbuor sagaa") is None


def test_a_search_with_a_suggestion_counts_only_the_correction(archive, monkeypatch):
    """The search has just counted its query; checking a correction runs only the
    correction, not the query a second time."""
    archive.add(Article(title="Harbour news", body="The harbour town opened a line. " * 3))
    counted: list[str] = []
    real = archive._count
    monkeypatch.setattr(archive, "_count", lambda query: counted.append(query) or real(query))
    assert archive.search("harbuor", suggest=True).suggestion == "harbour"
    assert counted == ["harbour"]


def test_warm_up_loads_the_alias_tables_and_changes_no_answer(filled):
    """What the first search loaded lazily (0.6–1.4 s on a big archive) is loaded ahead."""
    from app import archive as archive_module

    archive, ids = filled
    before = {q: found(archive, q) for q in ("Traktor", "export", "переговоров", "grain", "")}
    assert before["export"] == [ids["en"]]
    archive_module._source_aliases.cache_clear()
    archive_module._place_aliases.cache_clear()
    archive.warm_up()
    assert archive_module._source_aliases.cache_info().currsize == 1
    assert archive_module._place_aliases.cache_info().currsize == 1
    assert {q: found(archive, q) for q in before} == before


def test_a_level_of_a_tag_by_its_name(archive):
    deep = archive.add(
        Article(title="Astana", body="Text.", language="en"), tags=["Region/Kazakhstan/Astana"]
    )
    flat = archive.add(Article(title="Almaty", body="Text.", language="en"), tags=["Region/Almaty"])
    assert found(archive, "tag:Kazakhstan") == [deep.id]  # was nothing: neither tag nor leaf
    assert found(archive, "tag:Kazakhstan/Astana") == [deep.id]
    assert set(found(archive, "tag:Region")) == {deep.id, flat.id}
    assert found(archive, "tag:Kaz*") == [deep.id]


def test_a_tag_as_typed_without_umlauts_or_ss(archive):
    """An analyst without a German keyboard types *Laender* for *Länder*, as ``source:``
    and ``author:`` already allow; the levels of a tag fold each on their own."""
    states = archive.add(Article(title="Bund", body="Text.", language="de"), tags=["Region/Länder"])
    street = archive.add(Article(title="Weg", body="Text.", language="de"), tags=["Straße"])
    archive.add(Article(title="Other", body="Text.", language="de"), tags=["Region/Lander"])
    for query in ("tag:Laender", "tag:LÄNDER", "tag:Region/Laender", 'tag:"region / länder"'):
        assert states.id in found(archive, query), query
    assert found(archive, "tag:Laen*") == found(archive, "tag:Län*")
    assert found(archive, "tag:Strasse") == [street.id]
    assert found(archive, "tag:STRASSE") == [street.id]
