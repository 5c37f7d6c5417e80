"""The article's stamp wins over the header bar's day of copying: in a paste, at equal
distance from the headline the date under it; on a saved page, the stamp in the elements
after the <h1>, the first publication before a revision's "Updated" (invented pages)."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.compose import compose
from tests.importers.makers import ARTICLE_HTML


def test_date_under_the_headline_beats_the_header_day_as_near() -> None:
    text = (
        "Example Times\nHome\nBusiness\n26.11.2025\nBusiness\n"
        "Railway deal signed for the last stretch of the line\n"
        "By Jane Doe\n21 November 2025\n"
        "The two railway companies signed the agreement on Thursday, clearing one of the "
        "last obstacles to a project discussed for two decades.\n"
        "Construction is to begin in the spring, the companies said in a statement.\n"
    )
    assert compose(text, ()).published == datetime(2025, 11, 21)


def test_saved_page_stamp_under_h1_beats_the_header_day() -> None:
    page = (
        "<html><head><title>Rail record | Example News</title></head><body>"
        "<header><a class='logo'>Example News</a>"
        "<span class='date'>Friday, November 28, 2025</span></header><main><article>"
        "<h1>Railway carries a record number of passengers</h1>"
        "<div class='byline'>Jane Doe</div>"
        "<div class='stamps'>Updated 22 November 2025<br>November 21, 2025 20:47</div>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )
    art = extract("p.html", page.encode("utf-8"))[0].article
    assert art.published == datetime(2025, 11, 21, 20, 47)


def test_saved_page_updated_stamp_alone_is_not_taken_for_the_publication() -> None:
    page = (
        "<html><head><title>Rail record | Example News</title></head><body><main><article>"
        "<h1>Railway carries a record number of passengers</h1>"
        "<div class='stamps'>Updated 22 November 2025</div>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )
    art = extract("u.html", page.encode("utf-8"))[0].article
    assert art.published != datetime(2025, 11, 22)
