"""Several authors listed in the metadata are given as the page's byline prints them
("Jane Doe and John Roe"), not as the metadata's list joined by commas."""

from __future__ import annotations

import json

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML


def _article(byline: str):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Rail trips hit record",
        "datePublished": "2025-03-18T09:40:00+00:00",
        "author": [
            {"@type": "Person", "name": "Jane Doe"},
            {"@type": "Person", "name": "John Roe"},
        ],
    }
    page = (
        "<html lang='en'><head><title>Rail trips hit record</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        f"<main><article><h1>Rail trips hit record</h1><p class='byline'>{byline}</p>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )
    return extract("p.html", page.encode())[0].article


def test_listed_authors_as_the_byline_prints_them() -> None:
    assert _article("by Jane Doe and John Roe").author == "Jane Doe and John Roe"


def test_other_names_in_the_byline_leave_the_list() -> None:
    assert _article("by Jane Doe and Mary Major").author == "Jane Doe, John Roe"
