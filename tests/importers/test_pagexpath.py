"""The guarded and the per-page versions of trafilatura's class-testing XPaths select what
its own select, and only the importer's cascade reads them."""

import threading
from pathlib import Path

from lxml.etree import XPath
from trafilatura import external, main_extractor
from trafilatura.xpaths import BODY_XPATH, OVERALL_DISCARD_XPATH

from app.importers.html import parse_html, parse_page
from app.importers.pagexpath import RE_TEST, _Page, for_page, guard

REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}
XPATHS = BODY_XPATH + OVERALL_DISCARD_XPATH
NAMES = XPath(".//@class|.//@id", smart_strings=False)


def _names(tree) -> tuple[str, int]:
    names = dict.fromkeys(NAMES(tree))
    return "\n".join(names), len(names)


def _versions(xpaths: list[XPath], names: tuple[str, int]) -> list[XPath]:
    page = _Page(*names)
    return [page.version(guard(xpath)) for xpath in xpaths]


def test_each_class_and_id_test_is_guarded() -> None:
    assert sum(len(RE_TEST.findall(xpath.path)) for xpath in XPATHS) >= 10
    for xpath in XPATHS:
        tests = RE_TEST.findall(xpath.path)
        assert "re:test(" not in RE_TEST.sub("", xpath.path)  # none of another form
        assert guard(xpath).path.count(" and re:test(") == len(tests)


def test_a_test_that_finds_an_empty_value_is_not_guarded() -> None:
    """re:test reads a missing attribute as "": such a test selects elements without it."""
    xpath = XPath(".//div[re:test(@class, '^$|x')]", namespaces=REGEXP_NS)
    assert guard(xpath) is xpath
    tree = parse_html("<html><body><div>a</div><div class='x'>b</div></body></html>")
    assert len(guard(xpath)(tree)) == 2
    assert len(_versions([xpath], _names(tree))[0](tree)) == 2


def test_the_first_of_two_attributes_is_tested_either_way_round() -> None:
    xpath = XPath(".//div[re:test(@id|@class, 'cookie')]", namespaces=REGEXP_NS)
    tree = parse_html(
        "<html><body><div id='cookie' class='a'>1</div><div class='a' id='cookie'>2</div>"
        "<div class='cookie'>3</div><div id='a' class='cookie'>4</div><div>5</div></body></html>"
    )
    (listed,) = _versions([xpath], _names(tree))
    assert "re:test" not in listed.path
    for version in (xpath, guard(xpath), listed):
        assert [el.text for el in version(tree)] == ["1", "3"]


def test_a_page_lists_the_names_a_test_finds() -> None:
    xpath = XPath(
        ".//div[re:test(@class, 'teaser') or re:test(@id, 'nothing-here')]", namespaces=REGEXP_NS
    )
    tree = parse_html(
        "<html><body><div class='teaser|a'>1</div><div class='big teaser'>2</div>"
        "<div class='teas'>3</div><div class=\"it's a teaser\">4</div></body></html>"
    )
    (listed,) = _versions([xpath], _names(tree))
    assert "re:test" not in listed.path and "false()" in listed.path  # no id: none found
    assert "concat('#', @class, '#')" in listed.path  # a name holds '|': another separator
    assert [el.text for el in listed(tree)] == [el.text for el in xpath(tree)] == ["1", "2", "4"]


def test_names_with_both_quotes_keep_the_test() -> None:
    xpath = XPath(".//div[re:test(@class, 'teaser')]", namespaces=REGEXP_NS)
    tree = parse_html(
        "<html><body><div class='teaser &quot;x&quot; it&apos;s'>1</div></body></html>"
    )
    (kept,) = _versions([xpath], _names(tree))
    assert kept.path == guard(xpath).path
    assert [el.text for el in kept(tree)] == ["1"]


def test_names_that_are_no_lines_give_the_guarded_versions() -> None:
    """A class holding a newline ('<div class="meta\n main">') is two lines."""
    guarded = [guard(x).path for x in XPATHS]
    assert [x.path for x in _versions(XPATHS, ("meta\n main\nnav", 2))] == guarded


def test_only_the_page_block_on_its_thread_reads_the_versions() -> None:
    assert list(main_extractor.BODY_XPATH) == BODY_XPATH
    assert list(external.OVERALL_DISCARD_XPATH) == OVERALL_DISCARD_XPATH
    other: list[list] = []
    with for_page("article-body\nmain", 2):
        paths = [xpath.path for xpath in main_extractor.BODY_XPATH]
        assert paths == [xpath.path for xpath in _versions(BODY_XPATH, ("article-body\nmain", 2))]
        assert paths != [xpath.path for xpath in BODY_XPATH]
        thread = threading.Thread(target=lambda: other.append(list(main_extractor.BODY_XPATH)))
        thread.start()
        thread.join()
    assert other == [BODY_XPATH]
    assert list(main_extractor.OVERALL_DISCARD_XPATH) == OVERALL_DISCARD_XPATH


def test_real_pages_select_the_same_elements(shared: Path) -> None:
    pages = sorted((shared / "corpus" / "trafilatura-news-html" / "html").glob("*.html"))
    assert pages
    for path in pages:
        tree = parse_page(path.read_bytes())
        names, count = _names(tree)
        listed = _versions(XPATHS, (names, count))
        if names.count("\n") == count - 1:  # no class holds a newline
            assert sum("re:test" in x.path for x in listed) <= 1  # the test of @style left
        for root in [tree, *tree.iter("div", "section", "article")][:200]:
            for xpath, version in zip(XPATHS, listed, strict=True):
                found = xpath(root)
                assert guard(xpath)(root) == found, path.name
                assert version(root) == found, path.name
