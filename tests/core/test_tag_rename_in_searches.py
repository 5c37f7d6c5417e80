"""A renamed tag is renamed in the saved searches that name it, so they keep finding the
same clippings (they found nothing after a rename: 'tag:Old' names no tag any more)."""

from __future__ import annotations

import pytest

from app.model import Article
from app.query.tag_rename import rename_tag_in_query


@pytest.mark.parametrize(
    ("query", "old", "new", "others", "renamed"),
    [
        ("tag:Watch", "Watch", "Review", [], "tag:Review"),
        ("grain -tag:watch lang:de", "Watch", "Review", [], "grain -tag:Review lang:de"),
        ('tag:"Energy policy" Öl', "Energy policy", "Energy", [], "tag:Energy Öl"),
        ("tag:Watch", "Watch", "To read", [], 'tag:"To read"'),
        ("tag:Region/Kazakhstan", "Region", "Regions", [], "tag:Regions/Kazakhstan"),
        ("tag:Region/Ka*", "Region", "Regions", [], "tag:Regions/Ka*"),
        ("tag:Region", "Region", "Regions", [], "tag:Regions"),
        # a level found by its name: renamed where the new name lost it ...
        ("tag:Kazakhstan", "Region/Kazakhstan", "Region/Kasachstan", [], "tag:Region/Kasachstan"),
        # ... keeping the other tags it names
        (
            "tag:Kazakhstan",
            "Region/Kazakhstan",
            "Region/Kasachstan",
            ["Places/Kazakhstan"],
            "tag:(Kazakhstan OR Region/Kasachstan)",
        ),
        # still found under the new name: as typed
        ("tag:Kazakhstan", "Region/Kazakhstan", "Regions/Kazakhstan", [], "tag:Kazakhstan"),
        ("tag:Region", "Region/Kazakhstan", "Region/Kasachstan", [], "tag:Region"),
        # a parent level of a tag moved elsewhere: its family, and the parent's other tags
        ("tag:Region", "Region/Kazakhstan", "Places/Kazakhstan", ["Region/Belarus"],
         "tag:(Region OR Places/Kazakhstan)"),
        ("tag:(Watch OR Trade)", "Watch", "Review", [], "tag:(Review OR Trade)"),
        # other fields, other tags, and words that only look like the tag stay
        ("Watch title:Watch tag:Watchlist tag:Other/Watch", "Watch", "Review", [],
         "Watch title:Watch tag:Watchlist tag:Other/Watch"),
        ('tag:""', "Watch", "Review", [], 'tag:""'),
        # a value typed without umlauts finds the tag (search folds it), so it follows too
        ("tag:Laender", "Region/Länder", "Region/Bundesländer", [], "tag:Region/Bundesländer"),
        ("tag:Region/Laender", "Region", "Regionen", [], "tag:Regionen/Laender"),
        ("tag:Strasse", "Straße", "Wege", ["Region/Straße"], "tag:(Strasse OR Wege)"),
    ],
)  # fmt: skip
def test_tag_values_follow_the_rename(query, old, new, others, renamed):
    assert rename_tag_in_query(query, old, new, others) == renamed


def test_saved_searches_follow_a_rename_and_its_undo(archive):
    ids = [
        archive.add(Article(title=f"Story {n}", body=f"Distinct text {n} about grain {n * 7}.")).id
        for n in range(3)
    ]
    archive.tag(ids[:2], add=["Region/Kazakhstan"])
    archive.tag([ids[1], ids[2]], add=["Energy policy"])
    archive.save_search("Kazakh energy", 'tag:Kazakhstan tag:"Energy policy"')
    archive.save_search("Region", "tag:Region/Kazakhstan")
    archive.save_search("Plain", "Story")
    before = {
        s.name: sorted(archive.search(s.query, limit=None).ids) for s in archive.saved_searches()
    }
    assert before == {"Kazakh energy": [ids[1]], "Region": ids[:2], "Plain": ids}
    state = archive.tag_state(["Region", "Regions"])
    archive.rename_tag("Region", "Regions")
    state2 = archive.tag_state(["Energy policy", "Energy"])
    archive.rename_tag("Energy policy", "Energy")
    archive.rename_tag("Regions/Kazakhstan", "Regions/Kasachstan")
    queries = {s.name: s.query for s in archive.saved_searches()}
    assert queries == {
        "Kazakh energy": "tag:Regions/Kasachstan tag:Energy",
        "Region": "tag:Regions/Kasachstan",
        "Plain": "Story",
    }
    assert {
        s.name: sorted(archive.search(s.query, limit=None).ids) for s in archive.saved_searches()
    } == (before)
    archive.restore_tag_state(state2)
    archive.restore_tag_state(state)
    assert archive.saved_searches()[0].query == 'tag:Kazakhstan tag:"Energy policy"'
