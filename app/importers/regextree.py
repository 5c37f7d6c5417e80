"""A regular expression's parse tree, read through CPython's private ``re._parser``.

firstchar.py (the first characters an alternation's branches can take), maintext.py and
pagexpath.py (needed_words: the words any match of a class test needs) read patterns'
trees to skip work the engine would do. The parser is no public API: a Python release
may rename its operators or reshape their arguments. It is read here only, and a walk
that meets a tree it does not expect (the parser gone, an operator renamed, an argument
of another shape) gives None, which every caller takes for "not known" and falls back
on the whole pattern.
tests/importers/test_regextree.py pins what the walks make of known patterns, so an
upgrade that changes the tree fails there, not silently in the importer's speed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

try:
    from re import _constants as sre
    from re import _parser as sre_parse

    #: a repeated item (greedy, lazy, possessive): (min, max, items)
    REPEATS: tuple = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    #: the class escapes a parsed character class may hold, as source
    CATEGORIES: dict = {
        sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
    }  # fmt: skip
except (ImportError, AttributeError):  # a Python whose parser is not this one: none known
    sre = sre_parse = None  # type: ignore[assignment]
    REPEATS, CATEGORIES = (), {}

T = TypeVar("T")


def walk(walker: Callable[..., T | None], pattern: str, flags: int, *args: Any) -> T | None:
    """``walker(the pattern's parsed items, *args)``; None (not known) where the parser is
    not there or the tree is not what the walker expects. An invalid pattern still raises
    ``re.error``, as compiling it would."""
    if sre_parse is None:
        return None
    items = sre_parse.parse(pattern, flags)
    try:
        return walker(items, *args)
    except (AttributeError, TypeError, ValueError, IndexError, KeyError):
        return None  # an operator gone or renamed, an argument of another shape


def needed_words(items: list, icase: bool) -> tuple[str, ...] | None:
    """Words one of which any match of the parsed pattern holds (None: none known), for
    walk(needed_words, pattern, flags, case_blind). Class and id tests scan a whole list of
    names, position by position, with their anchored and unanchored branches; a substring
    test is far quicker and mostly finds none of them."""
    options, run = [], ""
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and not icase:
            run += chr(av)
            continue
        if run:  # a run of literals, each of them needed
            options.append((run,))
            run = ""
        if op is sre.SUBPATTERN:  # a group, its own flags
            _group, add, drop, sub = av
            inner = needed_words(sub, (icase or bool(add & re.I)) and not drop & re.I)
            if inner:
                options.append(inner)
        elif op is sre.BRANCH:  # one of the alternatives, each with a needed word
            alternatives = [needed_words(branch, icase) for branch in av[1]]
            if all(alternatives):
                options.append(tuple(dict.fromkeys(w for a in alternatives for w in a)))
        # repeats (maybe none), classes, assertions: nothing needed from them
    good = [option for option in options if min(map(len, option)) >= 3]
    return max(good, key=lambda option: min(map(len, option))) if good else None
