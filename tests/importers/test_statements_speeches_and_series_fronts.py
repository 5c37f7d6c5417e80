"""Fronts and ends of office documents (blind batch 36).

A ministry's statement under its letterhead and a 'STATEMENT' label is issued by it, and its
'Place, date' signing line ends the text (with number and contacts under it) and dates it. A
speech's manuscript names its speaker ('Rede von Minister X'), its title, occasion, place
and day and 'Es gilt das gesprochene Wort.': the speaker is the author, the letterhead the
source, the salutation opens the text. A think tank's comment under a running head and a
type label is the institute's (its short name before the dash of its full one); the
author's bio under the text names the author, with the German 'gibt die Meinung … wieder'
note. A printed page's title abbreviating the site ('Nds. Gericht') yields to the name the
page prints in full; a CMS's 'Artikel-Informationen' block leaves the text. An analyst's
'Outlet, date, p. 7' under the headline names the outlet; a rubric in quotes is the section.
"""

from __future__ import annotations

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import Placed, docx_with, odt_with, pdf_with_layout

TEXT = (
    "The Ministry welcomes the agreement reached by the coastal states on Friday on the joint "
    "protection of fish stocks, and thanks the host government for its hospitality and work."
)
MORE = (
    "The agreement sets common catch limits for the next five years and creates a joint body "
    "that will review the state of the stocks every autumn and report to the governments."
)
DE_TEXT = (
    "Die Landesregierung will die Förderung für kleine Häfen im kommenden Jahr deutlich "
    "erhöhen, um die Kaimauern zu sanieren und neue Liegeplätze für Fähren zu schaffen."
)
DE_MORE = (
    "Nach unseren Berechnungen reicht das Geld dafür aber nicht aus, wenn die Baukosten weiter "
    "so stark steigen wie in den vergangenen beiden Jahren, und die Mittel müssten wachsen."
)


def _article(name: str, data: bytes):  # type: ignore[no-untyped-def]
    [item] = extract(name, data)
    assert isinstance(item, Extracted)
    return item.article


def test_statement_label_under_letterhead_and_signing_line_at_the_end() -> None:
    data = docx_with(
        [
            "MINISTRY OF FISHERIES OF NORTHLAND",
            "Harbour Road 12, Porttown 1001, Northland",
            "STATEMENT",
            "Statement of the Ministry of Fisheries on the coastal fish stocks agreement",
            TEXT,
            MORE,
            "Porttown, 21 November 2025",
            "No. 17/25",
            "Press Office · press@example.org",
        ],
        table=False,
    )
    art = _article("statement.docx", data)
    assert art.title.startswith("Statement of the Ministry of Fisheries")
    assert art.source == "Ministry of Fisheries of Northland"
    assert art.published is not None and art.published.day == 21
    assert art.body.rstrip().endswith("report to the governments.")


def test_speech_front_gives_speaker_issuer_title_and_keeps_the_salutation() -> None:
    data = odt_with(
        [
            "Ministerium für Häfen und Verkehr Nordland",
            "Rede von Verkehrsministerin Anna Beispiel",
            "Kleine Häfen als Rückgrat der Küste",
            "anlässlich des 3. Hafentages Nordland",
            "Nordhafen, 20. November 2025",
            "Es gilt das gesprochene Wort.",
            "Sehr geehrte Frau Bürgermeisterin, sehr geehrte Damen und Herren,",
            DE_TEXT,
            DE_MORE,
        ]
    )
    art = _article("rede.odt", data)
    assert art.title == "Kleine Häfen als Rückgrat der Küste"
    assert art.author == "Anna Beispiel"
    assert art.source == "Ministerium für Häfen und Verkehr Nordland"
    assert art.published is not None and art.published.day == 20
    assert art.body.startswith("Sehr geehrte Frau Bürgermeisterin")
    assert "gesprochene Wort" not in art.body and "anlässlich" not in art.body


def test_comment_under_running_head_is_the_institutes_with_author_from_bio() -> None:
    data = docx_with(
        [
            "NHI Monatsbericht 11 / 2025",
            "KOMMENTAR",
            "NHI Kiel – Nordisches Hafeninstitut für Wirtschaftsforschung e. V.",
            "NHI Monatsbericht Nr. 11 · 19. November 2025",
            "Kleine Häfen brauchen verlässliche Förderung",
            DE_TEXT,
            DE_MORE,
            "Anna Beispiel ist wissenschaftliche Mitarbeiterin in der Abteilung Verkehr am NHI "
            "Kiel. Der Kommentar gibt die Meinung der Autorin wieder.",
        ],
        table=False,
    )
    art = _article("kommentar.docx", data)
    assert art.title == "Kleine Häfen brauchen verlässliche Förderung"
    assert art.source == "NHI Kiel"
    assert art.author == "Anna Beispiel"
    assert "Mitarbeiterin" not in art.body


def test_printed_title_abbreviation_yields_to_the_name_printed_in_full() -> None:
    headline = "Fährhafen darf erweitert werden"
    page: list[Placed] = [
        (20.0, 815.0, 7.5, "20.11.25, 08:14"),
        (200.0, 815.0, 7.5, f"{headline} | Nds. Hafengericht"),
        (60.0, 790.0, 9, "Niedersächsisches Hafengericht"),
        (60.0, 770.0, 16, headline),
        (60.0, 740.0, 10, DE_TEXT[:80]),
        (60.0, 726.0, 10, DE_TEXT[80:]),
        (60.0, 700.0, 10, "Artikel-Informationen"),
        (60.0, 686.0, 10, "erstellt am: 20.11.2025"),
    ]
    art = _article("printed.pdf", pdf_with_layout([page]))
    assert art.title == headline
    assert art.source == "Niedersächsisches Hafengericht"
    assert "Artikel-Informationen" not in art.body and "erstellt am" not in art.body


def test_analyst_print_credit_under_headline_and_quoted_rubric() -> None:
    data = docx_with(
        [
            "Northfield Water Board · Media Coverage · 24 November 2025",
            "Water board raises tariffs after two dry summers",
            "The Northfield Courier, 24 November 2025, p. 7",
            TEXT,
            MORE,
        ],
        table=False,
    )
    art = _article("clipping.docx", data)
    assert art.source == "The Northfield Courier"
    assert art.published is not None and art.published.day == 24
    assert art.title == "Water board raises tariffs after two dry summers"


def test_rubric_in_quotes_on_a_source_line() -> None:
    from app.importers.sections import stated_section

    assert stated_section("рубрика «Экономика»") == "Экономика"
    assert stated_section('Ressort "Wirtschaft"') == "Wirtschaft"


def test_letterhead_short_name_in_brackets_is_the_issuer() -> None:
    data = docx_with(
        [
            "MINISTRY OF HARBOURS AND COASTAL AFFAIRS OF NORTHLAND",
            "(HARBOUR MINISTRY)",
            "PRESS RELEASE",
            "Harbour Ministry: ferry routes to the islands to run all winter",
            "The Harbour Ministry said on Friday that " + TEXT[4:],
            MORE,
        ],
        table=False,
    )
    art = _article("release.docx", data)
    assert art.source == "Harbour Ministry"
    assert art.title.startswith("Harbour Ministry: ferry routes")
