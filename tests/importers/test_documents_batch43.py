"""Documents of blind batch 43's layouts: a review's column-header tables, an issuer wire's
release.

A press office's review heads each clipping with a two-row table, the column names
('Outlet | Date | Desk') over their values: the names label the values as a label cell
labels the cell beside it, so each clipping keeps its outlet, day and desk. An issuer
wire's release (slug line, keywords, 'Utl.:' subtitle, contact block, disclaimer) names the
issuer as source; the wire, its keywords and its tail are no article fields.
"""

from __future__ import annotations

import io
import textwrap
from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, docx_with, pdf_with_layout
from tests.importers.makers import REVIEW_DE_MORE as TWO
from tests.importers.makers import REVIEW_DE_TEXT as ONE

_articles = articles_of


def _column_table_review(cover: list[str], clips: list[tuple[list[str], list[str]]]) -> bytes:
    """A .docx: the cover paragraphs, then per clipping a names/values table and its text."""
    from docx import Document

    doc = Document()
    for text in cover:
        doc.add_paragraph(text)
    for values, paragraphs in clips:
        table = doc.add_table(rows=2, cols=3)
        for n, (name, value) in enumerate(zip(["Quelle", "Datum", "Ressort"], values, strict=True)):
            table.cell(0, n).text, table.cell(1, n).text = name, value
        for text in paragraphs:
            doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_review_under_column_header_tables() -> None:
    data = _column_table_review(
        ["Stadtwerke Beispiel", "Medienspiegel", "24. November 2025", "Inhalt",
         "1. Nordheim erweitert seine Grundschule (Beispielbote)",
         "2. Neue Buslinie zwischen Nordheim und Südstadt (Kreiszeitung)"],
        [(["Beispielbote", "24.11.2025", "Region"],
          ["Nordheim erweitert seine Grundschule", "Autor: Jana Muster", ONE, TWO]),
         (["Kreiszeitung", "22.11.2025", "Verkehr"],
          ["Neue Buslinie zwischen Nordheim und Südstadt", NEWS_TEXT, NEWS_MORE])],
    )  # fmt: skip
    first, second = _articles("review.docx", data)
    assert first.title == "Nordheim erweitert seine Grundschule"
    assert (first.source, first.section, first.published) == (
        "Beispielbote", "Region", datetime(2025, 11, 24))  # fmt: skip
    assert first.author == "Jana Muster"
    assert first.body == f"{ONE}\n\n{TWO}"
    assert (second.title, second.source, second.section, second.published) == (
        "Neue Buslinie zwischen Nordheim und Südstadt", "Kreiszeitung", "Verkehr",
        datetime(2025, 11, 22))  # fmt: skip


def _rtf(lines: list[str]) -> bytes:
    """An RTF file in code page 1252, one paragraph per line."""
    body = "\\par\n".join(
        "".join(ch if ord(ch) < 128 else f"\\'{ch.encode('cp1252')[0]:02x}" for ch in line)
        for line in lines
    )
    return f"{{\\rtf1\\ansi\\ansicpg1252\\deff0{{\\fonttbl{{\\f0 Arial;}}}}\n{body}}}".encode()


def test_issuer_wire_release_names_the_issuer() -> None:
    data = _rtf(
        ["OTS0456 5 CI 0298 XYZ0003 Mo, 24.Nov 2025", "Verkehr/Bahn/Tirol",
         "Talbahn: Neue Züge ab Dezember im Einsatz",
         "Utl.: Acht Triebwagen ersetzen die alte Flotte – Takt wird dichter =",
         f"Innsbruck (OTS) - {ONE}", TWO, "Rückfragehinweis:", "   Tiroler Talbahn AG",
         "   Max Beispiel", "   Tel.: +43 512 000 00-1", "   presse@talbahn.example",
         "*** OHNE GEWÄHR FÜR DEN INHALT DER AUSSENDUNG - ALLEINIGE INHALTLICHE "
         "VERANTWORTUNG DES AUSSENDERS ***", "OTS0456    2025-11-24/09:30"],
    )  # fmt: skip
    (article,) = _articles("wire.rtf", data)
    assert article.title == "Talbahn: Neue Züge ab Dezember im Einsatz"
    assert (article.source, article.section) == ("Tiroler Talbahn AG", "")
    assert (article.dateline, article.published) == ("Innsbruck", datetime(2025, 11, 24, 9, 30))
    assert article.body == f"Innsbruck (OTS) - {ONE}\n\n{TWO}"
    assert article.lead == "Acht Triebwagen ersetzen die alte Flotte – Takt wird dichter"


def test_masthead_over_the_desk_beats_the_publishers_notice() -> None:
    data = docx_with(
        ["The Northport Herald", "Business", "Harbour wall repairs to start in spring",
         "By Jane Example", "Published: 24 November 2025", NEWS_TEXT, NEWS_MORE,
         "Share this article", "© 2025 Example Media Publishing Limited"],
        table=False,
    )  # fmt: skip
    (article,) = _articles("clip.docx", data)
    assert (article.source, article.section) == ("The Northport Herald", "Business")
    assert (article.title, article.author) == (
        "Harbour wall repairs to start in spring",
        "Jane Example",
    )


def test_role_bio_names_the_author_and_a_jump_line_goes() -> None:
    data = docx_with(
        ["Nordheim erweitert seine Grundschule", "Jana Muster", ONE, TWO,
         "Jana Muster ist Redakteurin im Ressort Region des Beispielboten",
         "Lesen Sie weiter auf Seite 7: Was die Kämmerer sagen"],
        table=False,
    )  # fmt: skip
    (article,) = _articles("page.docx", data)
    assert article.author == "Jana Muster"
    assert article.body == f"{ONE}\n\n{TWO}"
    assert is_boilerplate("Continued on page 4")
    assert not is_boilerplate("Die Karte auf Seite 7 zeigt, wie es weiter auf Seite 8 geht.")


def _paper(front: list[str], paragraphs: list[str], foot: str) -> bytes:
    """A two-page PDF: the front lines, the paragraphs and the footer on both pages."""
    pages = []
    for texts in (front + paragraphs[:1], paragraphs[1:]):
        placed, y = [], 780.0
        for text in texts:
            for row in textwrap.wrap(text, 85):
                placed.append((60.0, y, 10, row))
                y -= 12
            y -= 10
        placed.append((60.0, 40.0, 8, foot))
        pages.append(placed)
    return pdf_with_layout(pages)


def test_paper_summary_box_and_the_footers_publisher() -> None:
    data = _paper(
        ["POLICY BRIEF", "Harbour money: how ports can pay for their sea walls",
         "Jane Example and John Sample", "24 November 2025", "SUMMARY",
         "- Ports face rising costs for their sea walls over the next decade.",
         "- A shared fund would spread the burden fairly.", "Introduction"],
        [NEWS_TEXT, NEWS_MORE],
        "Northport Institute for Coastal Policy · northport.example · © NICP November 2025",
    )  # fmt: skip
    (article,) = _articles("brief.pdf", data)
    assert article.title == "Harbour money: how ports can pay for their sea walls"
    assert article.source == "Northport Institute for Coastal Policy"
    assert (article.author, article.dateline) == ("Jane Example and John Sample", "")
    assert article.body == f"{NEWS_TEXT}\n\n{NEWS_MORE}"
    assert article.lead.startswith("Ports face rising costs")


def test_press_office_address_row_is_boilerplate() -> None:
    assert is_boilerplate("Pressestelle der Stadt Beispiel · Marktplatz 1 · 12345 Beispielstadt")
    assert not is_boilerplate("Pressestelle, Marktplatz und Rathaus liegen in der Altstadt.")
