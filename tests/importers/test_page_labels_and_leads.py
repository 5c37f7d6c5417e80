"""Saved pages of the twelfth blind batch: a trail in "crumbs", a section in a "label",
the day in a <time> element without its attribute, a standfirst in a "subhead" paragraph
or in a "lead" box around its paragraph."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML

_FIRST = "The national railway handled a record number"
_STANDFIRST = "Passenger numbers rose for the third year in a row, and freight grew too."


def _page(above: str, under: str = "") -> bytes:
    return (
        "<html lang='en'><head><title>Rail trips hit record</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/business'>Business</a></nav>"
        f"<main>{above}<article><h1>Rail trips hit record</h1>{under}"
        f"<div class='text'>{ARTICLE_HTML}</div></article></main></body></html>"
    ).encode()


def _one(data: bytes):
    return extract("p.html", data)[0].article


def test_crumbs_class_is_a_breadcrumb() -> None:
    crumbs = "<div class='crumbs'><a href='/'>Site</a> / <a href='/news'>News</a> / "
    art = _one(_page(crumbs + "<a href='/transport'>Transport</a></div>"))
    assert art.section == "Transport"


def test_trail_in_a_label_names_its_known_section() -> None:
    label = "<div class='article__label'><a href='/news'>News</a> / <a href='/b'>Business</a></div>"
    assert _one(_page(label)).section == "Business"
    assert _one(_page("<div class='label'>Exclusive</div>")).section == ""


def test_day_in_a_time_element_without_datetime() -> None:
    stamp = (
        "<div class='article__date'><time>Nov. 14, 2025</time> "
        "<span>Updated: 2 hours ago</span></div>"
    )
    assert _one(_page("", stamp)).published == datetime(2025, 11, 14)


def test_subhead_paragraph_is_the_lead() -> None:
    sub = f"<p class='article__subhead'><em>{_STANDFIRST}</em></p>"
    art = _one(_page("", sub))
    assert art.lead.startswith("Passenger numbers rose")
    assert art.body.startswith(_FIRST)


def test_lead_box_around_its_paragraph_is_the_lead() -> None:
    lead = f"<div class='lead'><p>{_STANDFIRST}</p></div>"
    art = _one(_page("", lead))
    assert art.lead.startswith("Passenger numbers rose")
    assert art.body.startswith(_FIRST)


def test_time_element_above_the_headline_is_not_the_day() -> None:
    bar = "<div class='topbar'><time>Nov. 20, 2025</time></div>"
    assert _one(_page(bar)).published != datetime(2025, 11, 20)
