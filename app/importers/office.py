"""Word processor files: .docx (python-docx), .odt (odfpy), .rtf (striprtf)."""

from __future__ import annotations

import contextlib
import io
import re
from datetime import datetime
from xml.parsers.expat import ExpatError

from lxml.etree import XMLSyntaxError

from app.importers.base import Context, Item
from app.importers.compose import Hints
from app.importers.contentsrows import carried_contents
from app.importers.dates import year_dates
from app.importers.docfront import is_release_label, print_stamp
from app.importers.fieldrows import field_rows, label_cell
from app.importers.review import document_items
from app.importers.reviewtable import review_table, table_items
from app.importers.speech import manuscript, series_head
from app.importers.zipped import DAMAGED_ZIP
from app.model import ExtractionError

_ANSICPG = re.compile(rb"\\ansicpg(\d+)")


def _local(element) -> str:  # type: ignore[no-untyped-def]
    return element.tag.rsplit("}", 1)[-1]


def _docx_paragraph(paragraph) -> str:  # type: ignore[no-untyped-def]
    """A paragraph's text with its manual line breaks and tabs (Shift+Enter, Tab): run
    together, the words on either side were glued ("Exporte" + "zweite Zeile")."""
    parts = []
    for element in paragraph.iter():
        tag = _local(element)
        if tag == "t":
            parts.append(element.text or "")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "tab" and _local(element.getparent()) == "r":
            parts.append("\t")
        elif tag in ("footnoteReference", "endnoteReference"):
            parts.append(f"[{element.get(_W_ID)}]")
    return "".join(parts)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_ID = f"{_W}id"


