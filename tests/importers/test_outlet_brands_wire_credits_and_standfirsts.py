"""Brands over publishing companies, visible headlines and standfirsts, wire credits.

A publisher that names a company ('X Mediengruppe GmbH & Co. KG', 'The X Newspaper') never
beats the outlet's own name (og:site_name, a logo the page names itself by). The <h1> in the
article is the headline when og:title carries another one; a standfirst classed 'teaser' or
'anons' under it, or a short bold summary sentence, is the lead. A bracketed opening
'(Place, date, «Credit»).' and 'Doha, Qatar:' are datelines. A paywall's heading, a labelled
disclaimer and a bracketed '(Reporting by …; Editing by …)' end the text; 'Name, Reuters'
names the person; a 'Times News Service' credit line is no standfirst.
"""

from __future__ import annotations

from app.importers import extract
from app.importers.agency import colon_dateline, parse_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import desk_credit
from app.importers.sitename import is_company_name
from app.model import Extracted

TEXT = (
    "The city council approved a new budget for the harbour district on Monday, setting aside "
    "money for new quays, a ferry terminal and the repair of the old sea wall."
)
MORE = (
    "Work on the quays is to begin in the spring, and the ferry terminal should open two "
    "years later if the tenders bring in offers within the estimated costs, officials said."
)
LAST = (
    "Residents of the district had waited for the repairs for more than a decade, and several "
    "councillors said the sea wall could not survive another winter of heavy storms."
)


def _article(name: str, data: bytes):  # type: ignore[no-untyped-def]
    [item] = extract(name, data)
    assert isinstance(item, Extracted)
    return item.article


def _page(head: str, article: str, footer: str = "") -> bytes:
    return (
        f"<html><head>{head}</head><body><header><a class='logo'>Logo</a></header>"
        f"<main><article>{article}</article></main><footer>{footer}</footer></body></html>"
    ).encode()


def test_company_publisher_yields_to_site_name() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour budget '
        'approved by the council","publisher":{"@type":"Organization","name":"Harbour Post '
        'Mediengruppe GmbH & Co. KG"}}</script>'
    )
    site = '<meta property="og:site_name" content="Harbour Post">'
    head = f"<title>Harbour budget approved</title>{ld}{site}"
    art = _article(
        "page.html",
        _page(head, f"<h1>Harbour budget approved by the council</h1><p>{TEXT}</p><p>{MORE}</p>"),
    )
    assert art.source == "Harbour Post"
    assert is_company_name("The Harbour Newspaper") and is_company_name("ООО «Пример»")
    assert not is_company_name("Harbour Post")


def test_logo_the_page_names_again_beats_a_company_notice() -> None:
    lines = [
        "Hafenbote",
        "Sa, 29.11.2025",
        "Stadt",
        "Region",
        "Sport",
        "Hafen",
        "Neuer Kai für das Hafenviertel",
        "Von Anna Muster",
        "24.11.2025, 16:22",
        "Der Stadtrat hat am Montag den Haushalt für das Hafenviertel beschlossen. Geld gibt es "
        "für neue Kais, ein Fährterminal und die Reparatur der alten Kaimauer.",
        "Die Arbeiten an den Kais sollen im Frühjahr beginnen, das Fährterminal soll zwei Jahre "
        "später öffnen, wenn die Angebote im Rahmen der Kostenschätzung bleiben.",
        "Hafenbote-Newsletter: Jetzt kostenlos anmelden",
        "© Nordküsten Verlags- und Druckhaus GmbH",
    ]
    art = _article("paste.txt", "\n".join(lines).encode())
    assert art.source == "Hafenbote"


def test_article_h1_beats_a_differing_og_title_and_teaser_is_the_lead() -> None:
    head = (
        "<title>Hafen: Stadt plant neue Kais - Hafenbote</title>"
        '<meta property="og:title" content="Neue Kais in Sicht">'
        '<meta property="og:site_name" content="Hafenbote">'
    )
    teaser = "Die Kais sind geplant, das Geld ist da: Der Stadtrat gibt den Weg für den Umbau frei."
    body = (
        "<p class='rubric'>Hafen</p><h1>Stadtrat beschließt Umbau des alten Hafenviertels</h1>"
        f"<p class='teaser'>{teaser}</p><div class='byline'>von Anna Muster</div>"
        f"<p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p>"
    )
    art = _article("page.html", _page(head, body))
    assert art.title == "Stadtrat beschließt Umbau des alten Hafenviertels"
    assert art.lead == teaser
    assert art.body.startswith("The city council approved")


def test_short_bold_summary_sentence_is_the_lead() -> None:
    body = (
        "<h1>Council approves the harbour district budget</h1>"
        "<div class='info'><span>21 November 2025, 12:37</span></div>"
        "<p class='summary-line'><b>The sea wall will be repaired first.</b></p>"
        f"<div class='text'><p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p></div>"
    )
    art = _article("page.html", _page("<title>Harbour budget</title>", body))
    assert art.lead == "The sea wall will be repaired first."
    assert art.body.startswith("The city council approved")


def test_bracketed_opening_dateline_and_place_with_country() -> None:
    dl = parse_dateline("(Казань, 20 ноября 2025, «Пример-информ»). Северный вестибюль", ())
    assert dl is not None and dl.place == "Казань" and dl.agency == "Пример-информ"
    dl = parse_dateline("(Berlin, 3. März 2025) – Die Stadt plant", ())
    assert dl is not None and dl.place == "Berlin" and dl.agency == ""
    assert parse_dateline("(Siehe auch, Seite 3) Die Stadt plant", ()) is None
    found = colon_dateline("Doha, Qatar: Qatar Rail has announced longer hours.")
    assert found is not None and found.place == "Doha, Qatar"


def test_paywall_heading_disclaimer_and_wire_credits_are_boilerplate() -> None:
    assert is_boilerplate("This article is exclusive to Harbour Plus subscribers")
    assert is_boilerplate("Dieser Artikel ist exklusiv für Abonnenten")
    assert is_boilerplate(
        "Disclaimer: The content of this article is syndicated or provided to this website "
        "from an external third party provider."
    )
    assert is_boilerplate("(Reporting by Jane Doe; Editing by John Roe)")
    assert not is_boilerplate("Reporting by the council showed a deficit in the harbour fund.")


def test_agency_after_byline_comma_and_news_service_credit() -> None:
    lines = [
        "Harbour Herald",
        "Home",
        "Business",
        "World",
        "Council approves the harbour district budget",
        "By Jane Doe, Reuters",
        "PORTVILLE, Nov 18 (Reuters) - " + TEXT,
        MORE,
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Disclaimer: The content of this article is syndicated or provided to this website.",
    ]
    art = _article("wire.txt", "\n".join(lines).encode())
    assert art.author == "Jane Doe"
    assert "Reporting by" not in art.body and "Disclaimer" not in art.body
    lines = [
        "Harbour Times",
        "Home",
        "Business",
        "Council approves the harbour district budget",
        "Harbour News Service",
        "Published: 25 Nov 2025 10:20 AM",
        "Portville: " + TEXT,
        MORE,
    ]
    art = _article("credit.txt", "\n".join(lines).encode())
    assert art.lead == "" and art.author == ""
    assert desk_credit("Times News Service") and not desk_credit("Times of the Harbour")
