"""The page's main text: trafilatura's extraction cascade, its shared work done once.

trafilatura.bare_extraction run fast, then again in full where the fast text is weak,
prepares the same tree twice: it prunes the raw tree, cleans and converts it, and measures
the whole page's text (a walk with a regular expression per element) in both runs. Here the
cascade of trafilatura_sequence (comments off, as we extract) runs over one prepared tree,
each stage on a fresh copy, so both results are what the two bare_extraction calls return;
the main pass itself is shared where the two runs cannot differ.
The stages are trafilatura's internal functions: tests/importers/test_maintext.py compares
with bare_extraction itself, so a release that changes the cascade fails there, not silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy
from functools import cached_property, lru_cache

from lxml.etree import XPath, _Element, strip_tags
from lxml.html import HtmlElement
from trafilatura import core
from trafilatura.baseline import _spaced_text
from trafilatura.settings import _COOKIE_CONSENT_RE, BASIC_CLEAN_XPATH, Extractor
from trafilatura.xml import delete_element, xmltotxt
from trafilatura.xpaths import TEASER_DISCARD_XPATH

from app.importers.pagexpath import for_page
from app.importers.regextree import needed_words, walk

Extraction = tuple[_Element | None, str]

_CLASSES_AND_IDS = XPath(".//@class|.//@id", smart_strings=False)
_CLASS_TEST = re.compile(r"re:test\(@(?:id|class)(?:\|@(?:id|class))?, '([^']*)'(?:, '(\w*)')?\)")
_CLASS_CONTAINS = re.compile(r"contains\(@(?:id|class)(?:\|@(?:id|class))?, '([^']*)'\)")


def _names_test(xpaths: list[XPath]) -> re.Pattern[str]:
    """What the XPaths' tests on a class or an id could match, as one expression over
    all of a page's classes and ids, a line each. trafilatura's pruning XPaths call back
    into Python for every such test on every element; where this finds nothing on the
    page, they select nothing, and the page is spared their walk. Only for XPaths each
    of whose branches tests a class or an id."""
    tests = {
        f"(?i:{pattern})" if "i" in flags else f"(?:{pattern})"
        for xpath in xpaths
        for pattern, flags in _CLASS_TEST.findall(xpath.path)
    }
    tests |= {re.escape(word) for xpath in xpaths for word in _CLASS_CONTAINS.findall(xpath.path)}
    return re.compile("|".join(sorted(tests)), re.M)


def _finder(test: re.Pattern[str]) -> Callable[[str], bool]:
    """test.search(names) is not None, its scan run only where a needed word is there."""
    words = walk(needed_words, test.pattern, test.flags, bool(test.flags & re.I))
    if words is None:
        return lambda names: test.search(names) is not None
    return lambda names: any(w in names for w in words) and test.search(names) is not None


_RAW_PRUNE = _finder(_names_test(core.RAW_TREE_PRUNE_XPATH))  # infinite-scroll, share boxes
_COMMENTS_PRUNE = _finder(_names_test(core.REMOVE_COMMENTS_AND_LISTS_XPATH))
# TEASER_DISCARD_XPATH's only test, case-blind here where it folds the T alone: a superset
_TEASERS = re.compile("teaser", re.I)


class _Page:
    """One page's tree, pruned as trafilatura prunes it, and the work both runs share."""

    def __init__(self, tree: HtmlElement) -> None:
        # each distinct class and id once (menus repeat theirs hundreds of times): only
        # searched for whether a test finds something, which the order cannot change
        distinct = dict.fromkeys(_CLASSES_AND_IDS(tree))
        self.names, self.count = "\n".join(distinct), len(distinct)
        forum = core._forum_thread_page(tree)  # a thread forum's "comments" are its posts
        raw = _RAW_PRUNE(self.names)
        comments = not forum and _COMMENTS_PRUNE(self.names)
        if raw or comments:
            tree = copy(tree)  # the caller's tree stays whole
        if raw:
            tree = core.prune_unwanted_nodes(tree, core.RAW_TREE_PRUNE_XPATH)
        if comments:
            tree = core.prune_unwanted_nodes(tree, core.REMOVE_COMMENTS_AND_LISTS_XPATH)
        self.tree = tree  # only read: every stage copies what it changes
        self._converted: dict[str, HtmlElement] = {}  # cleaned and converted, per focus
        self._contents: dict[tuple[str, bool], Extraction] = {}

    @cached_property
    def text_length(self) -> int:
        """The whole page's text, the measure of a short extraction."""
        return _page_text_length(self.tree, self.names)

    def stages_1_2(self, options: Extractor) -> Extraction:
        """trafilatura's own extractor, compared with the external ones unless fast."""
        if options.focus not in self._converted:  # cleaning does not depend on `fast`
            cleaned = core.tree_cleaning(copy(self.tree), options)
            self._converted[options.focus] = core.convert_tags(cleaned, options, None)
        body, text = self._content(self._converted[options.focus], options)
        if options.fast:
            return body, text
        # the cleaned tree before conversion, which only the comparison reads: made again
        # here rather than copied on every page for the few that need a full run
        backup = core.tree_cleaning(copy(self.tree), options)
        return core.compare_extraction(backup, copy(self.tree), body, text, options)

    def _content(self, cleaned: HtmlElement, options: Extractor) -> Extraction:
        """extract_content's result, computed once for the fast and the full run where
        they cannot differ: only the full run prunes teaser blocks (not in recall
        focus), which changes nothing on a tree without one."""
        prunes_teasers = options.focus != "recall" and not options.fast
        key = (options.focus, prunes_teasers)
        if key not in self._contents:
            twin = self._contents.get((options.focus, not prunes_teasers))
            if twin is not None and not self._has_teasers(cleaned):
                self._contents[key] = twin
            else:
                self._contents[key] = core.extract_content(copy(cleaned), options)
        body, text = self._contents[key]
        return copy(body), text  # later stages may change the body they are given

    def _has_teasers(self, cleaned: HtmlElement) -> bool:
        """Whether the teaser pruning finds a block (a class or id naming "teaser" is
        looked for first: most pages have none)."""
        return _TEASERS.search(self.names) is not None and any(
            xpath(cleaned) for xpath in TEASER_DISCARD_XPATH
        )

    def run(self, options: Extractor) -> str:
        """bare_extraction's text for these options ("" where it returns nothing)."""
        try:
            body, text = self._cascade(options)
        except (TypeError, ValueError):
            return ""
        if options.max_tree_size and len(body) > options.max_tree_size:
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return ""
        if len(text) < options.min_output_size and options.min_output_comm_size > 0:
            return ""  # too little text and (comments off) no comments
        return xmltotxt(body, options.formatting) or ""

    def _cascade(self, options: Extractor) -> Extraction:
        """trafilatura_sequence's stages 1 to 4."""
        body, text = self.stages_1_2(options)
        if len(text) < options.min_extracted_size and options.focus != "precision":
            b_body, b_text, b_len = core.baseline(self.tree)  # 3. rescue on the raw tree
            if b_len > len(text):
                body, text = b_body, b_text
        if (
            options.focus == "balanced"
            and 0 < len(text) < core.ESCALATION_MAX_LENGTH
            and len(text) < core.ESCALATION_PAGE_SHARE * self.text_length
        ):
            body, text = self._escalate(options, body, text)
        return body, text

    def _escalate(self, options: Extractor, body: _Element, text: str) -> Extraction:
        """4. A short text covering little of the page: retry in recall mode, and (full
        run) with justext; keep a clearly longer result."""
        r_body, r_text = _quietly(lambda: self.stages_1_2(_recall(options)))
        j_body, j_text = (
            (None, "")
            if options.fast
            else _quietly(lambda: core.justext_rescue(copy(self.tree), options))
        )
        if len(j_text) > max(len(r_text), core.ESCALATION_JUSTEXT_RATIO * len(text)):
            return j_body, j_text
        if len(r_text) >= options.min_extracted_size and (
            len(r_text) > core.ESCALATION_ACCEPT_RATIO * len(text)
        ):
            return r_body, r_text
        return body, text


