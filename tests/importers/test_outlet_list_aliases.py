"""The shipped outlet list's aliases: other spellings of one outlet, never another title.

A group's regional paper filed as an alias of the group's site ('Sligo Champion' under
'Irish Independent') made the importer rename the paper after the site and made
``source:"Irish Independent"`` find the paper's clippings; a namesake filed as an alias
('Sputnik' under MDR's youth radio) did the same across countries.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from app.importers.outlets import Outlet, load_gazetteer, name_key

GAZ = load_gazetteer(None)
_TOWN = re.compile(r"\s*\([^()]*\)$")


def _printed_key(outlet: Outlet) -> str:
    return name_key(_TOWN.sub("", outlet.name) or outlet.name)


def test_no_alias_spells_another_outlet_of_its_country() -> None:
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for outlet in GAZ.outlets:
        names[outlet.country, _printed_key(outlet)].add(outlet.name)
    clashes = [
        (outlet.name, alias, sorted(others))
        for outlet in GAZ.outlets
        for alias in outlet.aliases
        if name_key(alias) != _printed_key(outlet)  # its own name without the town
        and (others := names.get((outlet.country, name_key(alias)), set()) - {outlet.name})
        and not all(_TOWN.search(n) for n in others)  # namesakes the list tells apart by town
    ]
    assert clashes == []


def test_no_alias_is_filed_under_two_outlets_of_one_group_in_one_country() -> None:
    owners: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for outlet in GAZ.outlets:
        for alias in outlet.aliases:
            if outlet.group:  # a brand's editions abroad ('WIRED') are namesakes
                owners[name_key(outlet.group), outlet.country, name_key(alias)].add(outlet.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_every_outlet_has_a_host_or_its_groups_site_serves_it() -> None:
    hosted_groups = {name_key(o.group) for o in GAZ.outlets if o.hosts and o.group}
    assert not [
        o.name for o in GAZ.outlets if not o.hosts and name_key(o.group) not in hosted_groups
    ]


@pytest.mark.parametrize(
    ("printed", "site"),
    [
        ("Sligo Champion", "Irish Independent"),
        ("Bath Chronicle", "Somerset Live"),
        ("Nürnberger Nachrichten", "nordbayern.de"),
        ("Fränkischer Tag", "inFranken.de"),
        ("The Mail on Sunday", "Daily Mail"),
    ],
)
def test_a_groups_title_is_its_own_outlet_not_a_spelling_of_the_groups_site(
    printed: str, site: str
) -> None:
    outlet = GAZ.named(printed)
    assert outlet is not None and outlet.name == printed
    assert outlet.group == GAZ.named(site).group  # still the group's, for a group's © line
    assert not [g for g in GAZ.name_groups() if printed in g and site in g]  # source: apart


def test_a_namesake_is_no_alias_sputnik_is_the_agency_not_mdrs_radio() -> None:
    assert GAZ.named("Sputnik").group == "Rossiya Segodnya"
    assert GAZ.for_host("sputnik.de").name == "MDR SPUTNIK"
    assert GAZ.named("5 канал").name == "5 Kanal"  # Ukraine's; St Petersburg's is 'Пятый канал'
