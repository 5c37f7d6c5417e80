"""Saved web pages: trafilatura finds the main text, we add stated metadata and our own
dateline, agency and boilerplate logic. Nothing is fetched and no script runs: lxml only
parses, trafilatura only reads the tree.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, document_fromstring
from trafilatura.settings import use_config

from app.importers.base import Context, Item, from_text
from app.importers.compose import Hints
from app.importers.dates import parse_date
from app.importers.encoding import decode
from app.importers.htmlmeta import page_meta
from app.model import ExtractionError

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:.-]+)", re.I)
WEAK_TEXT = 1500  # characters: below this the fast pass is checked by the full one
MIN_TEXT = 80  # characters: less is a cookie wall, a login form or an index page


@lru_cache(maxsize=1)
def _config():
    """trafilatura's defaults, but no silent size cap: big pages import whole or fail."""
    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(500_000_000))
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


def decode_html(data: bytes) -> str:
    """The declared <meta charset> when it decodes cleanly, else our detection."""
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def parse_html(text: str) -> HtmlElement:
    """An lxml tree; raise ExtractionError when the markup cannot be read at all."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError("the HTML cannot be parsed") from exc


_SEPARATOR = re.compile(r"^[\W_]*$")
_WORD = re.compile(r"\w+")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def _overlap(a: str, b: str) -> float:
    words = set(_WORD.findall(a.lower()))
    return len(words & set(_WORD.findall(b.lower()))) / max(1, len(words))


def headline(tree: HtmlElement, stated: str, site: str) -> str:
    """The page's <h1> headline without its kicker ("Klimaschutz: …"), when it matches
    the stated title; otherwise the stated title without a " | Site" suffix."""
    for h1 in tree.iter("h1"):
        parts = [" ".join(t.split()) for t in h1.itertext()]
        parts = [p for p in parts if p and not _SEPARATOR.match(p)]
        text = " ".join(parts)
        if not text or len(text) > 300:
            continue
        if stated and (_overlap(text, stated) < 0.5 or _overlap(stated, text) < 0.4):
            continue  # a logo or section name in an <h1>
        if len(parts) > 1 and len(parts[-1].split()) >= 3:
            return parts[-1]  # kicker spans come first, the headline last
        return text
    m = _SITE_SUFFIX.search(stated)
    if m and (not site or _overlap(m.group(0), site) > 0 or m.group(0).isupper()):
        return stated[: m.start()]
    return stated


def _main_text(tree: HtmlElement, fast: bool) -> str:
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        fast=fast,
        config=_config(),
    )
    return (doc.text or "") if doc is not None else ""


def _weak(text: str) -> bool:
    """Too short to be a whole article, or mostly short lines (a menu, not prose)."""
    if len(text) < WEAK_TEXT:
        return True
    prose = sum(len(line) for line in text.split("\n") if len(line.split()) >= 8)
    return prose < 0.5 * len(text)


def _fallback_date(tree: HtmlElement) -> datetime | None:
    """htmldate's guess, only for pages that state no date (it is the slow part)."""
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
    return parse_date(found) if found else None


def extract_from_tree(tree: HtmlElement, name: str, ctx: Context, part: int = 0) -> Item:
    """One article from a parsed page (trafilatura copies the tree before cleaning it)."""
    meta = page_meta(tree)
    text = _main_text(tree, fast=True)
    if _weak(text):
        # Short or menu-like: let trafilatura compare with its fallback extractors.
        text = _main_text(tree, fast=False)
    if len(text.strip()) < MIN_TEXT:
        raise ExtractionError(
            "the page has no article text (a cookie wall, login page or index page?)"
        )
    published = meta.published or _fallback_date(tree)
    site = meta.site_name
    if site.startswith("http") or not site:
        site = (urlsplit(meta.url).hostname or "").removeprefix("www.") if meta.url else ""
    title = headline(tree, meta.title or meta.html_title, site)
    author = meta.author
    if author and site and author.lower() in site.lower():
        author = ""  # the publisher named as author is not a byline
    hints = Hints(
        title=title,
        url=meta.url,
        author=author,
        published=published,
        section=meta.section,
        fallback_source=site,
        tags=meta.tags,
    )
    return from_text(text, ctx, origin=name, part=part, hints=hints)


def extract_html(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One article from a saved web page."""
    tree = parse_html(decode_html(data))
    return [extract_from_tree(tree, name, ctx)]
