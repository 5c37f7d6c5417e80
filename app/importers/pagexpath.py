"""trafilatura's XPaths that test classes and ids with regular expressions, made cheap
for one page.

lxml evaluates re:test() by calling back into Python for every element an XPath visits,
a string made of the attribute each time: most of what BODY_XPATH and
OVERALL_DISCARD_XPATH cost in trafilatura's main pass. Two equivalent forms spare the
calls:

- guarded: most elements carry no id, many no class; for them the test reads "", which
  none of these expressions finds, so ``(@id and re:test(@id, …))`` selects the same
  elements (XPath's "and" does not evaluate its right side when the left is false). An
  expression that does find "" is left as it is.
- for a page: a page holds a few hundred distinct classes and ids, and every tree the
  cascade reads is a copy of the page's (trafilatura carries these attributes over and
  never makes new ones). A test of an id or a class is run on those values once, and
  becomes a membership test lxml does in C, ``contains('|v1|v2|', concat('|', @class,
  '|'))``, or false() where no value passes. Only the values that hold one of the words
  every match needs (regextree.needed_words) are tried.

While ``for_page`` is active on a thread, trafilatura's lists yield these versions there;
other threads and plain trafilatura calls get its own XPaths.
tests/importers/test_pagexpath.py compares them on the corpus pages.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from lxml.etree import XPath, XPathSyntaxError
from trafilatura import external, main_extractor

from app.importers.regextree import needed_words, walk

_REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}
# re:test(@id, 'pattern') and its variants: a union of attributes, a flags argument
RE_TEST = re.compile(
    r"re:test\(\s*(@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,\s*'([^']*)'\s*(?:,\s*'([^']*)'\s*)?\)"
)
_NAMED = {"@id", "@class"}  # the attributes whose values a page's names hold
# separators for the listed values: the first that no name holds (no quote, no newline)
_SEPARATORS = "|#~\t\u00a7\ue000\ue001"

_LOCAL = threading.local()


def _guard(test: re.Match[str]) -> str:
    """The test behind a check that one of its attributes is there, unless it finds ""."""
    attrs, pattern, flags = test.group(1), test.group(2), test.group(3) or ""
    if re.search(pattern, "", re.I if "i" in flags else 0):
        return test.group(0)
    present = " or ".join(attr.strip() for attr in attrs.split("|"))
    return f"(({present}) and {test.group(0)})"


def guard(xpath: XPath) -> XPath:
    """`xpath` with each re:test behind a check that its attribute is there."""
    path = RE_TEST.sub(_guard, xpath.path)
    return XPath(path, namespaces=_REGEXP_NS) if path != xpath.path else xpath


@lru_cache(maxsize=64)
def _compiled(pattern: str, flags: str) -> tuple[Callable, tuple[str, ...] | None]:
    """The test's search (as lxml's re:test compiles it: case-blind with an "i" flag) and
    the words one of which its every match holds (None: not known)."""
    test = re.compile(pattern, re.I if "i" in flags else 0)
    words = walk(needed_words, test.pattern, test.flags, bool(test.flags & re.I))
    if words is not None and any("\n" in word for word in words):
        words = None  # a word over two lines: every name is tried
    if words is not None:  # a word holding another adds no name ("navbar" beside "nav")
        words = tuple(w for w in words if not any(o in w and o != w for o in words))
    return test.search, words


class _Page:
    """One page's distinct classes and ids, a line each, and the versions of the XPaths
    made for it so far."""

    def __init__(self, names: str, count: int) -> None:
        self.names = names
        # a name holding a newline is no line: the guarded versions only
        lines = names.count("\n") == count - 1
        self.separator = lines and next((s for s in _SEPARATORS if s not in names), None)
        self._versions: dict[XPath, XPath] = {}  # by the XPath itself, never a reused id

    def version(self, guarded: XPath) -> XPath:
        made = self._versions.get(guarded)
        if made is None:
            made = self._versions[guarded] = self._listing(guarded)
        return made

    def _listing(self, guarded: XPath) -> XPath:
        if not self.separator:
            return guarded
        path = RE_TEST.sub(self._membership, guarded.path)
        if path == guarded.path:
            return guarded
        try:
            return XPath(path, namespaces=_REGEXP_NS)
        except XPathSyntaxError:  # a name lxml cannot read in a literal: guarded only
            return guarded

    def _membership(self, test: re.Match[str]) -> str:
        """The test as a membership test; as it is where it reads another attribute
        or the values need both kinds of quote."""
        attrs, pattern, flags = test.group(1), test.group(2), test.group(3) or ""
        if not {attr.strip() for attr in attrs.split("|")} <= _NAMED:
            return test.group(0)
        found, words = _compiled(pattern, flags)
        hits = [name for name in self._holding(words) if found(name)]
        if found(""):
            hits.append("")  # an element without the attribute: re:test reads ""
        if not hits:
            return "false()"
        sep = str(self.separator)
        listed = sep + sep.join(hits) + sep
        quote = next((q for q in "'\"" if q not in listed), None)
        if quote is None:
            return test.group(0)
        return f"contains({quote}{listed}{quote}, concat('{sep}', {attrs}, '{sep}'))"

    def _holding(self, words: tuple[str, ...] | None) -> set[str] | list[str]:
        """The names that hold one of the words (all of them where none are known)."""
        names = self.names
        if words is None:
            return names.split("\n")
        found = set()
        for word in words:
            at = names.find(word)
            while at >= 0:  # a word holds no newline: each find is inside one name
                start = names.rfind("\n", 0, at) + 1
                end = names.find("\n", at)
                end = len(names) if end < 0 else end
                found.add(names[start:end])
                at = names.find(word, end)
        return found


class _PerPage(list):
    """trafilatura's list of XPaths, or their versions where for_page() is active."""

    def __init__(self, xpaths: list[XPath]) -> None:
        super().__init__(xpaths)
        self.guarded = [guard(xpath) for xpath in xpaths]

    def __iter__(self) -> Iterator[XPath]:
        page = getattr(_LOCAL, "page", None)
        if page is None:
            return super().__iter__()
        return (page.version(xpath) for xpath in self.guarded)


def _install() -> None:
    """Put trafilatura's class-testing lists behind _PerPage where its code reads them."""
    overall = _PerPage(main_extractor.OVERALL_DISCARD_XPATH)
    main_extractor.BODY_XPATH = _PerPage(main_extractor.BODY_XPATH)
    main_extractor.OVERALL_DISCARD_XPATH = overall
    external.OVERALL_DISCARD_XPATH = overall


if not isinstance(main_extractor.BODY_XPATH, _PerPage):
    _install()


@contextmanager
def for_page(names: str, count: int) -> Iterator[None]:
    """trafilatura reads the versions of its XPaths for a page whose `count` distinct
    classes and ids are `names`, a line each, on this thread until the block ends: every
    tree it reads must be a copy of that page's."""
    outer = getattr(_LOCAL, "page", None)
    _LOCAL.page = _Page(names, count)
    try:
        yield
    finally:
        _LOCAL.page = outer
