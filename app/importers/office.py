"""Word processor files: .docx (python-docx), .odt (odfpy), .rtf (striprtf)."""

from __future__ import annotations

import io
import re
import zipfile
from xml.parsers.expat import ExpatError

from app.importers.base import Context, Item, from_text
from app.importers.docfront import document_front
from app.model import ExtractionError

_ANSICPG = re.compile(rb"\\ansicpg(\d+)")


def extract_docx(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Paragraphs and table cells in document order."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError("the Word document is damaged or not a .docx file") from exc
    lines: list[str] = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row.iterchildren()
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append(" | ".join(c for c in cells if c))
    text = "\n".join(lines)
    if not text.strip():
        raise ExtractionError("the Word document contains no text")
    text, hints = document_front(text)
    return [from_text(text, ctx, origin=name, hints=hints)]


def extract_odt(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Headings and paragraphs of an OpenDocument text in order."""
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    try:
        doc = load(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, ExpatError) as exc:
        raise ExtractionError("the OpenDocument file is damaged") from exc
    lines: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        for child in node.childNodes:
            if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                lines.append(teletype.extractText(child))
            elif child.nodeType == child.ELEMENT_NODE:
                walk(child)

    walk(doc.text)
    text = "\n".join(lines)
    if not text.strip():
        raise ExtractionError("the OpenDocument file contains no text")
    text, hints = document_front(text)
    return [from_text(text, ctx, origin=name, hints=hints)]


def extract_rtf(name: str, data: bytes, ctx: Context) -> list[Item]:
    """RTF in the code page it declares (\\ansicpgNNNN), cp1252 by default."""
    from striprtf.striprtf import rtf_to_text

    m = _ANSICPG.search(data[:2000])
    encoding = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    if not data.rstrip().endswith(b"}"):
        raise ExtractionError("the RTF file is truncated")
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except (ValueError, IndexError) as exc:
        raise ExtractionError("the RTF file is damaged") from exc
    if not text.strip():
        raise ExtractionError("the RTF file contains no text")
    text, hints = document_front(text)
    return [from_text(text, ctx, origin=name, hints=hints)]
