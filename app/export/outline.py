"""A PDF's outline (the viewer's bookmarks pane): one entry per article of a press review,
so a reader jumps to a story the way the contents page lets them."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter


def with_outline(pdf: bytes, entries: Sequence[tuple[str, int]]) -> bytes:
    """``pdf`` with an outline of ``entries`` (title, 0-based page), opened beside the
    pages; the document's links, named destinations and metadata are kept."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    last = len(writer.pages) - 1
    for title, page in entries:
        writer.add_outline_item(title=title, page_number=max(0, min(page, last)))
    if entries:
        writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
