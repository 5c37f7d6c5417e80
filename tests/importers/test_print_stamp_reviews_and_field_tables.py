"""A press review under unlabelled print stamps, and a clipping's header table.

A press office's review puts each clipping under 'Outlet | 25.11.2025 | Seite 3 | Rubrik'
(no 'Quelle:' label), with a cover page whose table of contents repeats the headlines:
one article per clipping, the rubric after the page its section. A clipping service's
Word file states outlet, day, headline and byline in a two-column table ('Headline:' |
value): one field per row, no cell separator in the values.
"""

from __future__ import annotations

import io
from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, docx_with
from tests.importers.makers import REVIEW_DE_MORE as TWO
from tests.importers.makers import REVIEW_DE_TEXT as ONE

_articles = articles_of


def test_review_under_print_stamps_with_a_contents_list() -> None:
    data = docx_with(
        ["Landkreis Beispiel", "Pressespiegel", "Montag, 24. November 2025", "Inhalt",
         "1. Nordheim erweitert seine Grundschule (Beispielbote)",
         "2. Neue Buslinie zwischen Nordheim und Südstadt (Kreiszeitung)",
         "Zusammengestellt von der Pressestelle.",
         "Beispielbote | 24.11.2025 | Seite 3 | Region",
         "Nordheim erweitert seine Grundschule", "Von Jana Muster", ONE, TWO,
         "Kreiszeitung | 22.11.2025 | Seite 11 | Verkehr",
         "Neue Buslinie zwischen Nordheim und Südstadt", NEWS_TEXT, NEWS_MORE],
        table=False,
    )  # fmt: skip
    first, second = _articles("review.docx", data)
    assert first.title == "Nordheim erweitert seine Grundschule"
    assert (first.source, first.section, first.published) == (
        "Beispielbote", "Region", datetime(2025, 11, 24))  # fmt: skip
    assert first.author == "Jana Muster"
    assert first.body == f"{ONE}\n\n{TWO}"
    assert second.title == "Neue Buslinie zwischen Nordheim und Südstadt"
    assert (second.source, second.section, second.published) == (
        "Kreiszeitung", "Verkehr", datetime(2025, 11, 22))  # fmt: skip


def _field_table_docx(rows: list[tuple[str, str]], paragraphs: list[str]) -> bytes:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=len(rows), cols=2)
    for n, (label, value) in enumerate(rows):
        table.cell(n, 0).text, table.cell(n, 1).text = label, value
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_clipping_header_table_gives_one_field_per_row() -> None:
    data = _field_table_docx(
        [("Publication:", "Northport Courier"), ("Date:", "Monday 24 November 2025"),
         ("Headline:", "Harbour wall repairs to start in spring"), ("Byline:", "Jane Example"),
         ("Page:", "12")],
        [NEWS_TEXT, NEWS_MORE,
         "This article is reproduced under licence from the agency. Further copying is "
         "prohibited."],
    )  # fmt: skip
    (article,) = _articles("clip.docx", data)
    assert article.title == "Harbour wall repairs to start in spring"
    assert (article.source, article.author) == ("Northport Courier", "Jane Example")
    assert article.published == datetime(2025, 11, 24)
    assert article.body == f"{NEWS_TEXT}\n\n{NEWS_MORE}"


def test_licence_line_under_a_clipping_is_boilerplate() -> None:
    assert is_boilerplate("This article is reproduced under licence from the NLA.")
    assert not is_boilerplate("The article is reproduced in full on page 3 of the report.")


def test_review_under_stamps_naming_desk_and_author_by_label() -> None:
    """'Outlet · date · Rubrik: X · Autor: Y' over each clipping, no page: one article per
    clipping, with the labelled desk and author."""
    data = docx_with(
        ["Stadtwerke Beispiel", "Pressespiegel", "24. November 2025",
         "Beispielbote · 24.11.2025 · Rubrik: Region · Autor: Jana Muster",
         "Nordheim erweitert seine Grundschule", ONE, TWO,
         "Kreiszeitung · 22.11.2025 · Rubrik: Verkehr",
         "Neue Buslinie zwischen Nordheim und Südstadt", NEWS_TEXT, NEWS_MORE],
        table=False,
    )  # fmt: skip
    first, second = _articles("review.docx", data)
    assert first.title == "Nordheim erweitert seine Grundschule"
    assert (first.source, first.section, first.author) == ("Beispielbote", "Region", "Jana Muster")
    assert first.published == datetime(2025, 11, 24)
    assert first.body == f"{ONE}\n\n{TWO}"
    assert (second.source, second.section, second.published) == (
        "Kreiszeitung", "Verkehr", datetime(2025, 11, 22))  # fmt: skip
