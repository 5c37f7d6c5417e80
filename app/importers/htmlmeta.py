"""Page metadata the publisher states explicitly: JSON-LD, Open Graph, meta tags, <time>.

These carry the full publication timestamp with its offset, which trafilatura reduces to a
date; stated values beat anything guessed from the visible text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from lxml.html import HtmlElement

from app.importers.dates import parse_date

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report",
    "socialmediaposting", "liveblogposting", "webpage",
}  # fmt: skip
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date",
    "pubdate", "publishdate", "publish-date", "published_time", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date",
)  # fmt: skip


@dataclass
class PageMeta:
    """What the page's markup says about its article."""

    title: str = ""
    description: str = ""
    published: datetime | None = None
    author: str = ""
    section: str = ""
    site_name: str = ""
    url: str = ""
    language: str = ""
    tags: list[str] = field(default_factory=list)
    html_title: str = ""  # the <title>, usually with the site name
    body: str = ""  # JSON-LD articleBody: the publisher's own copy of the text


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _walk(node: object) -> list[dict]:
    """All JSON-LD objects, flattening @graph and lists."""
    found: list[dict] = []
    if isinstance(node, list):
        for item in node:
            found.extend(_walk(item))
    elif isinstance(node, dict):
        found.append(node)
        if "@graph" in node:
            found.extend(_walk(node["@graph"]))
    return found


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _json_ld(tree: HtmlElement, meta: PageMeta) -> None:
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            objects.extend(_walk(json.loads(script.text or "", strict=False)))
        except (ValueError, RecursionError):
            continue
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    articles.sort(key=lambda o: "webpage" in _types(o))  # a real article type first
    for obj in articles:
        meta.title = meta.title or str(obj.get("headline") or "").strip()
        meta.description = meta.description or str(obj.get("description") or "").strip()
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body.strip()) > len(meta.body):
            meta.body = body.strip()
        if meta.published is None and obj.get("datePublished"):
            meta.published = parse_date(str(obj["datePublished"]))
        meta.author = meta.author or ", ".join(dict.fromkeys(_names(obj.get("author"))))
        section = obj.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else ""
        meta.section = meta.section or str(section or "").strip()
        meta.site_name = meta.site_name or ", ".join(_names(obj.get("publisher"))[:1])
        meta.language = meta.language or str(obj.get("inLanguage") or "")[:2].lower()
        keywords = obj.get("keywords")
        if not meta.tags and keywords:
            items = keywords if isinstance(keywords, list) else str(keywords).split(",")
            meta.tags = [str(k).strip() for k in items if str(k).strip()]


def _meta_tags(tree: HtmlElement, meta: PageMeta) -> None:
    values: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    meta.title = meta.title or values.get("og:title", "")
    meta.description = (
        meta.description or values.get("og:description", "") or values.get("description", "")
    )
    meta.site_name = meta.site_name or values.get("og:site_name", "")
    meta.url = values.get("og:url", "")
    meta.section = meta.section or values.get("article:section", "")
    meta.author = meta.author or values.get("article:author", "") or values.get("author", "")
    if meta.author.startswith("http"):
        meta.author = ""
    if meta.published is None:
        for key in _DATE_META:
            if key in values and (value := parse_date(values[key])):
                meta.published = value
                break
    if meta.published is None:
        for el in tree.iter("time"):
            stamp = el.get("datetime") or ""
            if stamp and (value := parse_date(stamp)):
                meta.published = value
                break
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    meta.language = meta.language or lang[:2].lower()
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta.url = meta.url or el.get("href", "")


def page_meta(tree: HtmlElement) -> PageMeta:
    """Stated metadata, JSON-LD first, then meta tags and <time>."""
    meta = PageMeta()
    title = tree.find(".//title")
    if title is not None:
        meta.html_title = " ".join((title.text_content() or "").split())
    _json_ld(tree, meta)
    _meta_tags(tree, meta)
    return meta