# html2txt removes trafilatura's BASIC_CLEAN_XPATH before measuring: some tags, and the
# elements whose class or id names a cookie or consent banner, found by a regular expression
# that lxml calls back into Python for, on every element (most of the measure's time). Pages
# rarely have such a banner: one search over all their classes and ids tells, and only
# those pages pay for the full expression.
_CLEANED_TAGS = XPath(BASIC_CLEAN_XPATH.path.split("|.//*[re:test(", 1)[0])  # its tag branches
_CONSENT = re.compile(_COOKIE_CONSENT_RE, re.I)  # no anchors, no newline: one search fits
_CONSENT_WORDS = ("cookie", "consent", "borlabs", "cmplz", "onetrust", "moove")
_ODD_FOLDS = "\u0130\u0131\u017f"  # re.I matches these with i, i, s; str.lower() does not


def _names_a_banner(names: str) -> bool:
    """_CONSENT.search(names), its slow case-blind search run only where a word it needs
    is there."""
    folded = names.lower()
    maybe = any(word in folded for word in _CONSENT_WORDS) or (
        not names.isascii() and any(char in names for char in _ODD_FOLDS)
    )
    return maybe and _CONSENT.search(names) is not None


def _page_text_length(tree: HtmlElement, names: str) -> int:
    """len(trafilatura.html2txt(tree)): the whole page's text, which a short extraction is
    measured against."""
    tree = copy(tree)
    body = tree.find(".//body")
    if body is None:
        body = tree
    banner = _names_a_banner(names)  # the classes and ids of the page before pruning
    for element in (BASIC_CLEAN_XPATH if banner else _CLEANED_TAGS)(body):
        delete_element(element)
    return len(_spaced_text(body))


def _quietly(stage: Callable[[], Extraction]) -> Extraction:
    """A failed retry is no result, as in trafilatura (which logs and goes on)."""
    try:
        return stage()
    except Exception:
        return None, ""


@lru_cache(maxsize=4)
def _recall(options: Extractor) -> Extractor:
    recall = copy(options)
    recall.focus = "recall"
    return recall


def main_text(
    tree: HtmlElement, options: Callable[[bool], Extractor], weak: Callable[[str], bool]
) -> str:
    """The fast run's text, or the full run's where the fast one is weak (trafilatura's
    class and id tests as membership tests of the page's names: pagexpath)."""
    try:
        page = _Page(tree)
    except (TypeError, ValueError):
        return ""
    with for_page(page.names, page.count):
        text = page.run(options(True))
        return page.run(options(False)) if weak(text) else text
