"""Saved pages of the eleventh held-out batch: a lead container that holds the headline and
the standfirst, JSON-LD strings escaped for HTML, and a breadcrumb trail of two sections."""

from __future__ import annotations

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML

_STANDFIRST = (
    "The operator carried more passengers than ever in the first two months of the year "
    "and plans several new lines."
)


def _one(head: str, inner: str):
    page = (
        f"<html lang='en'><head><title>Rail trips hit record</title>{head}</head><body>"
        f"<main><article>{inner}<div class='story-content'>{ARTICLE_HTML}</div>"
        "</article></main></body></html>"
    )
    return extract("p.html", page.encode())[0].article


def test_standfirst_inside_a_lead_container_with_the_headline() -> None:
    art = _one(
        f"<meta name='description' content='{_STANDFIRST}'>",
        "<div class='story-lead'><h1 class='story-lead-headline'>Rail trips hit record</h1>"
        f"<p class='story-lead-text'>{_STANDFIRST}</p></div>",
    )
    assert art.lead == _STANDFIRST
    assert art.body.startswith("The national railway handled")


def test_json_ld_strings_are_unescaped() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Rail trips hit record", "articleSection": "Energy &amp; Transport", '
        '"author": {"@type": "Person", "name": "Liam O&#039;Neill"}}</script>'
    )
    art = _one(ld, "<h1>Rail trips hit record</h1>")
    assert art.section == "Energy & Transport"
    assert art.author == "Liam O'Neill"


def test_deepest_linked_breadcrumb_is_the_section() -> None:
    crumbs = (
        "<div class='breadcrumbs'><a href='/'>Home</a> » <a href='/business'>Economy</a> » "
        "<a href='/business/energy'>Oil&amp;Gas</a> » <span>Rail trips</span></div>"
    )
    art = _one("", f"{crumbs}<h1>Rail trips hit record</h1>")
    assert art.section == "Oil&Gas"  # not the page's own unlinked crumb
