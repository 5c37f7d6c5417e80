"""Labels a saved page shows around its headline: the breadcrumb's home crumb under the
site's own name, a section link by its class, a byline holding the date beside the name's
link, a standfirst in a "subtitle" element, and the site name as the <title> spells it."""

from __future__ import annotations

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML

_BODY = ARTICLE_HTML


def _article(inner: str, head: str = "<title>Rail trips hit record</title>"):
    page = (
        f"<html lang='en'><head>{head}</head><body>"
        "<nav><a class='section-link' href='/sport'>Sport</a></nav>"
        f"<main><article>{inner}{_BODY}</article></main></body></html>"
    )
    return extract("p.html", page.encode())[0].article


def test_root_crumb_is_home_whatever_it_reads() -> None:
    art = _article(
        "<nav class='breadcrumb'><a href='/'>EXAMPLE ONLINE</a> › "
        "<a href='/business/'>Business</a></nav><h1>Rail trips hit record</h1>"
    )
    assert art.section == "Business"


def test_section_link_by_its_class_above_the_headline() -> None:
    art = _article("<a class='section-link' href='/x/'>Transport</a><h1>Rail trips hit record</h1>")
    assert art.section == "Transport"
    art = _article("<div class='article-rubric'><a href='/x'>Город</a></div><h1>Rail trips</h1>")
    assert art.section == "Город"


def test_section_class_in_a_menu_or_below_the_headline_is_no_section() -> None:
    art = _article("<h1>Rail trips hit record</h1><p class='section-note'>Partner</p>")
    assert art.section == ""


def test_byline_link_when_the_byline_also_holds_the_date() -> None:
    art = _article(
        "<h1>Rail trips hit record</h1><div class='byline'><a href='/author/x'>Ciara Walsh</a>"
        " <span>Tue Apr 1 2025 - 18:05</span></div>"
    )
    assert art.author == "Ciara Walsh"


def test_standfirst_in_a_subtitle_element_is_the_lead() -> None:
    standfirst = "Operators credit cheaper tickets and new timetables for the growth in travel"
    art = _article(
        f"<h1>Rail trips hit record</h1><em class='article-headline__subtitle'>{standfirst}</em>"
    )
    assert art.lead == standfirst
    assert art.body.startswith("The national railway handled")


def test_lower_case_site_name_as_the_title_spells_it() -> None:
    head = (
        "<title>Rail trips hit record | Examplenews</title>"
        "<meta property='og:site_name' content='examplenews'>"
    )
    assert _article("<h1>Rail trips hit record</h1>", head).source == "Examplenews"
