"""The guarded versions of trafilatura's class-testing XPaths select what its own select,
and only the importer's cascade reads them."""

import threading
from pathlib import Path

from lxml.etree import XPath
from trafilatura import external, main_extractor
from trafilatura.xpaths import BODY_XPATH, OVERALL_DISCARD_XPATH

from app.importers.html import parse_html, parse_page
from app.importers.pagexpath import RE_TEST, guard, guarded

REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}

XPATHS = BODY_XPATH + OVERALL_DISCARD_XPATH


def test_each_class_and_id_test_is_guarded() -> None:
    assert sum(len(RE_TEST.findall(xpath.path)) for xpath in XPATHS) >= 10
    for xpath in XPATHS:
        tests = RE_TEST.findall(xpath.path)
        assert "re:test(" not in RE_TEST.sub("", xpath.path)  # none of another form
        assert guard(xpath).path.count(" and re:test(") == len(tests)


def test_a_test_that_finds_an_empty_value_is_left_as_it_is() -> None:
    """re:test reads a missing attribute as "": such a test selects elements without it."""
    xpath = XPath(".//div[re:test(@class, '^$|x')]", namespaces=REGEXP_NS)
    assert guard(xpath) is xpath
    tree = parse_html("<html><body><div>a</div><div class='x'>b</div></body></html>")
    assert len(guard(xpath)(tree)) == 2


def test_the_first_of_two_attributes_is_tested_either_way_round() -> None:
    xpath = XPath(".//div[re:test(@id|@class, 'cookie')]", namespaces=REGEXP_NS)
    tree = parse_html(
        "<html><body><div id='cookie' class='a'>1</div><div class='a' id='cookie'>2</div>"
        "<div class='cookie'>3</div><div id='a' class='cookie'>4</div><div>5</div></body></html>"
    )
    assert [el.text for el in guard(xpath)(tree)] == [el.text for el in xpath(tree)] == ["1", "3"]


def test_only_the_guarded_block_on_its_thread_reads_the_guarded_versions() -> None:
    assert list(main_extractor.BODY_XPATH) == BODY_XPATH
    assert list(external.OVERALL_DISCARD_XPATH) == OVERALL_DISCARD_XPATH
    other: list[list] = []
    with guarded():
        paths = [xpath.path for xpath in main_extractor.BODY_XPATH]
        assert paths == [guard(xpath).path for xpath in BODY_XPATH]
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
        for root in [tree, *tree.iter("div", "section", "article")][:200]:
            for xpath in XPATHS:
                assert guard(xpath)(root) == xpath(root), path.name
