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


def test_footnotes_and_a_closing_table_of_figures_are_kept() -> None:
    from docx.oxml import parse_xml

    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_heading("Grain shipments by country", level=1)
        doc.add_paragraph(NEWS_TEXT)
        doc.add_paragraph(NEWS_MORE)
        table = doc.add_table(rows=2, cols=2)
        for (row, col), text in {(0, 0): "Morocco", (0, 1): "110,000", (1, 0): "Egypt"}.items():
            table.cell(row, col).text = text
        table.cell(1, 1).text = "240,000"

    data = _docx(build)
    [item] = extract("grain.docx", data)
    assert item.article.body.split("\n\n")[-2:] == ["Morocco | 110,000", "Egypt | 240,000"]

    def with_note(doc) -> None:  # type: ignore[no-untyped-def]
        build(doc)
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        ref = parse_xml(f'<w:r xmlns:w="{w}"><w:footnoteReference w:id="1"/></w:r>')
        doc.paragraphs[1]._p.append(ref)

    noted = _with_footnote(_docx(with_note), "Source: ministry data.")
    body = extract("grain.docx", noted)[0].article.body
    assert body.split("\n\n")[0].endswith("2028.[1]")
    assert body.endswith("[1] Source: ministry data.")


def _with_footnote(docx: bytes, text: str) -> bytes:
    """``docx`` with a footnotes part holding footnote 1 (python-docx cannot write one)."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (
        f'<w:footnotes xmlns:w="{w}"><w:footnote w:id="0"><w:p/></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    source, out = zipfile.ZipFile(io.BytesIO(docx)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                override = f'<Override PartName="/word/footnotes.xml" ContentType="{kind}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                rel = f'<Relationship Id="rIdNotes" Type="{relation}" Target="footnotes.xml"/>'
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            target.writestr(info, data)
        target.writestr("word/footnotes.xml", notes)
    return out.getvalue()


def test_odt_table_rows_are_read_as_rows() -> None:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableRow
    from odf.text import H, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Grain shipments by country"))
    doc.text.addElement(P(text=NEWS_TEXT))
    doc.text.addElement(P(text=NEWS_MORE))
    table = Table()
    for country, tonnes in (("Morocco", "110,000"), ("Egypt", "240,000")):
        row = TableRow()
        for value in (country, tonnes):
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    out = io.BytesIO()
    doc.save(out)
    [item] = extract("grain.odt", out.getvalue())
    assert item.article.body.split("\n\n")[-2:] == ["Morocco | 110,000", "Egypt | 240,000"]


def test_a_tables_last_row_over_its_source_line_is_kept() -> None:
    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_heading("Operator's results improve", level=1)
        doc.add_paragraph(NEWS_TEXT)
        doc.add_paragraph(NEWS_MORE)
        table = doc.add_table(rows=2, cols=3)
        rows = [("Revenue (€bn)", "2.61", "2.48"), ("Operating result (€m)", "-38", "-61")]
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                table.cell(row, col).text = text
        doc.add_paragraph("Source: the operator")

    [item] = extract("results.docx", _docx(build))
    assert "Operating result (€m) | -38 | -61" in item.article.body


def test_a_briefings_first_section_heading_is_not_its_headline() -> None:
    for heading in ("Summary", "Zusammenfassung", "1. Введение"):

        def build(doc, heading: str = heading) -> None:  # type: ignore[no-untyped-def]
            doc.add_paragraph("Example Institute")
            doc.add_heading("Why the tram network has to grow faster", level=0)
            doc.add_paragraph("Authors: Jane Roe, John Doe")
            doc.add_heading(heading, level=1)
            doc.add_paragraph(NEWS_TEXT)
            doc.add_paragraph(NEWS_MORE)

        article = extract("brief.docx", _docx(build))[0].article
        assert article.title == "Why the tram network has to grow faster", heading
        assert article.body.startswith("The city council approved"), heading
