"""A regular expression's parse tree, read through CPython's private ``re._parser``.

firstchar.py (the first characters an alternation's branches can take) and maintext.py
(the words any match of a class test needs) read patterns' trees to skip work the engine
would do. The parser is no public API: a Python release may rename its operators or
reshape their arguments. It is read here only, and a walk that meets a tree it does not
expect (the parser gone, an operator renamed, an argument of another shape) gives None,
which both callers take for "not known" and fall back on the whole pattern.
tests/importers/test_regextree.py pins what the walks make of known patterns, so an
upgrade that changes the tree fails there, not silently in the importer's speed.
"""

from __future__ import annotations

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
