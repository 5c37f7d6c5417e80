"""Plain text (.txt) as copied from a web page, a wire feed or a word processor."""

from __future__ import annotations

from app.importers.base import Context, Item, from_text
from app.importers.encoding import decode
from app.importers.frontmatter import extract_markdown, has_front_matter
from app.importers.joined import joined_documents, refusal
from app.importers.numbered import numbered_reports
from app.model import ExtractionError


def extract_text(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One article from a text file (front matter, when present, wins); a page of numbered
    releases ("Nr. 1784" / headline / text, …) gives one article each. Many documents
    joined in markup Clippings does not know fail (``joined``), not one giant article."""
    text = decode(data)
    if not text.strip():
        raise ExtractionError("the file contains only blank space")
    if has_front_matter(text):
        return extract_markdown(name, data, ctx, text=text)
    if joined := joined_documents(text):
        raise ExtractionError(refusal(*joined))
    if reports := numbered_reports(text):
        return [from_text(part, ctx, origin=name, part=k) for k, part in enumerate(reports)]
    return [from_text(text, ctx, origin=name)]
