"""``source:`` finds an outlet by any of the outlet list's names for it: a clipping keeps
the name it prints ("Zweites Deutsches Fernsehen", "Westdeutscher Rundfunk Köln"), the
analyst types the short one (``source:ZDF``), or the other way round."""

from __future__ import annotations

from dataclasses import replace

from app.importers.outlets import Gazetteer, Outlet
from app.query import parse
from app.query.aliases import alias_table, merged_counts, with_aliases
from app.query.ast import Or, Term
from tests.core.articles import BODY_ONLY, ENGLISH, GERMAN, RUSSIAN, fresh


def test_a_short_name_finds_the_full_one_and_back(archive):
    def filed(article, source: str) -> int:
        return archive.add(replace(fresh(article), source=source)).id

    zdf = filed(GERMAN, "Zweites Deutsches Fernsehen")
    wdr = filed(ENGLISH, "Westdeutscher Rundfunk Köln")
    short = filed(RUSSIAN, "ZDF")
    other = archive.add(fresh(BODY_ONLY)).id

    def found(query: str) -> set[int]:
        return set(archive.search(query, limit=None).ids)

    assert found("source:ZDF") == {zdf, short}
    assert found("source:zdf") == {zdf, short}
    assert found('source:"Zweites Deutsches Fernsehen"') == {zdf, short}
    assert found("source:WDR") == {wdr}  # a longer name holding the listed one
    assert found("-source:ZDF") == {wdr, other}
    assert found("source:ZDFheute") == set()  # another outlet of the list


def test_the_outlet_lists_groups_leave_out_a_name_two_outlets_share():
    gazetteer = Gazetteer([
        Outlet("Berliner Kurier", aliases=("Kurier", "BK")),
        Outlet("Kurier", aliases=("Wiener Kurier",)),
        Outlet("ZDF", aliases=("Zweites Deutsches Fernsehen",)),
        Outlet("Solo"),
    ])  # fmt: skip
    assert gazetteer.name_groups() == [
        ("Berliner Kurier", "BK"),
        ("ZDF", "Zweites Deutsches Fernsehen"),
    ]


def test_a_name_in_a_profile_and_in_the_list_widens_to_both():
    groups = [("TASS", "ТАСС"), ("TASS", "ITAR-TASS"), ("ZDF", "Zweites Deutsches Fernsehen")]
    table = alias_table(groups, union=True)
    widened = with_aliases(parse("source:TASS"), {"source": lambda: table})
    assert widened == Or(tuple(Term(n, "source") for n in ("TASS", "ТАСС", "ITAR-TASS")))
    assert alias_table(groups)["tass"] == ("TASS", "ТАСС")  # the first group, by default


def test_one_outlet_filed_under_two_names_is_one_source_facet(archive):
    """A click on a source facet finds every name of the outlet, so its count must too."""
    for article, source in ((GERMAN, "ZDF"), (ENGLISH, "Zweites Deutsches Fernsehen")):
        archive.add(replace(fresh(article), source=source))
    archive.add(replace(fresh(RUSSIAN), source="zdf"))
    archive.add(replace(fresh(BODY_ONLY), source="Solo Zeitung"))

    facets = archive.search("").facets["sources"]
    assert facets == {"ZDF": 3, "Solo Zeitung": 1}
    assert archive.search("source:ZDF").total == facets["ZDF"]
    assert archive.search_window("").facets["sources"] == facets
    # a filter by one of its names labels the outlet's row, so the row shows the filter
    assert archive.search('source:"Zweites Deutsches Fernsehen"').facets["sources"] == {
        "Zweites Deutsches Fernsehen": 3
    }
    # the completer offers each name as filed
    assert archive.source_names() == ["Solo Zeitung", "ZDF", "Zweites Deutsches Fernsehen", "zdf"]


def test_merged_counts_label_a_group_by_its_name_filed_most():
    table = alias_table([("BBC", "BBC News"), ("TASS", "ТАСС")], union=True)
    counts = {"BBC News": 4, "ТАСС": 3, "BBC": 2, "Kurier": 2, "KURIER": 1}
    assert merged_counts(counts, table) == {"BBC News": 6, "Kurier": 3, "ТАСС": 3}
    assert merged_counts(counts, table, prefer=["bbc", "TASS"]) == {
        "bbc": 6,
        "Kurier": 3,
        "TASS": 3,
    }
