"""Metadata a page shows but does not state: microdata articleSection, breadcrumbs, a byline
element, a date element; and sections set in capitals."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.sections import section_of_line
from tests.importers.makers import ARTICLE_HTML

_BODY = ARTICLE_HTML


def _page(inner: str) -> bytes:
    return (
        "<html lang='en'><head><title>Rail trips hit record</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
        f"<main><article><h1>Rail trips hit record</h1>{inner}{_BODY}</article></main>"
        "</body></html>"
    ).encode()


def _one(data: bytes):
    return extract("p.html", data)[0].article


def test_microdata_section_and_byline_element() -> None:
    art = _one(
        _page(
            "<div class='tag'><span itemprop='articleSection'>Transport</span></div>"
            "<div class='byline'><span>By Mei Chen</span></div>"
        )
    )
    assert art.section == "Transport"
    assert art.author == "Mei Chen"


def test_breadcrumb_section_and_date_element() -> None:
    art = _one(
        _page(
            "<div class='breadcrumbs'><a href='/'>Home</a> &gt; <a href='/x'>Infrastructure</a>"
            "</div><div class='news-info'><span class='author'>Anna Lee</span> "
            "<span class='date'>12 May, 2025 16:20</span></div>"
        )
    )
    assert art.section == "Infrastructure"
    assert art.author == "Anna Lee"
    assert art.published == datetime(2025, 5, 12, 16, 20)


def test_site_domain_in_breadcrumbs_is_no_section() -> None:
    art = _one(_page("<div class='breadcrumb'><a href='/'>news.example.at</a></div>"))
    assert art.section != "news.example.at"


def test_sections_in_capitals_are_cased() -> None:
    assert section_of_line("BUSINESS") == "Business"
    assert section_of_line("MIDDLE EAST") == "Middle East"
    assert section_of_line("Wirtschaft") == "Wirtschaft"


def test_summary_bullets_under_the_headline_leave_the_body() -> None:
    art = _one(
        _page(
            "<ul class='summary'><li>Record trips as travel demand stays strong</li>"
            "<li>Operator plans several new lines this year</li></ul>"
        )
    )
    assert art.body.startswith("The national railway handled")
    assert "Operator plans several new lines" not in art.body


def test_a_pages_keywords_are_no_tags() -> None:
    """Tags are the analyst's own scheme: a page's SEO keywords (a list, a comma string, or
    a printed Python list) would fill it with 'Donald Trump', 'Berlin', 'Textart: …'."""
    for keywords in ('["Berlin", "Verkehr"]', '"Berlin, Verkehr"', "\"['US', 'AWARDS']\""):
        ld = (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "Rail trips hit record", "keywords": {keywords}}}</script>'
        )
        data = _page("").replace(b"</head>", ld.encode() + b"</head>")
        (item,) = extract("p.html", data)
        assert item.tags == [] and item.article.title == "Rail trips hit record"
