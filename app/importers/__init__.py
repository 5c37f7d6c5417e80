"""Importers: one module per format behind one registry.

``extract(name, data)`` turns the bytes of one file into articles. It raises
``ExtractionError`` with a reason a person understands when nothing can be made of it.
"""

from __future__ import annotations

from app.model import Article, ExtractionError, ExtractionFailure, Extracted

SUPPORTED_SUFFIXES = (".txt",)


def extract(name: str, data: bytes) -> list[Extracted | ExtractionFailure]:
    """Minimal placeholder: UTF-8 text, first non-empty line the title."""
    if not data.strip():
        raise ExtractionError("the file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExtractionError("not UTF-8 text") from exc
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    title, body = lines[0], "\n".join(lines[1:])
    return [Extracted(Article(title=title, body=body), origin=name)]


def extract_clipboard(text: str | None, html: str | None = None) -> list[Extracted]:
    """Pasted text or HTML as articles (the GUI binds this to Ctrl+V)."""
    items = extract("clipboard.txt", (text or "").encode())
    return [item for item in items if isinstance(item, Extracted)]
