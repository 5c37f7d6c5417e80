"""A byline's role after a slash ("Jane Doe/Staff Reporter"), a pager's link to the next
story and a comment box's house rule under the text; a saved page's byline as an item of
its meta row, and og:site_name with a kind word ("Online") after the name the logo prints."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sitename import brand_without_kind
from tests.importers.makers import ARTICLE_HTML, NEWS_MORE, NEWS_TEXT

PROFILES = load_profiles()


def test_name_slash_role_is_the_byline() -> None:
    assert author_of_line("Jane Fielding/Staff Reporter") == "Jane Fielding"
    assert author_of_line("Jane Fielding, Senior Reporter") == "Jane Fielding"
    assert author_of_line("The Courier/Staff Reporter") == ""
    paste = "\n".join([
        "Example Courier", "News", "Business", "Sports",
        "Council approves forty kilometres of new tram lines",
        "Published: Tuesday | March 18, 2025 | 12:08 AM", "Jane Fielding/Staff Reporter",
        NEWS_TEXT, NEWS_MORE, "Next story >", "Comments",
        "We welcome reader comments on our stories. Please keep them civil.",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.author == "Jane Fielding"
    assert "Next story" not in art.body and "We welcome" not in art.body


def test_pager_links_and_comment_rules_are_boilerplate() -> None:
    assert is_boilerplate("Next story >")
    assert is_boilerplate("« Vorheriger Artikel")
    assert is_boilerplate("Please keep them civil.")
    assert not is_boilerplate("The next story in the series will look at the buses.")


def _page(site_name: str, logo: str) -> bytes:
    return (
        f"<html><head><title>Council approves new tram lines | {site_name}</title>"
        f'<meta property="og:site_name" content="{site_name}">'
        '<meta property="og:title" content="Council approves new tram lines"></head><body>'
        f'<header><a class="logo">{logo}</a><nav><ul><li class="author">Our writers</li>'
        "</ul></nav></header><article><h1>Council approves new tram lines</h1>"
        '<ul class="meta"><li class="byline">Jane Fielding</li>'
        '<li><time datetime="2025-03-18T09:40:00Z">Mar 18, 2025</time></li></ul>'
        f"{ARTICLE_HTML}</article></body></html>"
    ).encode()


def test_list_item_byline_of_the_meta_row() -> None:
    art = extract("p.html", _page("Example Courier", "Example Courier"))[0].article
    assert art.author == "Jane Fielding"


def test_kind_word_after_the_logo_name_leaves_the_source() -> None:
    assert brand_without_kind("Example Newspapers", "Example", "Headline | example.com") == (
        "Example"
    )
    # no logo's evidence, or a <title> naming the site with the word: the name as stated
    assert brand_without_kind("Example Online", "", "Headline") == ""
    assert (
        brand_without_kind("Example Newspapers", "Example", "Headline - Example Newspapers") == ""
    )
    assert brand_without_kind("Example Times", "Example", "Headline") == ""
    art = extract("p.html", _page("Example Courier Newspapers", "Example Courier"))[0].article
    assert art.source == "Example Courier Newspapers"  # the <title> ends in the whole name
    page = _page("Example Courier Newspapers", "Example Courier").replace(
        b"| Example Courier Newspapers</title>", b"| examplecourier.com</title>"
    )
    assert extract("p.html", page)[0].article.source == "Example Courier"


def test_capital_logo_over_a_notice_in_normal_case() -> None:
    # og:site_name "Example Online", logo "EXAMPLE", "© Example – Magazin …": the brand
    page = _page("Example Online", "EXAMPLE").replace(
        b"</body>", "<footer>© Example – Magazin für Politik · Impressum</footer></body>".encode()
    )
    assert extract("p.html", page)[0].article.source == "Example"


def test_newsletter_promise_under_the_end_bio_leaves_the_text() -> None:
    assert is_boilerplate("Receive the week's best analysis every Friday.")
    assert not is_boilerplate("Residents receive the city's water bill every month by post.")
    page = _page("Example Courier", "Example Courier").replace(
        b"</article>",
        b'<p class="bio"><em>Jane Fielding is a Visiting Fellow at the Example Institute.</em>'
        b'</p><section class="subscribe"><h4>Subscribe to Example</h4>'
        b"<p>Receive the week's best analysis every Friday.</p></section></article>",
    )
    body = extract("p.html", page)[0].article.body
    assert "Visiting Fellow" not in body and "every Friday" not in body
