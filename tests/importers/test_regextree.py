"""The walks over CPython's private regex parse tree (app/importers/regextree.py), pinned:
a Python release that changes ``re._parser`` fails here, loudly, instead of the importer
silently trying every boilerplate branch on every line (or scanning every page's class
names). And a tree the walks do not expect gives "not known", never a wrong answer."""

from __future__ import annotations

import re

import pytest

from app.importers import boilerplate, firstchar, maintext, regextree
from app.importers.firstchar import FirstCharMatch, _firsts
from app.importers.regextree import needed_words, walk


def test_the_parser_is_there():
    assert regextree.sre_parse is not None, "re._parser is gone: the walks know nothing"
    assert len(regextree.REPEATS) == 3 and len(regextree.CATEGORIES) == 6


@pytest.mark.parametrize(
    ("pattern", "flags", "firsts"),
    [
        ("von ", 0, ([("v", 0)], False)),
        ("(?i:by) ", 0, ([("b", re.I)], False)),
        (r"[A-ZÄ]\w+", 0, ([("[A-ZÄ]", 0)], False)),
        (r"[^\d\s]x", 0, ([(r"[^\d\s]", 0)], False)),
        (r"\d+\.", 0, ([(r"[\d]", 0)], False)),
        ("(?:ab|cd)e", 0, ([("a", 0), ("c", 0)], False)),
        ("x?y", 0, ([("x", 0), ("y", 0)], False)),
        (r"\bfoo", re.I, ([("f", re.I)], False)),
        ("[^a]b", 0, ([("[^a]", 0)], False)),
        ("a*", 0, ([("a", 0)], True)),  # may match nothing: any line may open it
        (".foo", 0, None),  # any character: not known
        (r"(a)\1", 0, ([("a", 0)], False)),
    ],
)
def test_first_characters_of_known_patterns(pattern, flags, firsts):
    assert walk(_firsts, pattern, flags, flags) == firsts


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        ("footer|sidebar", 0, ("footer", "sidebar")),
        ("share-box|sharing", 0, ("shar",)),  # the parser takes the common prefix out
        ("(?:footer)-nav", 0, ("footer-nav",)),
        ("(?i:comments?)", 0, None),  # case-blind: no literal run to look for
        ("ab", 0, None),  # too short to be worth a look
        ("^(?:related|teaser)$", 0, ("related", "teaser")),
        ("x[0-9]+scroll", 0, ("scroll",)),
    ],
)
def testneeded_words_of_known_patterns(pattern, flags, words):
    assert walk(needed_words, pattern, flags, bool(flags & re.I)) == words


def test_the_importer_patterns_are_read():
    """Most boilerplate branches are grouped by their first character, and trafilatura's
    class tests have words to look for: the walks still understand today's trees."""
    known = [classes for _, classes in boilerplate._START.branches if classes is not None]
    assert len(known) >= 0.9 * len(boilerplate._START.branches)
    test = maintext._names_test(maintext.core.RAW_TREE_PRUNE_XPATH)
    assert walk(needed_words, test.pattern, test.flags, bool(test.flags & re.I))


LINES = [
    "Von Jane Doe",
    "von jane",
    "By Jane",
    "Anzeige",
    "42. Satz",
    "",
    " lead",
    "ÄÖÜ",
    "Teilen auf Facebook",
    "© 2025 Example",
]
BRANCHES = ["von ", "(?i:by) ", r"[A-ZÄ]\w+$", r"\d+\.", ".?teilen", "a*nzeige", "©"]


def test_first_char_match_is_the_alternation():
    plain = re.compile(f"^(?:{'|'.join(BRANCHES)})", re.I)
    match = FirstCharMatch(BRANCHES, re.I)
    for line in LINES:
        assert match(line) == (plain.match(line) is not None), line


def test_an_unexpected_tree_is_not_known(monkeypatch):
    def stale(items, *args):
        _op, av = items[0]
        group, _add, _drop, _sub, _extra = av  # a tuple of another shape
        return group

    assert walk(stale, "(a)", 0) is None
    # the walks fall back on the whole pattern: every branch tried, the same matches
    monkeypatch.setattr(firstchar, "walk", lambda *args: None)
    match = FirstCharMatch(BRANCHES, re.I)
    assert all(classes is None for _, classes in match.branches)
    plain = re.compile(f"^(?:{'|'.join(BRANCHES)})", re.I)
    for line in LINES:
        assert match(line) == (plain.match(line) is not None), line
    monkeypatch.setattr(maintext, "walk", lambda *args: None)
    finder = maintext._finder(re.compile("share-box"))
    assert finder("x\nshare-box\ny") and not finder("x\ny")


def test_no_parser_no_knowledge(monkeypatch):
    monkeypatch.setattr(regextree, "sre_parse", None)
    assert walk(_firsts, "von ", 0, 0) is None
    monkeypatch.undo()
    # an operator the walk names is gone: not known either
    monkeypatch.setattr(firstchar, "sre", None)
    assert walk(_firsts, "von ", 0, 0) is None
    monkeypatch.setattr(regextree, "sre", None)
    assert walk(needed_words, "share-box", 0, False) is None
