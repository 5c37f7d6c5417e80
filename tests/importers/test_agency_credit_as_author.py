"""An agency credited as the author ("By Reuters", a JSON-LD author of type Organization)
names the source, not a person (eleventh held-out batch)."""

from __future__ import annotations

from app.importers import extract
from app.importers.compose import compose
from app.importers.profiles import default_profiles
from tests.importers.makers import ARTICLE_HTML


def test_json_ld_organisation_author_is_no_byline() -> None:
    page = (
        "<html lang='en'><head><title>Rail trips hit record</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Rail trips hit record", "author": [{"@type": "Organization", "name": "Example '
        'Wire"}, {"@type": "Person", "name": "Mei Chen"}]}</script></head><body><main>'
        f"<article><h1>Rail trips hit record</h1>{ARTICLE_HTML}</article></main></body></html>"
    )
    assert extract("p.html", page.encode())[0].article.author == "Mei Chen"


def test_byline_naming_the_agency_is_no_author() -> None:
    text = (
        "Steel quotas to be halved\n"
        "By Reuters\n"
        "BRUSSELS (Reuters) - The European Commission on Wednesday proposed cutting the "
        "volume of steel that can enter the bloc tariff-free by nearly half.\n"
    )
    art = compose(text, default_profiles())
    assert art.source == "Reuters"
    assert art.author == ""


def _org_page(credit: str) -> bytes:
    return (
        "<html lang='en'><head><title>Copper output hits record | Example Live</title>"
        '<meta property="og:site_name" content="Example Live">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Copper output hits record", "author": {"@type": "Organization", "name": "AFP"}}'
        "</script></head><body><main><article><h1>Copper output hits record</h1>"
        f'<div class="byline"><span>{credit}</span> <time>19 November 2025</time></div>'
        f"{ARTICLE_HTML}</article></main></body></html>"
    ).encode()


def test_agency_organisation_author_shown_as_the_byline_is_agency_copy() -> None:
    assert extract("p.html", _org_page("AFP"))[0].article.source == "AFP"


def test_agency_organisation_author_not_shown_leaves_the_site() -> None:
    assert extract("p.html", _org_page("Staff"))[0].article.source == "Example Live"
