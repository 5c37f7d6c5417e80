"""trafilatura's XPaths that test classes and ids with regular expressions, each test
skipped on elements without the attribute it reads.

lxml evaluates re:test() by calling back into Python for every element an XPath visits,
a string made of the attribute each time: most of what BODY_XPATH and
OVERALL_DISCARD_XPATH cost in trafilatura's main pass. Most elements carry no id, many no
class; for them the test reads "", which none of these expressions finds, so
``(@id and re:test(@id, …))`` selects the same elements without the call (XPath's "and"
does not evaluate its right side when the left is false). An expression that does find
"" is left as it is. While ``guarded()`` is active on a thread, trafilatura's lists yield
these versions there; other threads and plain trafilatura calls get its own XPaths.
tests/importers/test_pagexpath.py compares both on the corpus pages.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from lxml.etree import XPath
from trafilatura import external, main_extractor

_REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}
# re:test(@id, 'pattern') and its variants: a union of attributes, a flags argument
RE_TEST = re.compile(
    r"re:test\(\s*(@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,\s*'([^']*)'\s*(?:,\s*'([^']*)'\s*)?\)"
)

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


class _Guarded(list):
    """trafilatura's list of XPaths, or their guarded versions where guarded() is on."""

    def __init__(self, xpaths: list[XPath]) -> None:
        super().__init__(xpaths)
        self.versions = [guard(xpath) for xpath in xpaths]

    def __iter__(self) -> Iterator[XPath]:
        if getattr(_LOCAL, "on", False):
            return iter(self.versions)
        return super().__iter__()


def _install() -> None:
    """Put trafilatura's class-testing lists behind _Guarded where its code reads them."""
    overall = _Guarded(main_extractor.OVERALL_DISCARD_XPATH)
    main_extractor.BODY_XPATH = _Guarded(main_extractor.BODY_XPATH)
    main_extractor.OVERALL_DISCARD_XPATH = overall
    external.OVERALL_DISCARD_XPATH = overall


if not isinstance(main_extractor.BODY_XPATH, _Guarded):
    _install()


@contextmanager
def guarded() -> Iterator[None]:
    """trafilatura reads the guarded XPaths on this thread until the block ends."""
    outer = getattr(_LOCAL, "on", False)
    _LOCAL.on = True
    try:
        yield
    finally:
        _LOCAL.on = outer
