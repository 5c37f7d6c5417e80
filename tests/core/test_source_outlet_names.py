"""``source:`` finds an outlet by any of the outlet list's names for it: a clipping keeps
the name it prints ("Zweites Deutsches Fernsehen", "Westdeutscher Rundfunk Köln"), the
analyst types the short one (``source:ZDF``), or the other way round."""

from __future__ import annotations

from dataclasses import replace

from app.importers.outlets import Gazetteer, Outlet
from app.query import parse
from app.query.aliases import alias_table, with_aliases
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
