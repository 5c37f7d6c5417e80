"""Blind batch 70 (web pages): a JSON-LD publisher's legal name beside og:site_name, when
the logo and the <title> print only the og:site_name brand: the brand is the source."""

from __future__ import annotations

import json

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML


def _page(og_site: str, title_tail: str, logo: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Rail trips hit record",
        "datePublished": "2025-05-05T10:00:00+02:00",
        "publisher": {"@type": "Organization", "name": "Nordtal- und Bergland-Zeitung"},
    }
    page = (
        f"<html lang='en'><head><title>Rail trips hit record | {title_tail}</title>"
        f"<meta property='og:site_name' content='{og_site}'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        f"<header><a class='logo' href='/'>{logo}</a></header><main><article>"
        f"<h1>Rail trips hit record</h1>{ARTICLE_HTML}</article></main>"
        "<footer>© 2025 Nordtal- und Bergland-Zeitung</footer></body></html>"
    )
    return extract("p.html", page.encode())[0].article.source


def test_brand_of_logo_and_title_wins_over_the_legal_publisher() -> None:
    assert _page("Nobez", "Nobez", "Nobez") == "Nobez"


def test_legal_publisher_stays_when_the_logo_reads_otherwise() -> None:
    assert _page("Nobez", "Nobez", "Startseite") == "Nordtal- und Bergland-Zeitung"
