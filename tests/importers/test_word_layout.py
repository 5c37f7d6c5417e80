"""Word files keep what their layout says: manual line breaks and tabs part words, table
columns stay aligned, a table inside a cell is read once."""

from __future__ import annotations

import io

from app.importers import extract
from tests.importers.makers import NEWS_MORE, NEWS_TEXT


def _docx(build) -> bytes:  # type: ignore[no-untyped-def]
    from docx import Document

    doc = Document()
    build(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_line_breaks_and_tabs_inside_a_paragraph_part_the_words() -> None:
    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_heading("Tram network to grow", level=1)
        paragraph = doc.add_paragraph(NEWS_TEXT)
        run = paragraph.add_run()
        run.add_break()
        paragraph.add_run("Second line")
        paragraph.add_run().add_tab()
        paragraph.add_run("after a tab.")
        doc.add_paragraph(NEWS_MORE)

    [item] = extract("tram.docx", _docx(build))
    body = item.article.body
    assert "decade, with the first new line due to open in 2028." in body
    assert "2028.Second" not in body and "Second line after a tab." in " ".join(body.split())


def test_table_columns_stay_aligned_and_nested_tables_are_read_once() -> None:
    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_heading("Grain shipments by country", level=1)
        doc.add_paragraph(NEWS_TEXT)
        table = doc.add_table(rows=2, cols=3)
        for col, text in enumerate(("Country", "Wheat", "Barley")):
            table.cell(0, col).text = text
        table.cell(1, 0).text = "Morocco"
        table.cell(1, 2).text = "12,000"
        inner = table.cell(0, 0).add_table(rows=1, cols=1)
        inner.cell(0, 0).text = "Footnote table"
        doc.add_paragraph(NEWS_MORE)

    [item] = extract("grain.docx", _docx(build))
    body = item.article.body
    assert "Morocco | | 12,000" in body  # the empty Wheat cell keeps its column
    assert body.count("Footnote table") == 1
