"""Saved pages without a stated site name (the header's logo names the outlet), a rubric
label that is a whole trail, and the place printed after the byline's name element."""

from __future__ import annotations

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML


def _page(head: str, header: str, inner: str = "", above: str = "") -> bytes:
    return (
        f"<html lang='en'><head>{head}</head><body>"
        f"<header>{header}<nav><a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"</header><main><article>{above}<h1>Rail trips hit record</h1>"
        f"{inner}{ARTICLE_HTML}</article></main></body></html>"
    ).encode()


def _one(data: bytes):
    return extract("p.html", data)[0].article


def test_logo_link_names_a_site_without_metadata() -> None:
    art = _one(_page("<title>Rail trips hit record</title>", "<a href='/'>Northport Post</a>"))
    assert art.source == "Northport Post"


def test_logo_spells_the_domain_of_the_title_suffix() -> None:
    head = "<title>Rail trips hit record | northportpost.com</title>"
    art = _one(_page(head, "<a class='logo' href='https://northportpost.com/'>Northport Post</a>"))
    assert art.source == "Northport Post"


def test_stated_site_name_beats_the_logo() -> None:
    head = (
        "<title>Rail trips hit record</title><meta property='og:site_name' content='Northport.com'>"
    )
    art = _one(_page(head, "<a class='logo' href='/'>Northport</a>"))
    assert art.source == "Northport.com"


def test_home_link_labelled_home_is_no_name() -> None:
    art = _one(_page("<title>Rail trips hit record</title>", "<a href='/'>Home</a>"))
    assert art.source != "Home"


def test_rubric_label_with_a_trail_gives_its_deepest_crumb() -> None:
    label = "<div class='rubric-line'><a>City</a> / <a>Transport</a></div>"
    art = _one(_page("<title>Rail trips hit record</title>", "", above=label))
    assert art.section == "Transport"


def test_place_after_the_author_element_is_the_dateline() -> None:
    head = (
        "<title>Rail trips hit record</title><script type='application/ld+json'>"
        '{"@type":"NewsArticle","headline":"Rail trips hit record",'
        '"author":{"@type":"Person","name":"Jane Fielding"},'
        '"datePublished":"2025-03-18T09:40:00+01:00","articleSection":"Business"}</script>'
    )
    byline = "<div class='meta'><span class='author'>Jane Fielding</span>, Northport</div>"
    art = _one(_page(head, "", byline))
    assert art.dateline == "Northport"
    assert art.author == "Jane Fielding"


def test_place_after_another_byline_is_not_the_dateline() -> None:
    head = (
        "<title>Rail trips hit record</title><script type='application/ld+json'>"
        '{"@type":"NewsArticle","headline":"Rail trips hit record",'
        '"author":{"@type":"Person","name":"Jane Fielding"},'
        '"datePublished":"2025-03-18T09:40:00+01:00","articleSection":"Business"}</script>'
    )
    teaser = "<div class='meta'><span class='author'>Tom Weller</span>, Southport</div>"
    art = _one(_page(head, "", teaser))
    assert art.dateline == ""


def test_place_in_a_german_byline_element_of_the_stated_author() -> None:
    head = (
        "<title>Rail trips hit record</title><script type='application/ld+json'>"
        '{"@type":"NewsArticle","headline":"Rail trips hit record",'
        '"author":{"@type":"Person","name":"Jane Fielding"},'
        '"datePublished":"2025-03-18T09:40:00+01:00","articleSection":"Business"}</script>'
    )
    byline = "<div class='byline'>Von <a href='/autor/jf'>Jane Fielding</a>, Northport</div>"
    assert _one(_page(head, "", byline)).dateline == "Northport"
