"""A byline element with the name and where it was written, without "By" or "Von"
("Jane Doe in Almaty"): the name is the author."""

from __future__ import annotations

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML


def _article(inner: str):
    page = (
        "<html lang='de'><head><title>Fähre fährt seltener</title></head><body>"
        f"<main><article>{inner}{ARTICLE_HTML}</article></main></body></html>"
    )
    return extract("p.html", page.encode())[0].article


def test_name_in_place_in_a_byline_element() -> None:
    art = _article("<h1>Fähre fährt seltener</h1><p class='byline'>Anna-Lena Muster in Lindau</p>")
    assert art.author == "Anna-Lena Muster"


def test_bare_name_in_a_byline_element_still_read() -> None:
    art = _article("<h1>Fähre fährt seltener</h1><p class='byline'>Anna-Lena Muster</p>")
    assert art.author == "Anna-Lena Muster"
