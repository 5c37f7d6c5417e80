"""A paste is read from the clipboard flavour that serves best: a browser selection's
text over its head-less HTML fragment, a whole page's HTML with its metadata over text."""

from __future__ import annotations

import pytest

from app.importers import clipboard_flavours, extract_clipboard
from app.model import ExtractionError
from tests.importers.makers import NEWS_MORE, NEWS_TEXT

TEXT = f"Tram network to grow by 40 kilometres\n\nVon Anna Berger\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n"
#: what Chrome puts on the clipboard for the same selection: a fragment, no <head>
FRAGMENT = (
    "<html><body><!--StartFragment--><article><p style='font-size:12px'>Verkehr</p>"
    "<h1 style='font-weight:700'>Tram network to grow by 40 kilometres</h1>"
    f"<p>Von Anna Berger</p><p>{NEWS_TEXT}</p><p>{NEWS_MORE}</p></article>"
    "<!--EndFragment--></body></html>"
)
PAGE = (
    "<html><head><title>Tram network to grow | City Courier</title>"
    "<meta property='og:site_name' content='City Courier'></head><body><main>"
    f"<h1>Tram network to grow by 40 kilometres</h1><p>{NEWS_TEXT}</p><p>{NEWS_MORE}</p>"
    "</main></body></html>"
)


def test_a_browser_selection_is_read_from_its_text() -> None:
    assert [name for name, _ in clipboard_flavours(TEXT, FRAGMENT)] == [
        "clipboard.txt",
        "clipboard.html",
    ]
    [article] = extract_clipboard(TEXT, FRAGMENT)
    assert article.article.title == "Tram network to grow by 40 kilometres"
    assert article.article.author == "Anna Berger"
    assert article.origin == "clipboard.txt"


def test_a_whole_page_is_read_from_its_html() -> None:
    assert clipboard_flavours(TEXT, PAGE)[0][0] == "clipboard.html"
    [article] = extract_clipboard(TEXT, PAGE)
    assert article.article.source == "City Courier"


def test_the_other_flavour_serves_when_the_first_gives_nothing() -> None:
    [article] = extract_clipboard("   \n", FRAGMENT)
    assert article.origin == "clipboard.html"
    [article] = extract_clipboard(TEXT, "<html><head><title>x</title></head><body></body></html>")
    assert article.origin == "clipboard.txt"
    with pytest.raises(ExtractionError, match="clipboard holds no text"):
        extract_clipboard(" ", None)


def test_the_archive_keeps_the_flavour_it_read(archive) -> None:
    [result] = archive.import_clipboard(TEXT, FRAGMENT)
    assert archive.original(result.id)[0] == "clipboard.txt"
    assert archive.get(result.id).author == "Anna Berger"