def _docx_notes(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The document's footnotes and endnotes, "[1] text", for the end of the article:
    they hold sources and figures a search should find."""
    from lxml import etree

    notes = []
    for part in doc.part.package.parts:
        if str(part.partname) not in ("/word/footnotes.xml", "/word/endnotes.xml"):
            continue
        root = etree.fromstring(part.blob)
        for note in root:
            number = note.get(_W_ID, "")
            if not number.isdigit() or int(number) < 1:  # -1 and 0 are the separator lines
                continue
            paragraphs = (_docx_paragraph(p).strip() for p in note.iter(f"{_W}p"))
            text = " ".join(filter(None, paragraphs))
            if text:
                notes.append(f"[{number}] {text}")
    return notes


def _row_line(cells: list[str]) -> str:
    """A table row on one line, its cells joined by " | " with empty ones kept (columns
    stay aligned); a label cell ('Headline:') and its value are one field line
    ('Headline: X'), as a clipping's header table means them."""
    if len(cells) >= 2 and cells[0].endswith(":") and 0 < len(cells[0].split()) <= 3:
        cells = [f"{cells[0]} {cells[1]}", *cells[2:]]
    return " | ".join(cells).strip(" |")


def _column_fields(lines: list[str]) -> list[str]:
    """A header table's column names over its one row of values ('СМИ | Дата | Рубрика' over
    'Outlet | 25.11.2025 | Desk') as labelled fields ('СМИ: Outlet | Дата: 25.11.2025 |
    Рубрика: Desk'), as a label cell beside its value is read: the names say what each is."""
    out: list[str] = []
    lines = field_rows(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        names = line.split(" | ")
        values = lines[i + 1].split(" | ") if i + 1 < len(lines) else []
        labels = len(names) >= 2 and all(map(label_cell, names))
        if labels and len(values) == len(names) and any(map(year_dates, values)):
            rows = _review_rows(names, lines[i + 1 :])
            if rows:
                out.extend(_labelled_clipping(names, row) for row in rows)
                i += 1 + len(rows)
                continue
            lines[i + 1] = " | ".join(f"{n}: {v}" for n, v in zip(names, values, strict=True))
        else:
            out.append(line)
        i += 1
    return out


_ROW_TEXT_WORDS = 25  # a cell this long is a clipping's text, no field


def _review_rows(names: list[str], lines: list[str]) -> list[list[str]]:
    """The rows under a header of column names that are a press review's clippings, one a
    row ('Outlet | 04.12.2025 | Headline | text …'): each of the header's width, dated, one
    cell the clipping's text (a row of short fields alone, its text under the table, is
    no such row); [] for none."""
    rows = []
    for line in lines:
        cells = line.split(" | ")
        if len(cells) != len(names) or not any(map(year_dates, cells[:-1] or cells)):
            break
        if not any(len(c.split()) >= _ROW_TEXT_WORDS for c in cells):
            break
        rows.append(cells)
    return rows


def _labelled_clipping(names: list[str], cells: list[str]) -> str:
    """A review table's row as a clipping's field block ('Medium: Outlet' / 'Datum: day' /
    'Überschrift: Headline', a line each) over its text cell, which keeps no label (its
    dateline opens it). Why: read as one line a row at a time, the rows after the first had
    no labels and the review ran together as one article."""
    fields = [
        f"{n}: {v}" for n, v in zip(names, cells, strict=True) if len(v.split()) < _ROW_TEXT_WORDS
    ]
    texts = [v for v in cells if len(v.split()) >= _ROW_TEXT_WORDS]
    return "\n".join([*fields, *texts])


def _docx_blocks(blocks, lines: list[str], paras: dict | None = None) -> None:  # type: ignore[no-untyped-def]
    """Paragraphs and table rows of a body's (or a content control's) blocks, in document
    order; a row's cells joined by " | " with empty ones kept (columns stay aligned), a
    table inside a cell after its row (not also inside the cell's text). ``paras`` keeps
    each row's cells as their paragraphs, by the row's line (a review table's outlet over
    its page, a byline over the text)."""
    paras = {} if paras is None else paras
    for block in blocks:
        tag = _local(block)
        if tag == "p":
            lines.append(_docx_paragraph(block))
        elif tag == "sdt":  # content controls (a form's or a template's fields)
            for content in block.iterchildren():
                if _local(content) == "sdtContent":
                    _docx_blocks(content.iterchildren(), lines, paras)
        elif tag == "tbl":
            for row in (r for r in block.iterchildren() if _local(r) == "tr"):
                cells, nested, kept = [], [], []
                for cell in (c for c in row.iterchildren() if _local(c) == "tc"):
                    texts = [_docx_paragraph(p) for p in cell.iterchildren() if _local(p) == "p"]
                    kept.append([" ".join(t.split()) for t in texts if t.strip()])
                    cells.append(" ".join(t.strip() for t in texts if t.strip()))
                    nested.extend(t for t in cell.iterchildren() if _local(t) == "tbl")
                if any(cells):
                    lines.append(_row_line(cells))
                    paras[len(lines) - 1] = kept
                _docx_blocks(nested, lines, paras)


def _docx_running_head(doc, lines: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """The page header's print credit ('Outlet · date · Rubrik · Seite 13'): a cutting saved
    to Word often keeps its outlet, day and desk only there, where the body's paragraphs
    never show them. A header of a logo, a page number or a media monitor's own running
    head ('Company · Media Coverage · date', no page) is left; a speech manuscript's 'Issuer |
    Speeches' is kept (its issuer and series)."""
    # a release's label opening the body ('PRESSEAUSSENDUNG'): the header over it is its
    # letterhead, the issuer's name (the body never prints it above the label)
    release = any(is_release_label(ln) for ln in lines[:3] if ln.strip())
    for section in doc.sections[:1]:
        first = section.different_first_page_header_footer
        for part in (section.first_page_header, section.header)[0 if first else 1 :]:
            if release and (head := _letterhead(part.paragraphs, lines)):
                return head
            for paragraph in part.paragraphs:
                text = " ".join(_docx_paragraph(paragraph._p).split())
                if text in lines:
                    continue
                # a speech manuscript's running head names its issuer and series
                if print_stamp(text) or (manuscript(lines) and series_head(text)):
                    return [text]
    return []


# a wordmark's slogan set beside it in small letters ('EXAMPLE · for a living planet'):
# no part of the issuer's name
_SLOGAN = re.compile(r"\s+[·•]\s+[a-z][a-z' ]*[a-z]$")


def _letterhead(paragraphs, lines: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """A page header's short lines of names ('EXAMPLE CHAMBER' / 'Press office'), as lines
    over the body; [] otherwise. A name tabbed to the right ('Example AG<Tab>Press office')
    is a line of its own; the address and phone lines under the names (figures, '@', '|')
    are no names and are left."""
    texts = [
        t
        for p in paragraphs
        for part in _docx_paragraph(p._p).split("\t")
        if (t := " ".join(part.split()))
    ]
    texts = [t for t in texts if not any(c.isdigit() or c in "@|/" for c in t)]
    texts = [_SLOGAN.sub("", t) for t in texts]
    if not 0 < len(texts) <= 3 or any(t in lines[:3] for t in texts):
        return []
    if any(len(t) > 60 for t in texts):
        return []
    return texts


def extract_docx(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Paragraphs and table cells in document order."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, *DAMAGED_ZIP, KeyError, ValueError, XMLSyntaxError) as exc:
        raise ExtractionError("the Word document is damaged or not a .docx file") from exc
    lines: list[str] = []
    paras: dict[int, list[list[str]]] = {}
    _docx_blocks(doc.element.body.iterchildren(), lines, paras)
    head = _docx_running_head(doc, lines)
    lines[:0] = head
    paras = {k + len(head): v for k, v in paras.items()}
    lines.extend(_docx_notes(doc))
    if (table := _review_table_items(lines, ctx, name, paras)) is not None:
        return table
    text = "\n".join(_column_fields(carried_contents(lines)))
    if not text.strip():
        raise ExtractionError("the Word document contains no text")
    return document_items(text, ctx, name)


_COVER_WORDS = 50  # the lines around a review table: its cover, unless they run this long


def _review_table_items(
    lines: list[str], ctx: Context, name: str, paras: dict[int, list[list[str]]] | None = None
) -> list[Item] | None:
    """The clippings of a press review kept as a table, one a row, and the articles of
    the text around the table where it is more than the review's cover; None for a
    document without such a table."""
    found = review_table(lines, paras)
    if found is None:
        return None
    clips, rest = found
    items = table_items(clips, ctx, name)
    if sum(len(ln.split()) for ln in rest) >= _COVER_WORDS:
        text = "\n".join(_column_fields(rest))
        with contextlib.suppress(ExtractionError):  # a cover, a list of contents: no article
            items.extend(document_items(text, ctx, name))
    return items


def extract_odt(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Headings and paragraphs of an OpenDocument text in order."""
    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load

    try:
        doc = load(io.BytesIO(data))
    except (*DAMAGED_ZIP, KeyError, ValueError, ExpatError) as exc:
        raise ExtractionError("the OpenDocument file is damaged") from exc
    lines: list[str] = []

    blocks = ((TEXTNS, "p"), (TEXTNS, "h"))

    def texts(node) -> list[str]:  # type: ignore[no-untyped-def]
        found = []
        for child in node.childNodes:
            if getattr(child, "qname", None) in blocks:
                found.append(teletype.extractText(child).strip())
            elif child.nodeType == child.ELEMENT_NODE:
                found.extend(texts(child))
        return found

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        for child in node.childNodes:
            qname = getattr(child, "qname", None)
            if qname in blocks:
                lines.append(teletype.extractText(child))
            elif qname == (TABLENS, "table-row"):  # a row on one line, as in a .docx
                cells = [" ".join(filter(None, texts(cell))) for cell in child.childNodes]
                if any(cells):
                    lines.append(_row_line(cells))
            elif child.nodeType == child.ELEMENT_NODE:
                walk(child)

    walk(doc.text)
    if (table := _review_table_items(lines, ctx, name)) is not None:
        return table
    text = "\n".join(_column_fields(carried_contents(lines)))
    if not text.strip():
        raise ExtractionError("the OpenDocument file contains no text")
    return document_items(text, ctx, name, Hints(reference=_odt_created(doc)))


def _odt_created(doc) -> datetime | None:  # type: ignore[no-untyped-def]
    """The day the document was made (its meta:creation-date): the year a wire's yearless
    dateline ('Mumbai, Nov 22 (AGENCY)') was written in."""
    from odf import teletype
    from odf.namespaces import METANS

    for child in doc.meta.childNodes:
        if getattr(child, "qname", None) == (METANS, "creation-date"):
            try:
                return datetime.fromisoformat(teletype.extractText(child).strip()[:19])
            except ValueError:
                return None
    return None


_RTF_HEADER = re.compile(r"\{\\header[lrf]?\b")


def _rtf_running_head(raw: str, encoding: str) -> list[str]:
    """The page header's print credit, read as a .docx page header's is: striprtf drops
    the {\\header …} group, where a cutting saved to RTF often keeps its outlet, day, desk
    and page ('Outlet | Desk | date | Page 9')."""
    from striprtf.striprtf import rtf_to_text

    for m in _RTF_HEADER.finditer(raw):
        depth, i = 0, m.start()
        while i < len(raw):
            char = raw[i]
            if char == "\\":
                i += 1
            elif char in "{}":
                depth += 1 if char == "{" else -1
                if not depth:
                    break
            i += 1
        group = raw[m.end() : i]
        text = rtf_to_text("{\\rtf1 " + group + "}", encoding=encoding, errors="replace")
        text = " ".join(text.split())
        if print_stamp(text):
            return [text]
    return []


def extract_rtf(name: str, data: bytes, ctx: Context) -> list[Item]:
    """RTF in the code page it declares (\\ansicpgNNNN), cp1252 by default."""
    from striprtf.striprtf import rtf_to_text

    m = _ANSICPG.search(data[:2000])
    encoding = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    data = data.rstrip(b"\x00 \t\r\n")  # WordPad and RichEdit end the file with a NUL
    if not data.endswith(b"}"):
        raise ExtractionError("the RTF file is truncated")
    raw = data.decode("latin-1")
    try:
        text = rtf_to_text(raw, encoding=encoding, errors="replace")
    except (ValueError, IndexError) as exc:
        raise ExtractionError("the RTF file is damaged") from exc
    if not text.strip():
        raise ExtractionError("the RTF file contains no text")
    head = _rtf_running_head(raw, encoding)
    if head and head[0] not in text:
        text = head[0] + "\n" + text
    return document_items(text, ctx, name)
