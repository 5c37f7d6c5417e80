"""An agency's bulletin page, a court's press release and a magazine page, as documents.

A bulletin prints several items, each under its stamp ('date time · desk') with its
headline and a text opening with the agency's dateline ('Kiel (abc). …'): one article per
item. A release's letterhead in capitals over a numbered label ('Pressemitteilung Nr.
12/2025') is its issuer, spelt as the text writes the words; the contact row under the
text goes. A magazine's masthead the text names again is the source; its pull quote,
issue line and export note are no part of the text.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.review import clippings
from app.importers.sections import section_of_line
from app.model import Extracted
from tests.importers.makers import docx_with

_PORT = [
    "Kiel (abc). Die Werft am Ostufer hat einen Auftrag für zwei Fähren erhalten, teilte "
    "das Unternehmen am Dienstag mit. Die Schiffe sollen 2028 in Dienst gehen.",
    "Der Auftrag sichert nach Angaben des Betriebsrats rund 300 Arbeitsplätze für die "
    "kommenden drei Jahre. Die Landesregierung begrüßte die Entscheidung.",
]
_ROAD = [
    "Lübeck (abc). Die Brücke über die Trave wird im Dezember für zwei Wochen gesperrt, "
    "wie die Stadt am Dienstag mitteilte. Grund sind Arbeiten an den Lagern.",
    "Umleitungen sind ausgeschildert, Busse fahren über die Nordtangente. Radfahrer "
    "dürfen die Brücke auf einer Seite weiter nutzen.",
]
_BULLETIN = [
    "abc Nachrichten · Landesdienst Küste",
    "Dienstag, 3. März 2026 · Ausgabe 09:00-11:00 Uhr",
    "03.03.2026 09:05 · Wirtschaft",
    "Werft erhält Auftrag für zwei Fähren",
    *_PORT,
    "abc/xy/zz",
    "03.03.2026 10:20 · Verkehr",
    "Travebrücke wird im Dezember gesperrt",
    *_ROAD,
    "abc/zz",
]


def _articles(name: str, data: bytes) -> list:  # type: ignore[type-arg]
    items = extract(name, data)
    assert all(isinstance(item, Extracted) for item in items)
    return [item.article for item in items]  # type: ignore[union-attr]


def test_each_item_of_a_wire_bulletin_is_an_article() -> None:
    first, second = _articles("bulletin.docx", docx_with(_BULLETIN, table=False))
    assert (first.title, first.source, first.dateline, first.section) == (
        "Werft erhält Auftrag für zwei Fähren", "abc", "Kiel", "Wirtschaft"
    )  # fmt: skip
    assert first.published == datetime(2026, 3, 3, 9, 5)
    assert first.body.startswith("Kiel (abc). Die Werft") and "Travebrücke" not in first.body
    assert "Landesdienst" not in first.body
    assert (second.title, second.dateline, second.section) == (
        "Travebrücke wird im Dezember gesperrt", "Lübeck", "Verkehr"
    )  # fmt: skip
    assert second.published == datetime(2026, 3, 3, 10, 20)
    assert second.body.startswith("Lübeck (abc).") and "Werft" not in second.body


def test_teasers_under_stamps_do_not_split_a_page() -> None:
    lines = [
        "03.03.2026 09:05 · Wirtschaft", "Werft erhält Auftrag für zwei Fähren", *_PORT,
        "03.03.2026 10:20 · Verkehr", "Travebrücke wird im Dezember gesperrt", _ROAD[0],
    ]  # fmt: skip
    text = "\n".join(lines)
    assert clippings(text) == [text]  # the second item is one paragraph: a teaser


def test_a_small_letter_agency_credit_with_a_full_stop_is_a_dateline() -> None:
    found = parse_dateline("Kiel (abc). Die Werft hat einen Auftrag erhalten.", ())
    assert found is not None and (found.place, found.agency) == ("Kiel", "abc")
    assert parse_dateline("Merz (CDU). Der Kanzler sprach am Montag.", ()) is None
    assert parse_dateline("Kiel (abc).", ()) is None  # no sentence after it


def test_a_stamp_with_its_desk_and_a_trail_ending_in_the_news_page() -> None:
    assert section_of_line("03.03.2026 09:05 · Wirtschaft") == "Wirtschaft"
    assert section_of_line("03.03.2026 · Irgendwas") == ""
    assert section_of_line("Главная / Пресс-центр / Новости") == "Новости"
    assert section_of_line("Главная / Новости / Экономика") == "Экономика"


def test_a_contact_row_with_street_and_town_in_one_part_is_chrome() -> None:
    row = (
        "Pressesprecher: Jan Muster · Hafenstraße 4, 24103 Kiel · Telefon 0431 123-45 · "
        "presse@gericht.example.de"
    )
    assert is_boilerplate(row)


_RULING = [
    "Der 2. Senat des Oberverwaltungsgerichts hat den Eilantrag einer Anwohnerin gegen den Bau "
    "einer Umgehungsstraße abgelehnt. Der Beschluss ist unanfechtbar.",
    "Die Antragstellerin hatte geltend gemacht, der Lärmschutz sei unzureichend geplant. "
    "Das Gericht des Landes folgte dieser Auffassung nicht.",
]


def test_a_courts_capitals_letterhead_over_a_numbered_release_is_the_issuer() -> None:
    [art] = _articles(
        "release.docx",
        docx_with(
            ["OBERVERWALTUNGSGERICHT FÜR SÜD-NORDLAND", "Pressestelle",
             "Pressemitteilung Nr. 12/2026", "Datum: 03.03.2026",
             "Eilantrag gegen Umgehungsstraße erfolglos", *_RULING,
             "Pressesprecher: Jan Muster · Hafenstraße 4, 24103 Kiel · Telefon 0431 123-45"],
            table=False,
        ),
    )  # fmt: skip
    assert art.source == "Oberverwaltungsgericht für Süd-Nordland"  # its words in title case
    assert art.title == "Eilantrag gegen Umgehungsstraße erfolglos"
    assert art.body == "\n\n".join(_RULING)


_ESSAY = [
    "It is a curious habit of modern governments that their plans are known long before they "
    "are announced, and the speech itself becomes a reading of old news.",
    "As one adviser put it, the hard part is not finding the money but deciding who must "
    "give it up, and nobody in the department wants to answer that question.",
    "The opposition has its own problem: it is easy to attack a tax and hard to say which "
    "service should be cut instead of it.",
]


def test_a_magazine_page_masthead_pull_quote_and_issue_line() -> None:
    [art] = _articles(
        "magazine.docx",
        docx_with(
            ["THE LANTERN", "Politics", "The plan that nobody wanted to own", "By Jane Roe",
             "3 March 2026", _ESSAY[0], _ESSAY[1],
             "“The hard part is not finding the money but deciding who must give it up”",
             _ESSAY[2], "This article appears in the 6 March 2026 issue of The Lantern",
             "Exported from the Lantern app · 04/03/2026 08:00 · For personal use only"],
            table=False,
        ),
    )  # fmt: skip
    assert art.source == "The Lantern"
    assert art.title == "The plan that nobody wanted to own"
    assert art.body == "\n\n".join(_ESSAY)


def test_a_quoted_headline_echoing_the_text_is_no_pull_quote() -> None:
    quote = "“The hard part is not finding the money but deciding who must give it up”"
    [art] = _articles("interview.docx", docx_with([quote, *_ESSAY], table=False))
    assert art.title == quote
    assert art.body.startswith(_ESSAY[0][:30])
