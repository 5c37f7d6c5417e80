"""Blind batch 49 (documents): a Word page header, a review's field table, rights notices.

Each test holds a small made-up clipping with one convention: the outlet, day and desk only
in the Word page header, a press review's 'Label | value' table read down, a blank field's
dash, a reprint's rights notice, a crumb joined by a middle dot, an outlet's initials glued
to its name, an apostrophe inside a copyright holder's name.
"""

from __future__ import annotations

import io
from datetime import datetime

from app.importers import boilerplate as bp
from app.importers import extract
from app.importers.docfront import print_stamp
from app.importers.sections import section_of_line
from app.importers.sitename import brand_name, copyright_owner
from tests.importers.makers import docx_with, docx_with_header

PROSE = (
    "Die Stadt baut eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit. "
    "Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, hieß es weiter."
)
MORE = (
    "Der Rat stimmte dem Plan mit großer Mehrheit zu, nur eine Fraktion war dagegen. "
    "Die Kosten werden auf zwölf Millionen Euro geschätzt, der Bund trägt einen Teil."
)


def test_the_word_page_header_gives_outlet_day_and_desk() -> None:
    data = docx_with_header(
        "Flussbote · Freitag, 21. November 2025 · Lokales · Seite 9",
        ["Neue Brücke über den Fluss", "Von Anna Muster", PROSE, MORE],
    )
    [item] = extract("bruecke.docx", data)
    article = item.article
    assert (article.source, article.section) == ("Flussbote", "Lokales")
    assert article.published == datetime(2025, 11, 21)
    assert article.title == "Neue Brücke über den Fluss"


def test_a_rubric_before_the_page_is_the_desk_of_a_print_stamp() -> None:
    stamp = print_stamp("Flussbote · 21.11.2025 · Lokales · Seite 9")
    assert stamp is not None and stamp.section == "Lokales"
    assert print_stamp("Flussbote · 21.11.2025 · Seite 9").section == ""  # type: ignore[union-attr]


def _odt_review(rows: list[list[tuple[str, str]]], heads: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Pressespiegel"))
    for fields, head in zip(rows, heads, strict=True):
        table = Table()
        table.addElement(TableColumn(numbercolumnsrepeated=2))
        for label, value in fields:
            row = TableRow()
            for text in (label, value):
                cell = TableCell()
                cell.addElement(P(text=text))
                row.addElement(cell)
            table.addElement(row)
        doc.text.addElement(table)
        for text in (head, PROSE, MORE):
            doc.text.addElement(P(text=text))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_review_field_table_read_down_gives_each_clipping_its_fields() -> None:
    data = _odt_review(
        [
            [("Medium", "Flussbote"), ("Datum", "21.11.2025"), ("Ressort", "Lokales")],
            [("Medium", "Talblatt"), ("Datum", "20.11.2025"), ("Autor", "–")],
        ],
        ["Neue Brücke über den Fluss", "Rat streitet über Kosten"],
    )
    first, second = (item.article for item in extract("spiegel.odt", data))
    assert (first.source, first.section, first.published) == (
        "Flussbote",
        "Lokales",
        datetime(2025, 11, 21),
    )
    assert (second.title, second.source, second.author) == (
        "Rat streitet über Kosten",
        "Talblatt",
        "",
    )


def test_a_reprints_rights_notice_is_no_text() -> None:
    assert bp.is_boilerplate("Republished with permission. Not for further distribution.")
    assert bp.is_boilerplate("Dieser Pressespiegel dient ausschließlich der internen Information.")
    assert bp.is_boilerplate("Die Rechte liegen bei den jeweiligen Verlagen.")
    assert not bp.is_boilerplate("Not for distribution, the minister said, were the files.")
    data = docx_with(["Bridge plan approved", PROSE, "Not for further distribution."], table=False)
    [item] = extract("bridge.docx", data)
    assert "distribution" not in item.article.body


def test_a_crumb_joined_by_a_middle_dot_names_the_desk() -> None:
    assert section_of_line("Новости · Экономика") == "Экономика"
    assert section_of_line("Nachrichten • Wirtschaft") == "Wirtschaft"


def test_the_outlets_initials_glued_to_its_name_go() -> None:
    assert brand_name("TB Talblatt Bote") == "Talblatt Bote"
    assert brand_name("TB Wochenblatt") == "TB Wochenblatt"  # not its initials


def test_an_apostrophe_inside_the_holders_name_stays() -> None:
    assert copyright_owner("© 2025 Harbour's Gazette") == "Harbour's Gazette"
    assert copyright_owner("© 2025 'Harbour Gazette' Ltd") == "Harbour Gazette"
