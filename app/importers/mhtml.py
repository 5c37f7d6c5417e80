"""Web pages saved as one file: ``.mhtml``/``.mht`` (Chrome's and Edge's "Webpage, Single
File", Word's and Internet Explorer's web archives).

Such a file is a MIME message whose first HTML part is the page, followed by its frames,
style sheets and images. The page goes through the HTML importer like a saved ``.html``.
The message's ``Date`` is when the page was saved, not when the article appeared, so it
is never taken as the publication date; the address the page was saved from stands in for
a page that states none (it names the site, and so the source).
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from lxml.html import HtmlElement

from app.importers.base import Context, Item
from app.importers.html import decode_html, extract_from_tree, parse_html
from app.importers.mail import declared_text
from app.model import ExtractionError


def _page_part(msg: EmailMessage) -> EmailMessage | None:
    """The saved page: the part the archive names as its start, else its first HTML part."""
    start = msg.get_param("start", header="content-type")
    parts = [p for p in msg.walk() if not p.is_multipart()]
    if isinstance(start, str):
        for part in parts:
            if part.get("Content-ID", "").strip() == start.strip():
                return part
    return next((p for p in parts if p.get_content_type() == "text/html"), None)


def extract_mhtml(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One article from a web page saved as a single-file web archive."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    part = _page_part(msg)
    if part is None:
        raise ExtractionError("the web archive holds no HTML page")
    text = declared_text(part, decode_html)  # else as a saved page: <meta charset>, detection
    if not text.strip():
        raise ExtractionError("the web archive's page is empty")
    tree = parse_html(text)
    saved_from = str(msg.get("Snapshot-Content-Location") or part.get("Content-Location") or "")
    if saved_from.startswith(("http://", "https://")):
        _state_address(tree, saved_from.strip())
    return [extract_from_tree(tree, name, ctx)]


def _state_address(tree: HtmlElement, url: str) -> None:
    """Give a page that names no address of its own (no canonical link) the one it was
    saved from, as the link a saved page carries would."""
    links = tree.iter("link")
    if any((el.get("rel") or "").lower() == "canonical" for el in links):
        return
    head = tree.find("head")
    if head is None:
        head = tree.makeelement("head")
        tree.insert(0, head)
    head.append(tree.makeelement("link", rel="canonical", href=url))
