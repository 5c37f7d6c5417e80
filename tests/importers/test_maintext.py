"""maintext runs trafilatura's cascade with its shared work done once: its text must be
exactly what trafilatura.bare_extraction returns, fast and full, on every kind of page."""

import re
from pathlib import Path

import pytest
import trafilatura
from trafilatura.xpaths import (
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
    TEASER_DISCARD_XPATH,
)

from app.importers.html import _drop_scripts, _options, parse_html, parse_page
from app.importers.maintext import _CLASS_CONTAINS, _CLASS_TEST, main_text

PROSE = (
    "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke über den "
    "Fluss bis zum Sommer zu sanieren und den Verkehr während der Arbeiten umzuleiten. "
)
MENU = "".join(f'<li><a href="/r{i}">Rubrik {i}</a></li>' for i in range(40))
ASIDE = "".join(f"<p>Meistgelesen: Meldung Nummer {i} aus der Region</p>" for i in range(30))

PAGES = {
    "long article": f"<article><h1>Brücke</h1>{f'<p>{PROSE * 2}</p>' * 6}</article><ul>{MENU}</ul>",
    "short article in a big page": f"<nav><ul>{MENU}</ul></nav><div class='main'><p>{PROSE}"
    f"</p></div><aside>{ASIDE}</aside><div class='footer'>{ASIDE}</div>"
    f"<div id='cookie-banner'><p>{PROSE}</p></div>",
    "menu only (escalates)": f"<div><ul>{MENU}</ul></div><p>Kurz.</p>",
    "teasers": "".join(
        f"<div class='teaser'><h2>Titel {i}</h2><p>{PROSE}</p></div>" for i in range(5)
    ),
    "empty (baseline rescue)": "<p></p>",
    "comments, scroll and share boxes": f"<article><p>{PROSE * 4}</p></article>"
    f"<div class='comments'><ul><li><p>{PROSE}</p></li></ul></div>"
    f"<section id='commentlist'><p>{PROSE}</p></section><div class='commentary'><p>{PROSE}</p>"
    f"</div><div id='infinite-scroll'><h2>Nächster Artikel</h2><p>{PROSE * 2}</p></div>"
    f"<div class='elementor-share-buttons'><a href='/s'>Teilen</a></div>",
    "forum": '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    + "".join(f"<div class='comment'><p>{PROSE}</p></div>" for i in range(4)),
}


def _page(body: str):
    tree = parse_html(f"<html><head><title>T</title></head><body>{body}</body></html>")
    _drop_scripts(tree)
    return tree


def _bare(tree, fast: bool) -> str:
    doc = trafilatura.bare_extraction(tree, options=_options(fast))
    return (doc.text or "") if doc is not None else ""


@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize("fast", [True, False])
def test_the_text_is_bare_extractions(kind: str, fast: bool) -> None:
    tree = _page(PAGES[kind])
    # weak() decides whether the full run follows the fast one
    assert main_text(tree, _options, lambda text: not fast) == _bare(tree, fast)


def test_every_test_on_a_class_or_an_id_is_read() -> None:
    """The pruning XPaths are skipped where their class and id tests find nothing: a
    test of another form would go unread, so none may be left."""
    for xpath in RAW_TREE_PRUNE_XPATH + REMOVE_COMMENTS_AND_LISTS_XPATH:
        rest = _CLASS_CONTAINS.sub("", _CLASS_TEST.sub("", xpath.path))
        assert "@class" not in rest and "@id" not in rest, xpath.path


def test_the_full_run_follows_only_a_weak_fast_text() -> None:
    tree = _page(PAGES["short article in a big page"])
    seen: list[str] = []
    text = main_text(tree, _options, lambda t: seen.append(t) or False)
    assert seen == [text] == [_bare(tree, True)]


def test_the_tree_is_left_as_it_was() -> None:
    tree = _page(PAGES["short article in a big page"])
    before = tree.text_content()
    main_text(tree, _options, lambda text: True)
    assert tree.text_content() == before


def test_teaser_pruning_tests_only_classes_and_ids_for_teaser() -> None:
    """The fast and full runs share one main pass on pages without a teaser class or id:
    a teaser test of another form would make them differ unseen."""
    for xpath in TEASER_DISCARD_XPATH:
        rest = re.sub(r"contains\(translate\(@(?:id|class), 'T', 't'\), 'teaser'\)", "", xpath.path)
        assert "@" not in rest, xpath.path


def test_real_pages_give_bare_extractions_text(shared: Path) -> None:
    """On every page of the shared news corpus, fast and full (with the fast run before
    it, as in the importer) give what bare_extraction gives."""
    pages = sorted((shared / "corpus" / "trafilatura-news-html" / "html").glob("*.html"))
    assert pages
    for path in pages:
        for fast in (True, False):
            tree = parse_page(path.read_bytes())
            _drop_scripts(tree)
            ours = main_text(tree, _options, lambda text, fast=fast: not fast)
            assert ours == _bare(tree, fast), (path.name, fast)
