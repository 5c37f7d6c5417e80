"""E-mail (.eml) and mailbox (.mbox) files; a newsletter digest becomes one article per item.

A digest is split where its parts separate items: HTML parts at repeated <h2>/<h3> headings,
text parts at separator lines ("-----", "* * *") or blank-line-framed headings. The sender's
display name is the source where no agency is named.
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
from app.model import ExtractionError, ExtractionFailure

_FROM_LINE = re.compile(rb"(?:\A|\n)From [^\n]*\n")
_SEPARATOR = re.compile(r"^\s*(?:[-=_*~#]\s*){3,}\s*$", re.M)
_TEXT_CUT = re.compile(
    r"^(?:--\s*$|_{5,}|Sie erhalten diese|You are receiving|You received this|Abmelden|"
    r"Unsubscribe|Отписаться|Вы получили это письмо)",
    re.I | re.M,
)


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


def _split_html(tree: HtmlElement) -> list[str]:
    """Digest items: text between repeated headings (h2, else h3)."""
    body = tree.find("body") if tree.find("body") is not None else tree
    for tag in ("h2", "h3"):
        heads = list(body.iter(tag))
        if len(heads) >= 2:
            break
    else:
        return []
    items: list[list[str]] = []
    for el in body.iter():
        if el.tag in ("h1", "h2", "h3", "p", "li", "div", "td", "blockquote", "pre"):
            if el.tag == tag:
                items.append([])
            own = (el.text or "").strip() if el.tag in ("div", "td") else ""
            text = own if el.tag in ("div", "td") else " ".join(el.text_content().split())
            if text and items:
                items[-1].append(text)
    return ["\n".join(lines) for lines in items if lines]


def _split_text(text: str) -> list[str]:
    cut = _TEXT_CUT.search(text)
    if cut:
        text = text[: cut.start()]
    chunks = [c.strip() for c in _SEPARATOR.split(text)]
    return [c for c in chunks if len(c.split()) >= 5]


def _message_items(msg: EmailMessage, origin: str, ctx: Context, first_part: int) -> list[Item]:
    subject = str(msg.get("Subject", "")).strip()
    sender = _sender(msg)
    try:
        sent = parsedate_to_datetime(str(msg["Date"])) if msg.get("Date") else None
    except (TypeError, ValueError):
        sent = None
    html, text = _body_parts(msg)
    chunks: list[str] = []
    if html.strip():
        try:
            tree = parse_html(html)
        except ExtractionError:
            tree = None
        if tree is not None:
            chunks = _split_html(tree)
            if not chunks:
                hints_item = _single_html(tree, origin, ctx, first_part, sender)
                if hints_item is not None:
                    return [hints_item]
    if not chunks and text.strip():
        chunks = _split_text(text)
    if not chunks:
        raise ExtractionError("the e-mail has no readable text")
    if len(chunks) == 1:
        hints = Hints(title=subject, fallback_source=sender, published=sent)
        return [from_text(chunks[0], ctx, origin, first_part, hints)]
    items: list[Item] = []
    for n, chunk in enumerate(chunks):
        where = f"{origin}#{n}"
        try:
            hints = Hints(fallback_source=sender, reference=sent)
            item = from_text(chunk, ctx, where, first_part + n, hints)
            if item.article.published is None:
                item.article.published = sent
            items.append(item)
        except ExtractionError as exc:
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
