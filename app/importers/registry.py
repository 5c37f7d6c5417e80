"""Format detection (file name + content sniffing) and dispatch to one module per format.

Format modules are imported lazily: trafilatura, pypdf and python-docx take a while to load
and most imports need only one of them.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath

from app.importers.base import Context, Item
from app.importers.zipped import DAMAGED_ZIP
from app.model import ExtractionError

_HANDLERS: dict[str, str] = {
    "text": "app.importers.plaintext:extract_text",
    "markdown": "app.importers.frontmatter:extract_markdown",
    "html": "app.importers.html:extract_html",
    "mhtml": "app.importers.mhtml:extract_mhtml",
    "email": "app.importers.mail:extract_eml",
    "mbox": "app.importers.mail:extract_mbox",
    "pdf": "app.importers.pdf:extract_pdf",
    "docx": "app.importers.office:extract_docx",
    "odt": "app.importers.office:extract_odt",
    "rtf": "app.importers.office:extract_rtf",
    "csv": "app.importers.records:extract_csv",
    "jsonl": "app.importers.records:extract_jsonl",
    "json": "app.importers.records:extract_json",
    "zip": "app.importers.zipped:extract_zip",
    "reuters": "app.importers.reuters:extract_reuters",
}
_SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".mhtml": "mhtml", ".mht": "mhtml",
    ".eml": "email", ".mbox": "mbox", ".mbx": "mbox",
    ".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".rtf": "rtf",
    ".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".zip": "zip", ".sgm": "reuters", ".sgml": "reuters",
}  # fmt: skip
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_SUFFIXES)

# Things people drop by mistake: name them instead of failing with "not text".
_FOREIGN = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"RIFF", "an audio/video or WebP file"), (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"), (b"\xd0\xcf\x11\xe0", "an old Office (.doc/.xls) file"),
    (b"ID3", "an MP3 file"), (b"OggS", "an audio file"),
)  # fmt: skip
_HTML = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|article)\b", re.I | re.S
)
_MAIL_HEADER = re.compile(
    rb"^(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|"
    rb"Delivered-To|X-[\w-]+|Reply-To|Cc):[^\n]*\n(?:[ \t][^\n]*\n)*){3,}",
    re.I,
)

#: a browser's single-file web archive (.mhtml) by its headers ("From: <Saved by Blink>",
#: "Snapshot-Content-Location: https://…"); a mail with a multipart/related body is not one
_WEB_ARCHIVE = re.compile(
    rb"\A(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?(?:Snapshot-Content-Location:|From:\s*<Saved by )",
    re.I,
)

#: Reuters-21578 stories (``<!DOCTYPE lewis …>``, ``<REUTERS …>``), whatever the file's name
_REUTERS_SGML = re.compile(rb"\s*(?:<!DOCTYPE\s+lewis\b|<REUTERS\b)", re.I)

_ODT_TYPE = b"application/vnd.oasis.opendocument.text"


def _zip_kind(data: bytes) -> str:
    """A zip's kind by its members: a Word file has word/document.xml beside
    [Content_Types].xml; an ODF text names its type in a ``mimetype`` member. A zip that
    merely holds such files (stored uncompressed) is a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            small = "mimetype" in names and archive.getinfo("mimetype").file_size < 100
            if small and archive.read("mimetype").strip() == _ODT_TYPE:
                return "odt"
            if {"[Content_Types].xml", "word/document.xml"} <= names:
                return "docx"
            return "zip"
    except (*DAMAGED_ZIP, zipfile.LargeZipFile, ValueError, KeyError):
        pass
    # damaged (truncated: no directory): the local headers at its start still tell
    if b"mimetype" + _ODT_TYPE in data[:200]:
        return "odt"
    if b"[Content_Types].xml" in data[:2000] and b"word/" in data:
        return "docx"
    return "zip"


def detect(name: str, data: bytes) -> str:
    """The format of a file: content signatures first, then the suffix, then the text shape."""
    head = data[:4096]
    suffix = PurePosixPath(name.lower()).suffix
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        kind = _zip_kind(data)
        if kind == "zip" and suffix in (".docx", ".odt"):
            raise ExtractionError(f"the file is named {suffix} but is not a word-processor file")
        return kind
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    for magic, what in _FOREIGN:
        if head.startswith(magic):
            raise ExtractionError(f"this is {what}, not a clipping")
    if suffix in _SUFFIXES and _SUFFIXES[suffix] not in ("text", "pdf", "docx", "odt", "zip"):
        return _SUFFIXES[suffix]
    if suffix in (".pdf", ".docx", ".odt", ".zip"):
        raise ExtractionError(f"the file is named {suffix} but its content is not; it is damaged")
    text_head = head.lstrip(b"\xef\xbb\xbf")
    if _REUTERS_SGML.match(text_head):
        return "reuters"
    if _WEB_ARCHIVE.match(text_head.replace(b"\r\n", b"\n")):
        return "mhtml"
    if text_head.startswith(b"From ") and _MAIL_HEADER.match(text_head.split(b"\n", 1)[-1]):
        return "mbox"
    if _MAIL_HEADER.match(text_head.replace(b"\r\n", b"\n")):
        return "email"
    if _HTML.match(text_head):
        return "html"
    return "text"


def handler(fmt: str) -> Callable[[str, bytes, Context], list[Item]]:
    module, func = _HANDLERS[fmt].split(":")
    return getattr(importlib.import_module(module), func)


def run(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Detect and extract; raise ExtractionError when nothing at all came out."""
    if not data or not data.strip():
        raise ExtractionError("the file is empty")
    fmt = detect(name, data)
    items = handler(fmt)(name, data, ctx)
    if not items:
        raise ExtractionError("no article found in the file")
    if not any(not hasattr(i, "reason") for i in items):
        reasons = {i.reason for i in items if hasattr(i, "reason")}
        only = reasons.pop() if len(reasons) == 1 else "see the individual items"
        raise ExtractionError(f"none of the {len(items)} items could be extracted ({only})")
    return items
