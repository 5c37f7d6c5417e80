"""The query tree widening a source's or a place's other names (no index needed)."""

from __future__ import annotations

from app.query import parse
from app.query.aliases import alias_table, with_aliases
from app.query.ast import And, Not, Or, Phrase, Term

TABLE = alias_table([("TASS", "ТАСС", "ИТАР-ТАСС"), ("RIA Novosti", "РИА Новости"), ("Solo",)])
PLACES = alias_table([("Moscow", "Moskau", "Москва")])


def widened(query: str):  # type: ignore[no-untyped-def]
    return with_aliases(parse(query), {"source": lambda: TABLE, "dateline": lambda: PLACES})


def _sources(*names: str) -> Or:
    return Or(tuple(Term(n, "source") for n in names))


def test_a_name_of_a_group_becomes_all_its_names_in_any_case() -> None:
    assert widened("source:тасс") == _sources("TASS", "ТАСС", "ИТАР-ТАСС")
    assert widened('source:"РИА  Новости"') == _sources("RIA Novosti", "РИА Новости")


def test_inside_boolean_structure_and_only_for_the_source_field() -> None:
    assert widened("Hafen -source:ТАСС") == And(
        (Term("Hafen"), Not(_sources("TASS", "ТАСС", "ИТАР-ТАСС")))
    )
    assert widened("ТАСС") == Term("ТАСС")  # a word in the text stays a word
    assert widened("title:ТАСС") == Term("ТАСС", "title")


def test_unknown_names_wildcards_and_single_names_stay() -> None:
    assert widened("source:Solo") == Term("Solo", "source")
    assert widened("source:Reuters") == Term("Reuters", "source")
    assert widened("source:ТА*") == Term("ТА*", "source", wildcard=True)


def test_the_table_is_read_only_when_a_source_is_named() -> None:
    asked = []

    def table():  # type: ignore[no-untyped-def]
        asked.append(1)
        return TABLE

    with_aliases(parse("Hafen OR title:Port dateline:Moskau"), {"source": table})
    assert asked == []
    with_aliases(parse("source:ТАСС"), {"source": table})
    assert asked == [1]


def test_places_in_the_dateline_field_only() -> None:
    moscow = Or(tuple(Term(n, "dateline") for n in ("Moscow", "Moskau", "Москва")))
    assert widened("dateline:moskau") == moscow
    assert widened("place:Москва") == moscow  # place: is dateline:
    assert widened("source:Moskau") == Term("Moskau", "source")


def test_bare_words_naming_a_source_widen_to_bare_words_of_all_its_names() -> None:
    def bare(query: str):  # type: ignore[no-untyped-def]
        return with_aliases(parse(query), {"source": lambda: TABLE}, bare="source")

    tass = Or(tuple(Term(n) for n in ("TASS", "ТАСС", "ИТАР-ТАСС")))
    assert bare("тасс") == tass
    assert bare("Hafen -ТАСС") == And((Term("Hafen"), Not(tass)))
    assert bare('"РИА Новости"') == Or((Term("RIA Novosti"), Term("РИА Новости")))
    assert bare('"РИА Новости"~3') == Phrase(("РИА", "Новости"), None, 3)  # nearness, no name
    assert bare("ТА*") == Term("ТА*", wildcard=True)
    assert bare("title:ТАСС") == Term("ТАСС", "title")
    assert bare("Hafen") == Term("Hafen")
