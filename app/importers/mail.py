"""E-mail (.eml) and mailbox (.mbox) files; a newsletter digest becomes one article per item.

An HTML part is read block by block (newsletter.py): one article per headline with text under
it, its rubric label as the section, the mail's frame dropped. A text part is split at
separator lines ("-----", "* * *"); its subject, without a 'Press release:' mark, titles a
single item. The sender's display name is the source where no agency is named; the mail's
Date stands in only where an item prints no stamp of its own.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

from lxml.html import HtmlElement

from app.importers.base import Context, Item, from_text
from app.importers.compose import Hints
from app.importers.html import extract_from_tree, parse_html
from app.importers.newsletter import (
    MAIL_FOOTER,
    clean_subject,
    frame_end,
    html_articles,
    release_end,
)
from app.model import ExtractionError, ExtractionFailure

_FROM_LINE = re.compile(rb"(?:\A|\n)From [^\n]*\n")
_SEPARATOR = re.compile(r"^\s*(?:[-=_*~#]\s*){3,}\s*$", re.M)


def _sender(msg: EmailMessage) -> str:
    name, addr = parseaddr(str(msg.get("From", "")))
    return name.strip() or addr.split("@")[-1]


def _body_parts(msg: EmailMessage) -> tuple[str, str]:
    """The message's HTML and plain-text bodies ('' where missing)."""
    html = text = ""
    for kind in ("html", "plain"):
        part = msg.get_body(preferencelist=(kind,))
        if part is None:
            continue
        try:
            content = part.get_content()
        except (LookupError, UnicodeError):
            payload = part.get_payload(decode=True) or b""
            content = payload.decode("utf-8", errors="replace")
        if kind == "html":
            html = content
        else:
            text = content
    return html, text


def _split_text(text: str) -> list[str]:
    cut = MAIL_FOOTER.search(text)
    if cut:
        text = text[: cut.start()]
    chunks = [c.strip() for c in _SEPARATOR.split(text)]
    return [c for c in chunks if len(c.split()) >= 5]


def _own_text(chunk: str) -> str:
    """A text item without its frame: the 'read on the site' link, editors' notes."""
    lines = chunk.split("\n")
    lines = lines[: frame_end(lines)]
    return "\n".join(lines[: release_end(lines)])


def _message_items(msg: EmailMessage, origin: str, ctx: Context, first_part: int) -> list[Item]:
    subject = clean_subject(str(msg.get("Subject", "")))
    sender = _sender(msg)
    try:
        sent = parsedate_to_datetime(str(msg["Date"])) if msg.get("Date") else None
    except (TypeError, ValueError):
        sent = None
    html, text = _body_parts(msg)
    chunks: list[tuple[str, str]] = []  # (rubric label, text)
    title = ""
    if html.strip():
        try:
            tree = parse_html(html)
        except ExtractionError:
            tree = None
        if tree is not None:
            body = tree.find("body") if tree.find("body") is not None else tree
            chunks = [(label, "\n".join(lines)) for label, lines in html_articles(body, subject)]
            if not chunks:
                hints_item = _single_html(tree, origin, ctx, first_part, sender)
                if hints_item is not None:
                    return [hints_item]
    if not chunks and text.strip():
        chunks = [("", _own_text(c)) for c in _split_text(text)]
        title = subject if len(chunks) == 1 else ""
    if not chunks:
        raise ExtractionError("the e-mail has no readable text")
    items: list[Item] = []
    for n, (label, chunk) in enumerate(chunks):
        where = origin if len(chunks) == 1 else f"{origin}#{n}"
        try:
            hints = Hints(title=title, fallback_source=sender, reference=sent, section=label)
            item = from_text(chunk, ctx, where, first_part + n, hints)
            if item.article.published is None:
                item.article.published = sent  # no stamp of its own: the day it was mailed
            items.append(item)
        except ExtractionError as exc:
            if len(chunks) == 1:
                raise
            items.append(ExtractionFailure(where, str(exc)))
    return items


def _single_html(
    tree: HtmlElement, origin: str, ctx: Context, part: int, sender: str
) -> Item | None:
    try:
        item = extract_from_tree(tree, origin, ctx, part)
    except ExtractionError:
        return None
    if not hasattr(item, "article"):
        return item
    if not item.article.source or item.article.source == "":
        item.article.source = sender
    return item


def _parse(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def extract_eml(name: str, data: bytes, ctx: Context) -> list[Item]:
    """A single message; a digest yields one item per article."""
    msg = _parse(data)
    if not msg.keys():
        raise ExtractionError("this is not an e-mail message (no headers)")
    return _message_items(msg, name, ctx, 0)


def extract_mbox(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Every message of a mailbox, every digest item of every message."""
    messages = [m for m in _FROM_LINE.split(data.replace(b"\r\n", b"\n")) if m.strip()]
    messages = [re.sub(rb"(?m)^>(>*From )", rb"\1", m) for m in messages]
    if not messages:
        raise ExtractionError("the mailbox contains no messages")
    items: list[Item] = []
    for n, raw in enumerate(messages):
        origin = f"{name}#{n}"
        try:
            found = _message_items(_parse(raw), origin, ctx, len(items))
        except ExtractionError as exc:
            items.append(ExtractionFailure(origin, str(exc)))
            continue
        items.extend(found)
    return items
