"""A box of the securities a story names between its stamp and its text ("Werte in diesem
Artikel", group labels over quotes) is chrome, never the headline; an agency's full name with
its place under the standfirst ("Press Trust of India New Delhi") is a byline, not part of
the lead; a paragraph under the headline that opens with the whole stated description is
the standfirst the description shortens."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import ARTICLE_HTML


def test_quote_box_under_the_stamp() -> None:
    text = (
        "Nachrichten › Börsenberichte\n"
        "Aktien Wien Schluss: ATX legt kräftig zu\n"
        "26.11.2025 17:58:00\n"
        "Werte in diesem Artikel\n"
        "Aktien\n"
        "Beispiel Bau AG 42,10 +2,15%\n"
        "Muster Energie AG 112,40 +3,85%\n"
        "Indizes\n"
        "ATX 4.412,55 +0,84%\n"
        "Die Wiener Börse hat am Mittwoch deutlich zugelegt. Gestützt wurde der Leitindex von "
        "Hoffnungen auf eine baldige Zinssenkung in den USA, sagten Händler am Abend.\n"
        "Gefragt waren vor allem Bauwerte, die nach starken Zahlen kräftig anzogen.\n"
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.title == "Aktien Wien Schluss: ATX legt kräftig zu"
    assert art.section == "Börsenberichte"
    assert art.body.startswith("Die Wiener Börse")
    assert is_boilerplate("Stocks in this article")


def test_agency_byline_under_the_standfirst() -> None:
    text = (
        "Home / Economy\n"
        "Port traffic rises 6% in October as container volumes recover\n"
        "Cargo was lifted by higher coal and container shipments before the festive season\n"
        "Press Trust of India Mumbai\n"
        "3 min read Last Updated : Nov 24 2025 | 8:05 PM IST\n"
        "Mumbai, Nov 24 (PTI) Cargo traffic at major ports grew 6.2 per cent in October, "
        "according to official data released on Monday.\n"
        "Container volumes rose 11.8 per cent during the month, the ministry data showed.\n"
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.source == "PTI"
    assert art.lead == (
        "Cargo was lifted by higher coal and container shipments before the festive season"
    )


def test_standfirst_that_opens_with_the_description() -> None:
    desc = "Wegen fehlender Fahrer kürzt die Stadt ab Januar den Takt der Buslinien."
    more = "Pendler und Schüler sind verärgert, der Fahrgastverband kündigt Protest an."
    page = (
        f"<html lang='de'><head><title>Busse fahren seltener</title>"
        f"<meta name='description' content='{desc}'></head><body><main><article>"
        f"<h1>Busse fahren seltener</h1><p class='teaser'>{desc} {more}</p>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )
    art = extract("p.html", page.encode())[0].article
    assert art.lead == f"{desc} {more}"
