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
