"""Page metadata the publisher states explicitly: JSON-LD, Open Graph, meta tags, <time>.

These carry the full publication timestamp with its offset, which trafilatura reduces to a
date; stated values beat anything guessed from the visible text.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from itertools import islice, pairwise

from lxml import etree
from lxml.html import HtmlElement

from app.importers.byline import (
    NAME_SEP,
    author_of_line,
    byline_place,
    desk_credit,
    person_author,
    place_after_name,
    press_office,
    role_line,
    staff_credit,
    stamp_byline,
    without_credit,
)
from app.importers.dates import (
    REVISION_LABEL,
    STAMP_PARTS,
    before_weekday_stamp,
    find_dates,
    parse_date,
    year_dates,
)
from app.importers.sections import (
    VOCABULARY,
    is_filing_label,
    is_trail,
    section_of_line,
    stated_section,
)
from app.importers.sitename import is_company_name, is_short_form, title_after

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
    # JSON-LD's list of sections ("Politics", "Defence"): a crumb trail ending in a later one
    # shows which is the deepest
    stated_sections: tuple[str, ...] = ()
    site_name: str = ""
    url: str = ""
    language: str = ""
    html_title: str = ""  # the <title>, usually with the site name
    body: str = ""  # JSON-LD articleBody: the publisher's own copy of the text
    byline_place: str = ""  # "By Jane Doe in Almaty": where the byline says it was filed
    credit: str = ""  # a byline element naming no person ("APA"): maybe an agency's copy
    wire: str = ""  # the agency credited after the author's name ("Von Jane Doe, dpa")
    org_author: str = ""  # a JSON-LD author that is an organisation ("AFP"), no person
    publisher: str = ""  # JSON-LD publisher that names a company: the site's name when no other
    provider: str = ""  # JSON-LD provider: the outlet whose story an aggregator carries
    og_site_name: str = ""  # og:site_name as stated, whatever JSON-LD names
    ld_publisher: str = ""  # the JSON-LD publisher's name as stated, whatever it names
    modified: datetime | None = None  # dateModified / article:modified_time as stated
    live: bool = False  # the JSON-LD states a LiveBlogPosting
    # on a live page saved at one post: the post's element (its <h1> the headline), whose
    # text is the article's, not the blog's around it
    entry: HtmlElement | None = None


def _plain(value: object) -> str:
    """A JSON-LD string as text: the script's content is not HTML-decoded by the parser,
    and publishers escape for HTML there too ("Energy &amp; Environment")."""
    text = str(value or "").strip()
    return html.unescape(text) if "&" in text else text


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [_plain(value)] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _people(value: object) -> object:
    """JSON-LD authors without the organisations typed as such ({"@type": "Organization",
    "name": "Reuters"} credits the agency, not a person; NewsMediaOrganization too). A
    company typed as a person, or not typed, stays here: ``_json_ld`` drops it by its name
    (``person_author``)."""
    items = value if isinstance(value, list) else [value]
    return [
        v
        for v in items
        if not (isinstance(v, dict) and any("organization" in t for t in _types(v)))
    ]


def _listed(value: object) -> list:
    return value if isinstance(value, list) else [value]


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


# What a home page's WebPage object states of itself, no article's: its headline, text, dates
_ARTICLE_KEYS = frozenset(
    {"headline", "description", "articleBody", "datePublished", "dateModified"}
)


def _home_page(obj: dict) -> bool:
    """Whether a JSON-LD object is a plain WebPage whose url is the site's root."""
    url = obj.get("url")
    return isinstance(url, str) and _is_root(url) and _types(obj) == {"webpage"}


def _json_ld(tree: HtmlElement, meta: PageMeta) -> None:
    objects: list[dict] = []
    # //script[@type="application/ld+json"] as a walk of the document's scripts: the same
    # elements in the same order, without the XPath evaluation's cost
    scripts = tree.getroottree().iter("script")
    for script in (s for s in scripts if s.get("type") == "application/ld+json"):
        try:
            objects.extend(_walk(json.loads(script.text or "", strict=False)))
        except (ValueError, RecursionError):
            continue
    # The WebSite object names the site ("Balkan Insight"); an article's publisher is often
    # the company that owns it ("BIRN"), so it counts after it (and before og:site_name,
    # often a slug: "fr.de").
    sites = [n for o in objects if "website" in _types(o) for n in _names(o.get("name"))]
    meta.site_name = meta.site_name or next(iter(sites), "")
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    meta.live = any("liveblogposting" in _types(o) for o in articles)
    shown = _shown_headlines(tree)
    # a real article type first; on a live blog's page, the entry the page shows (its
    # headline is og:title or the <h1>) is the article, not the blog around it
    updates = (u for o in articles for u in _walk(o.get("liveBlogUpdate")))
    articles += [u for u in updates if _plain(u.get("headline")) in shown]
    articles.sort(key=lambda o: (_plain(o.get("headline")) not in shown, "webpage" in _types(o)))
    for obj in articles:
        if _home_page(obj):
            # a WebPage at the site's root ("url": "https://example.com/") describes the home
            # page: its dates are the site's (its founding), its name the site's motto
            obj = {k: v for k, v in obj.items() if k not in _ARTICLE_KEYS}
        meta.title = meta.title or _plain(obj.get("headline"))
        meta.description = meta.description or _plain(obj.get("description"))
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body.strip()) > len(meta.body):
            meta.body = body.strip()
        if meta.published is None and obj.get("datePublished"):
            meta.published = parse_date(str(obj["datePublished"]))
        if meta.modified is None and obj.get("dateModified"):
            meta.modified = parse_date(str(obj["dateModified"]))
        people = (person_author(n) for n in _names(_people(obj.get("author"))))
        meta.author = meta.author or ", ".join(dict.fromkeys(p for p in people if p))
        orgs = [v for v in _listed(obj.get("author")) if v not in _people(obj.get("author"))]
        meta.org_author = meta.org_author or next(iter(_names(orgs)), "")
        section = obj.get("articleSection")
        if isinstance(section, list):
            if not meta.section and len(section) > 1:
                meta.stated_sections = tuple(_plain(v) for v in section if isinstance(v, str))
            section = section[0] if section else ""
        meta.section = meta.section or _desk(_plain(section))
        publisher = ", ".join(_names(obj.get("publisher"))[:1])
        meta.ld_publisher = meta.ld_publisher or publisher
        meta.provider = meta.provider or next(iter(_names(obj.get("provider"))), "")
        if is_company_name(publisher):
            # "Nordkurier Mediengruppe GmbH & Co. KG", "The Peninsula Newspaper": the company
            # that owns the outlet counts after og:site_name, which names the outlet itself
            meta.publisher, publisher = meta.publisher or publisher, ""
        if _squashed(publisher) == _squashed(meta.site_name) and len(publisher) > len(
            meta.site_name
        ):
            meta.site_name = publisher  # "City A.M." over the WebSite's "CityAM": as written
        meta.site_name = meta.site_name or publisher
        meta.language = meta.language or str(obj.get("inLanguage") or "")[:2].lower()
    if not meta.section:
        trails = [o for o in objects if "breadcrumblist" in _types(o)]
        meta.section = _stated_crumb(tree, trails[0], meta) if trails else ""


_CRUMB_TAGS = ("p", "span", "div", "a", "li", "strong")


def _stated_crumb(tree: HtmlElement, trail: dict, meta: PageMeta) -> str:
    """The deepest crumb of a JSON-LD BreadcrumbList that the page also prints as an
    element of its own ("<p class='series'>Health Care</p>"): the desk it files the story
    under; not home, not the story's own crumb (its headline)."""
    names = []
    for entry in _listed(trail.get("itemListElement")):
        if not isinstance(entry, dict):
            continue
        item = entry.get("item")
        name = entry.get("name") or (item.get("name") if isinstance(item, dict) else "")
        if isinstance(name, str) and (name := _plain(name)):
            names.append(name)
    heads = {(meta.title or meta.html_title).lower(), meta.html_title.lower()}
    names = [n for n in names if n.lower() not in _HOME and n.lower() not in heads]
    names = [n for n in names if not is_filing_label(n)]  # "Ausgabe: 43", "06/2019"
    if not names or not 1 <= len(names[-1].split()) <= 4:
        return ""
    last = names[-1]
    body = tree.find("body")
    shown = body is not None and any(
        (el.text or "").strip() == last and len(el) == 0 for el in body.iter(_CRUMB_TAGS)
    )
    return last if shown else ""


def _script_text(script: HtmlElement) -> str:
    """The script's string value, as XPath's "." reads it: its text, which lxml joins from
    all its text nodes, when it has no children (the parser reads a script's code as text,
    so it has none); a walk of the document's scripts this way costs less than XPath's."""
    return (script.text or "") if len(script) == 0 else script.xpath("string()")


def _shown_headlines(tree: HtmlElement) -> set[str]:
    """The headlines a page shows as its own (og:title, the one <h1>), to tell a live blog's
    entry from the blog: a LiveBlogPosting's page for one entry has that entry's headline."""
    scripts = tree.getroottree().iter("script")
    if not any("LiveBlogPosting" in _script_text(s) for s in scripts):
        return set()
    found = {" ".join(str(v).split()) for v in tree.xpath('//meta[@property="og:title"]/@content')}
    h1s = list(tree.iter("h1"))
    if len(h1s) == 1:
        found.add(" ".join(h1s[0].text_content().split()))
    return found - {""}


def _squashed(name: str) -> str:
    """A name without case, spaces and punctuation: "CityAM" and "City A.M." are one name,
    the second spelt as the outlet writes it, the first a handle."""
    return "".join(c for c in name.lower() if c.isalnum())


def _in_utc(value: datetime) -> bool:
    """Whether a stamp is stated in UTC (an offset of zero), not in a local zone."""
    return value.utcoffset() == timedelta(0)


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
    site_name = values.get("og:site_name", "")
    meta.og_site_name = site_name
    if is_short_form(meta.site_name, site_name):
        meta.site_name = ""  # the publisher's "OTZ" beside og:site_name "Ostthüringer Zeitung"
    meta.site_name = meta.site_name or site_name
    meta.url = values.get("og:url", "")
    # microdata's <meta itemprop="articleSection" content="…"> states it as JSON-LD does,
    # over a deeper breadcrumb crumb ("Wirtschaft" over "Wirtschaft » Verkehr")
    meta.section = meta.section or _desk(
        values.get("article:section", "") or values.get("articlesection", "")
    )
    stated = values.get("article:author", "") or values.get("author", "")
    meta.author = meta.author or person_author(stated)
    if meta.author.startswith("http"):
        meta.author = ""
    if meta.modified is None and (stamp := values.get("article:modified_time", "")):
        meta.modified = parse_date(stamp)
    if meta.published is None:
        for key in _DATE_META:
            if key in values and (value := parse_date(values[key])):
                meta.published = value
                break
    elif _in_utc(meta.published):
        # JSON-LD's "10:00:00Z" beside a meta tag's "05:00:00-05:00": the same instant; the
        # tag's offset gives the page's own clock, the time the page prints
        local = (parse_date(values[k]) for k in _DATE_META if k in values)
        meta.published = next(
            (v for v in local if v and v == meta.published and not _in_utc(v)), meta.published
        )
    if meta.published is None:
        for el in tree.iter("time"):
            stamp = el.get("datetime") or ""
            if stamp and (value := parse_date(stamp)):
                meta.published = _shown_time(el, value) if len(stamp) <= 10 else value
                if _in_utc(value):
                    meta.published = _day_without_clock(el, value)
                break
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    meta.language = meta.language or lang[:2].lower()
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta.url = meta.url or el.get("href", "")


_CLASS_AUTHOR = re.compile(
    r"(?:^|[\s_-])(?:byline|authors?|autor(?:en)?|author-name|writers?|authorline|autorzeile)"
    r"(?:$|[\s_-])",
    re.I,
)
_CLASS_CRUMB = re.compile(r"crumb", re.I)  # "breadcrumbs", "crumbs"
# A trail's other class name ('<div class="path">Главная › Новости › …', "bread"): only
# with a trail's separators in its text.
_CLASS_PATH = re.compile(r"(?:^|[\s_-])(?:path|pathway|bread|pfad)(?:$|[\s_-])", re.I)
# A desk label's class ('<div class="section-label">Example News › Österreich</div>'): a
# trail only with a trail's arrows in its text (a bar or slash there may part a date).
_CLASS_DESK = re.compile(r"(?:^|[\s_-])(?:section|rubric|ressort)(?:$|[\s_-])", re.I)
_ARROW_CRUMB_SEP = re.compile(r"\s(?:›|»|>|→)\s")
# An aggregator's label of the outlet it carries, over the headline ('<div class="provider">
# <img alt="AFP"> AFP</div>'): its logo's alt or its words name the story's source.
_CLASS_PROVIDER = re.compile(r"(?:^|[\s_-])provider(?:$|[\s_-])", re.I)
CLASS_DATE = re.compile(
    r"(?:^|[\s_-])(?:date|dates|datum|time|published|pubdate)(?:$|[\s_-])", re.I
)
_DOMAIN = re.compile(r"\w\.\w{2,}$")
_SMALL = 12  # elements: a byline, date or breadcrumb is a handful, a container is more
_HOME = {"home", "startseite", "главная", "start", "homepage", "main"}
# The separators of a trail written as one text: "Home > News > Rohstoffe", "Главная / Город".
_PLAIN_CRUMB_SEP = re.compile(r"\s+(?:›|»|>|/|\||→)\s+")
_CHROME = {"nav", "aside", "footer", "a", "li"}


# One pass over the block and label elements (links and list items, the bulk of a page's
# menus, are left out): only these attribute values are worth a closer look.
_WORTH_PARTS = (
    "byline", "uthor", "utor", "riter", "crumb", "path", "pfad", "bread", "date", "datum", "time",
    "ublish", "provider", "section", "rubric", "ressort",
)  # fmt: skip
# any of them as a substring, in one scan (a generator over the parts cost more); the same
# parts in any case for a class in other scripts
_WORTH_PART = re.compile("|".join(map(re.escape, _WORTH_PARTS)))
_WORTH = re.compile(_WORTH_PART.pattern, re.I)
_PROPS = {"articlesection", "author", "datepublished"}
_TAGS = ("div", "span", "p", "time", "ol", "ul", "nav", "section", "header", "address", "small")
_TAGS_AND_ITEMS = (*_TAGS, "li")


@lru_cache(maxsize=4096)
def _worth(cls: str) -> bool:
    """_WORTH.search(cls); for an ASCII class (nearly all) as plain substring tests, which
    lower() makes exactly case-insensitive there (long utility class lists made the
    pattern's scan the cost of this pass). Remembered: a page repeats its class lists
    hundreds of times (menu items, teasers)."""
    if cls.isascii():
        return _WORTH_PART.search(cls.lower()) is not None
    return bool(_WORTH.search(cls))


# The readers' comments under a story ('<section id="comments">', '<ol class="comment-list">',
# '<div id="disqus_thread">'): each comment's name and time are classed like a byline and a
# stamp ("c-author", "comment-date"), but name a reader and the hour of the comment.
_COMMENTS_BOX = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|kommentare|комментарии|disqus)(?:$|[\s_-])", re.I
)


def _in_comments(el: HtmlElement) -> bool:
    """Whether `el` stands in the readers' comments (see _COMMENTS_BOX)."""
    for a in el.iterancestors():
        names = f"{a.get('class') or ''} {a.get('id') or ''}"
        quick = "omment" in names or "isqus" in names or "оммент" in names
        if quick and _COMMENTS_BOX.search(names):
            return True
    return False


def _candidates(body: HtmlElement) -> list[HtmlElement]:
    found = []
    for el in body.iter(_TAGS_AND_ITEMS):
        prop = el.get("itemprop")
        cls = el.get("class")
        if el.tag == "li":
            # a list item only as the byline of an article's meta row ('<ul class="meta">
            # <li class="byline">Jane Doe</li><li><time>…'), never in a menu
            # (_worth, remembered per class list, holds for every _CLASS_AUTHOR match: the
            # menu's hundred items skip the scan)
            if cls and _worth(cls) and _CLASS_AUTHOR.search(cls) and not _in_menu(el):
                found.append(el)
        elif (prop and prop.lower() in _PROPS) or (cls and _worth(cls)):
            found.append(el)
        elif (ident := el.get("id")) and _CLASS_CRUMB.search(ident):
            found.append(el)  # a trail named by its id only ('<div id="crumbs">')
        elif el.tag == "nav" and _home_trail(el):
            found.append(el)  # '<nav class="bc">Главная → Экономика → …': a trail unnamed
    return found


_STAMP_ROW_SEP = ("|", "·", "•", "/")


_STAMP_ROW = 80  # characters: a day, its time, a bar and a desk
_ROW_WORDS = frozenset({"comments", "kommentare", "комментарии", "share", "teilen", "print"})


def _desk_after_stamp(el: HtmlElement) -> str:
    """The desk a stamp's row links after its date and a bar or dot ("20.12.2025, 13:08 |
    <a>Politik</a>"), or '': the row's one link, ending it, a word or three that is no
    person's name (a row may link its writer there: "20.12.2025 | <a>Jane Doe</a>")."""
    links = el.findall(".//a")
    if len(links) > 1:
        return ""
    text = _text(el)
    if links:
        desk = _text(links[0])
    else:
        # unlinked ('<p class="date">2 December 2025 | Local News</p>'): the words after the
        # row's last bar, no revision's label nor a count ("3 min read", "Updated")
        parts = STAMP_PARTS.split(text) if len(text) <= _STAMP_ROW else []
        desk = parts[-1] if len(parts) > 1 else ""
        if not desk or REVISION_LABEL.match(desk) or desk.lower() in _ROW_WORDS:
            return ""
        if not section_of_line(desk) and desk.split()[-1].lower() not in _OUTLET_CREDIT_WORDS:
            return ""  # unlinked, a known desk or a desk's news only ("Local News"), no place
    if not desk or not text.endswith(desk) or not 1 <= len(desk.split()) <= 3:
        return ""
    head = text[: -len(desk)].rstrip()
    if not head.endswith(_STAMP_ROW_SEP) or not any(c.isdigit() for c in head):
        return ""
    if not desk[:1].isupper() or any(c.isdigit() for c in desk):
        return ""
    if links and _one_name(desk):
        return ""
    return "" if _in_comments(el) else desk


def _home_trail(el: HtmlElement) -> bool:
    """Whether a <nav> reads as a breadcrumb whatever its class: a home crumb first, then
    a crumb or more of a desk's length after arrows ("Home › Business › Retail"). A menu
    never opens with home and an arrow."""
    first = next((s for s in el.itertext() if s.strip()), "")
    if _ARROW_CRUMB_SEP.split(f" {first.strip()} ", 1)[0].strip().lower() not in _HOME:
        return False  # most <nav>s, the menus, end here without their whole text read
    text = _text(el)
    if len(text) > 200 or not _ARROW_CRUMB_SEP.search(text):
        return False
    crumbs = _ARROW_CRUMB_SEP.split(text)
    return (
        2 <= len(crumbs) <= 6
        and crumbs[0].strip().lower() in _HOME
        and all(1 <= len(c.split()) <= 4 for c in crumbs[1:])
    )


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _shown(tree: HtmlElement, meta: PageMeta) -> None:
    """What the page shows without stating it in metadata: the section in microdata or
    breadcrumbs, the byline element, the date in a "date" element. Only for fields still
    empty, and only elements outside menus and footers."""
    body = tree.find("body")
    if body is None:
        return
    # a desk as the metadata's author ("Web Desk") yields to a person the byline prints
    desk = meta.author if desk_credit(meta.author) or staff_credit(meta.author) else ""
    # the outlet's own name with a desk word ("Example News", "Example Redaktion") names the
    # source again, no person: it yields to a printed byline and is no author without one
    outlet = _outlet_credit(meta.author, meta)
    desk = desk or outlet
    meta.author = "" if desk else meta.author
    stated = meta.author  # the metadata's author, whose byline element may give a place
    for el in _candidates(body):
        if next(islice(el.iter(), _SMALL, None), None) is not None:
            continue  # a container ("article-date-wrapper" around the text), not a label
        prop = (el.get("itemprop") or "").lower()
        cls = el.get("class") or ""
        byline = None  # whether `el` is the stated author's byline element, asked at most once
        if (
            not meta.section
            and cls
            and CLASS_DATE.search(cls)
            and (row_desk := _desk_after_stamp(el))
        ):
            meta.section = row_desk  # '<div class="date">20.12.2025, 13:08 | <a>Politik</a></div>'
        if not meta.section and prop == "articlesection":
            meta.section = _desk(_text(el)[:60])
        elif (not meta.section or meta.stated_sections) and (
            _CLASS_CRUMB.search(f"{cls} {el.get('id') or ''}")
            or (_CLASS_PATH.search(cls) and _PLAIN_CRUMB_SEP.search(_text(el)))
            or (_CLASS_DESK.search(cls) and _ARROW_CRUMB_SEP.search(_text(el)))
            or (el.tag == "nav" and not _worth(cls) and _home_trail(el))
        ):
            # the crumb that links to the site's root is home, whatever it reads ("RP ONLINE")
            links = [a for a in el.iter("a", "span", "strong") if not _is_root(a.get("href"))]
            # the page's own crumb set in bold ("… / <strong>Wärmewende</strong>"), not a link's
            links = [a for a in links if a.tag != "strong" or _parent_tag(a) != "a"]
            # the page itself ends many trails unlinked: of linked crumbs, only those count,
            # and a short unlinked last crumb that is no part of the headline: a desk the
            # trail ends in ("hessen › Verkehr › <span>Bahn</span>")
            last = links[-1] if links and links[-1].tag != "a" else None
            links = [a for a in links if a.tag == "a"] or links
            if last is not None and links[-1] is not last and _desk_crumb(_text(last), meta):
                links.append(last)
            crumbs = [_text(a) for a in links if _text(a)]
            if last is None and links and (tail := _tail_crumb(links[-1], meta)):
                crumbs.append(tail)  # "<a>News</a> / <a>Region</a> / Society": a bare last crumb
            long = {_text(a) for a in links if _long_desk_crumb(a, meta)}
            if not crumbs:
                # a list of unlinked crumbs ("<ol class='breadcrumbs'><li>Example</li><li>
                # Fintech</li>"): each item one crumb, their texts not run together
                crumbs = [_text(li) for li in el.iterchildren("li")]
            if not crumbs:  # a trail in plain text: "Home &gt; News &gt; Rohstoffe"
                crumbs = [c.strip() for c in _PLAIN_CRUMB_SEP.split(_text(el)) if c.strip()]
            crumbs = [
                c for c in crumbs if c.lower() not in _HOME and (len(c.split()) <= 4 or c in long)
            ]
            crumbs = [c for c in crumbs if not _DOMAIN.search(c)]  # "news.ORF.at": the site
            # the archive's day or issue the page is filed under ("News › 06/2019"), the
            # page's kind ("news › article"): no desk, the crumb before it is
            crumbs = [c for c in crumbs if not is_filing_label(c)]
            # the deepest crumb ("Economy › Oil&Gas"), the one a page's own articleSection
            # names where it states both
            if not meta.stated_sections:
                meta.section = crumbs[-1] if crumbs else ""
            elif crumbs and crumbs[-1] in meta.stated_sections[1:]:
                meta.section = crumbs[-1]  # of the stated list, the one the trail ends in
            meta.stated_sections = ()  # one trail decides
        elif not meta.author and (prop == "author" or _CLASS_AUTHOR.search(cls)):
            if _in_comments(el):
                continue  # a reader's name over a comment
            meta.author = _byline_by_lines(el) or _byline(_text(el)) or _author_link(el)
            meta.author = _without_affiliation(el, meta.author)
            meta.byline_place = _place_of_byline(el) if meta.author else ""
            meta.wire = _wire_after(_text(el), meta.author) if meta.author else ""
            if not meta.author and len(_text(el).split()) <= 2 and len(_text(el)) <= 20:
                meta.credit = meta.credit or _text(el)
        elif not meta.provider and _CLASS_PROVIDER.search(cls):
            meta.provider = _provider_label(el, body)
        elif meta.published is None and (prop == "datepublished" or CLASS_DATE.search(cls)):
            if _in_comments(el):
                continue  # the hour a reader commented
            stamp = el.get("datetime") or el.get("content") or _text(el)[:80]
            hits = [h for h in find_dates(stamp) if h.has_year and h.has_time]
            meta.published = hits[0].value if hits else None
            if meta.published is None and prop == "datepublished" and el.get("content"):
                # microdata stating the day only ('<span itemprop="datePublished"
                # content="2025-12-06">'): the day, where nothing states a time
                meta.published = parse_date(el.get("content", ""))
        elif meta.author == stated and (printed := _printed_names(el, prop, cls, stated)):
            meta.author = printed  # the stated list as the byline prints it ("A and B")
        elif stated and not meta.byline_place and (byline := _stated_byline(el, prop, cls, stated)):
            # the byline element of the author the metadata names: the place the author
            # filed from is only there
            meta.byline_place = _place_of_byline(el)
        if byline is None and stated and not meta.wire:
            byline = _stated_byline(el, prop, cls, stated)
        if stated and not meta.wire and byline:
            meta.wire = _wire_after(_text(el), stated)
    meta.author = meta.author or (desk if desk != outlet else "")


# The words after the outlet's name in a CMS's default author: "Example News", "Example
# Online", "Example Redaktion", "Пример Новости".
_OUTLET_CREDIT_WORDS = frozenset({
    "news", "online", "digital", "web", "desk", "newsroom", "editorial", "team", "staff",
    "redaktion", "online-redaktion", "nachrichten", "новости", "редакция", "онлайн",
})  # fmt: skip


def _outlet_credit(author: str, meta: PageMeta) -> str:
    """The metadata's author when it is the outlet's own name with a desk word after it
    ("Example News" on the site "Example"), or ''."""
    if not author or len(author) > 60:
        return ""
    low = author.lower()
    for site in (meta.site_name, meta.og_site_name):
        site = site.strip().lower()
        # the name without its article and its kind ("The Example Daily"): the CMS's user
        # is "Example News"
        core = " ".join(_OUTLET_KIND.sub("", site).split())
        for name in {site, core} - {""}:
            if not low.startswith(name + " "):
                continue
            rest = low[len(name) :].split()
            if 1 <= len(rest) <= 2 and all(w in _OUTLET_CREDIT_WORDS for w in rest):
                return author
    return ""


# The article before an outlet's name and the kind of paper after it: "The … Daily".
_OUTLET_KIND = re.compile(r"^the\s+|\s+(?:daily|weekly|newspaper|online)$")


def _without_affiliation(el: HtmlElement, name: str) -> str:
    """The name without the affiliation the byline sets in its own element after it
    ("<span>By Jane Doe</span> <span class='affil'>Example Press</span>" read as one text
    gives "Jane Doe Example Press"): the name when what is left is a person's name."""
    last = el[-1] if len(el) else None
    tail = _text(last) if last is not None and isinstance(last.tag, str) else ""
    if not tail or not name.endswith(tail) or len(el) < 2 or len(tail) >= len(name):
        return name
    rest = name[: -len(tail)].strip()
    return rest if _one_name(rest) and _byline(_text(el[0])) == rest else name


def _provider_label(el: HtmlElement, body: HtmlElement) -> str:
    """The outlet a provider label over the headline names: its logo's alt text, else its
    words (a short name only: a video player's "provider" box holds more)."""
    h1 = next(body.iter("h1"), None)
    if h1 is None or (el.sourceline or 0) > (h1.sourceline or 0):
        return ""  # under the headline it labels a teaser or a player, not the story
    alts = [a.strip() for img in el.iter("img") if (a := img.get("alt") or "").strip()]
    name = alts[0] if alts else _text(el)
    return name if 1 <= len(name.split()) <= 4 and len(name) <= 40 else ""


# An agency's short credit after a byline's name: "Von Jane Doe, dpa", "By Jane Doe, PA".
_WIRE_AFTER = re.compile(r",\s*(?P<agency>[A-ZА-ЯЁ]{2,6}|[a-z]{2,4})$")


def _parent_tag(el: HtmlElement) -> str:
    parent = el.getparent()
    return parent.tag if parent is not None else ""


_LONG_CRUMB = 7  # words: "IT in the public sector", "Arbeit und Soziales in der Region"


def _long_desk_crumb(a: HtmlElement, meta: PageMeta) -> bool:
    """A linked crumb of five to seven words that its address spells word for word
    ("<a href='/resources/IT-in-the-public-sector'>IT in the public sector</a>") and the
    headline does not hold: a desk's page is named after the desk, a story's own crumb
    repeats its headline."""
    text = _text(a)
    if not 4 < len(text.split()) <= _LONG_CRUMB or a.tag != "a" or text.endswith(_SENTENCE_END):
        return False
    return _desk_link(a, text) and text.lower() not in (meta.title or meta.html_title).lower()


_SENTENCE_END = (".", "…", "?", "!")


def _tail_crumb(a: HtmlElement, meta: PageMeta) -> str:
    """The trail's last crumb printed as bare text after its last link ("… / <a>Region</a>
    / Society"), when it is a desk: one to three words the headline does not hold."""
    tail = a.tail or ""
    if not tail or len(tail) > _TAIL_CRUMB or a.getnext() is not None:
        return ""
    text = " ".join(tail.split()).lstrip("/›»>|·-–→ ").strip()
    return text if text and text[0].isalnum() and _desk_crumb(text, meta) else ""


_TAIL_CRUMB = 60  # characters: a separator and a desk's name


def _desk_crumb(text: str, meta: PageMeta) -> bool:
    """An unlinked last crumb of one to three words that the headline does not hold."""
    low = text.lower()
    heads = (meta.title or meta.html_title).lower()
    if not 1 <= len(text.split()) <= 3 or text.endswith((".", "…")):
        return False
    if low not in heads:
        return True
    # "Court - Press releases - Headline": the <title> names the desk as a part of its own
    # before the headline, which the crumb is not
    parts = [p.strip() for p in TITLE_PARTS.split(heads)]
    return len(parts) > 2 and low in parts[:-1] and low != parts[0]


# The separators of a <title>'s parts: "Headline - Section | Site".
TITLE_PARTS = re.compile(r"\s(?:[-–—|]|::)\s")


def _wire_after(text: str, author: str) -> str:
    """The agency credited after the author's name in the byline element, or '': the paper
    carries the agency's copy under its reporter's name (the caller asks the profiles)."""
    m = _WIRE_AFTER.search(text.strip())
    return m["agency"] if m and _byline(text.strip()[: m.start()]) == author else ""


def _printed_names(el: HtmlElement, prop: str, cls: str, author: str) -> str:
    """The byline element's names when they are the metadata's list of several authors
    joined as the page prints them ("Hillary Leung and Kelly Ho" for the list "Hillary
    Leung, Kelly Ho"), or ''; a joint byline too where the metadata names only its first
    author ("A & B", "A and B" for "A": no comma, which may part a name from its place)."""
    if prop != "author" and not _CLASS_AUTHOR.search(cls):
        return ""
    stated = [n.lower() for n in NAME_SEP.split(author) if n]
    if not stated or not (printed := _byline(_text(el))) or printed == author:
        return ""
    names = [n.lower() for n in NAME_SEP.split(printed) if n]
    if len(stated) == 1:
        joint = "," not in printed and len(names) == 2 and names[0] == stated[0]
        return printed if joint and all(2 <= len(n.split()) <= 4 for n in names) else ""
    return printed if names == stated else ""


def _stated_byline(el: HtmlElement, prop: str, cls: str, author: str) -> bool:
    """Whether `el` is the byline element of the `author` the metadata names (its names
    may run on: "Henrik Sauer, Stuttgart" read as two)."""
    if prop != "author" and not _CLASS_AUTHOR.search(cls):
        return False
    return author.lower() in (_byline(_text(el)) or _author_link(el)).lower()


def _place_of_byline(el: HtmlElement) -> str:
    """The place a byline element gives ("By Jane Doe in Almaty", "Von Name, Stuttgart"),
    or the text right after it ("<span class='author'>Georg Brunner</span>, Bern")."""
    return byline_place(_text(el), VOCABULARY) or place_after_name(el.tail or "", VOCABULARY)


_ROOT = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")


def _is_root(href: str | None) -> bool:
    """A link to the site's home page: "/", "https://example.com/", "/index.html"."""
    return href is not None and bool(_ROOT.match(href.strip()))


def _author_link(el: HtmlElement) -> str:
    """The name in a byline's link or span ("<a href='/author/x'>Name</a> <span>date</span>",
    "<span>Name</span> <span>Read more</span>"): the byline element also holds the date or
    a button, so its whole text is no name. A span classed as the place the story was
    filed from ("<span class='place'>Springfield,</span>") holds no name."""
    for a in el.iter("a", "span"):
        if a is el or ((cls := a.get("class")) and _PLACE_CLASS.search(cls)):
            continue
        if name := _byline(_text(a)):
            return _fellow_links(el, a, name) if a.tag == "a" else name
    return ""


def _fellow_links(el: HtmlElement, first: HtmlElement, name: str) -> str:
    """The names of all the byline's links to writers' pages in one folder ("<a
    href='/editors/jdoe/'>Jane Doe</a> <span>Senior Reporter</span> · <a href='/editors/
    jroe/'>John Roe</a> <span>Reporter</span>"), joined by commas: each link is one author,
    a role printed after each parts them. A link elsewhere (the outlet, a topic) is none."""
    folder = _folder(first.get("href"))
    if not folder:
        return name
    names = [name]
    for a in el.iter("a"):
        if a is not first and _folder(a.get("href")) == folder and (other := _byline(_text(a))):
            names.append(other)
    return ", ".join(dict.fromkeys(names))


def _folder(href: str | None) -> str:
    """A link's path up to its last part ("/editors/jdoe/" → "/editors/"), '' at the root."""
    path = (href or "").split("?", 1)[0].split("#", 1)[0].rstrip("/")
    if "//" in path:
        path = "/" + path.partition("//")[2].partition("/")[2]  # the host left out
    return path.rpartition("/")[0] if path.count("/") >= 2 else ""


# The class of a byline's place ("place", "location", "dateline", "byline__city", "ort").
_PLACE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:place|location|city|dateline|ort|город)(?:$|[\s_-])", re.I
)


# A section label by its class: "section-link", "article-rubric", "category"; a list of
# the story's rubrics under a plural ("rubrics", "categories") holds one as often.
_SECTION_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sections?|rubrics?|rubrik(?:en)?|ressorts?|category|categories|"
    r"kategorien?|cat|topics?)(?:$|[\s_-])",
    re.I,
)
# A template's headline block where the page has no <h1> (<div class="headline">).
_HEADLINE_BLOCK = re.compile(r"^(?:[\w-]*[_-])?(?:headline|titel|ueberschrift|schlagzeile)$", re.I)
# An <h2> a template sets the headline in: "contentheading", "entry-title", "article__title".
_HEADING_H2 = re.compile(
    r"(?:^|\s)(?:content[_-]?heading|(?:entry|post|article|news|item)(?:[_-]{1,2})(?:title|"
    r"heading|headline))(?:\s|$)",
    re.I,
)


# Substrings one of which a section class holds (case as written): a cheap test first.
_SECTION_PARTS = ("section", "rubri", "ressort", "ategor", "cat", "topic")  # "post-cat" too
# A kicker's class ("overline", "kicker", "dachzeile", "eyebrow"): it holds a topic
# ("Milliardenprojekt") as often as the section, so only a known section name counts.
_KICKER_WORDS = ("overline", "kicker", "dachzeile", "eyebrow", "roofline", "label")
_KICKER_CLASS = re.compile("|".join(_KICKER_WORDS), re.I)
_KICKER_WORD = re.compile("|".join(map(re.escape, _KICKER_WORDS)))  # substrings, one scan


def _kicker_classed(cls: str) -> bool:
    """_KICKER_CLASS.search(cls); for an ASCII class list (nearly all) as substring tests,
    which lower() makes exactly case-insensitive there (the pattern has no boundaries)."""
    if cls.isascii():
        return _KICKER_WORD.search(cls.lower()) is not None
    return _KICKER_CLASS.search(cls) is not None


# A single tag's class over the headline ("article-tag", "story__tag"), not the tag list.
_TAG_CLASS = re.compile(r"(?:^|[\s_-])tag(?:$|[\s_-])", re.I)
# A link to a topic or tag page ("/tags/mbta", "/thema/bahn"), not a desk's page.
_TOPIC_HREF = re.compile(r"/(?:tags?|topics?|themen?|schlagworte?|stichworte?|теги?|темы?)/", re.I)


def _desk_link(el: HtmlElement, text: str) -> bool:
    """Whether a label links to a desk's page named like itself: "Transportation" to
    "/news/transportation", "Wirtschaft" to "/wirtschaft/" (a tag page is a topic)."""
    link = el if el.tag == "a" else next(el.iter("a"), None)
    href = (link.get("href") or "") if link is not None else ""
    if not href or _TOPIC_HREF.search(href):
        return False
    last = href.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()
    return bool(last) and last == re.sub(r"[\s_]+", "-", text.strip().lower())


def _desk(section: str) -> str:
    """The stated section, or '' when it names where the page is filed (a date, an issue,
    an archive, the page's kind: "06/2019", "Ausgabe: 43", "article"), not a desk."""
    return "" if is_filing_label(section) else section


def _section_label(body: HtmlElement) -> str:
    """A short label whose class names it the section, above the headline and outside the
    menus (links are the usual element; the pass over the block elements skips them)."""
    h1s = list(body.getroottree().iter("h1"))
    if not h1s:
        # a page without an <h1> sets its headline in a block classed so
        block = (
            e for e in body.iter("div", "p", "span") if _HEADLINE_BLOCK.match(e.get("class") or "")
        )
        h1s = list(islice(block, 1))
    if not h1s:
        # or in an <h2> classed as the item's heading (<h2 class="contentheading">)
        heads = (e for e in body.iter("h2") if _HEADING_H2.search(e.get("class") or ""))
        h1s = list(islice(heads, 1))
    if not h1s:
        # or in a plain <h2> whose words open the <title> ("Headline - Site - motto")
        title = " ".join((body.getroottree().findtext(".//title") or "").split()).lower()
        heads = (e for e in body.iter("h2") if _opens(title, _text(e)))
        h1s = list(islice(heads, 1))
    if not h1s:
        return ""  # nothing for a label to stand above
    h1_path = [h1s[-1], *h1s[-1].iterancestors()]  # an h1 follows a label iff the last does
    for el in body.iter("a", "div", "span", "p", "ul"):
        cls = el.get("class")
        if not cls:
            continue
        if el.tag == "ul" and (len(el) != 1 or el[0].tag != "li"):
            continue  # a category list over the headline holding one rubric only
        # "section-label", "category-label": the class names the section, not a kicker
        kicker = _kicker_classed(cls) and not (
            _SECTION_CLASS.search(cls) and not _KICKER_CLASS.search(cls.replace("label", ""))
        )
        tagged = False
        if not kicker and not any(part in cls for part in _SECTION_PARTS):
            tagged = "tag" in cls.lower() and _TAG_CLASS.search(cls) is not None
            if not tagged:
                continue
        if not kicker and not tagged and not _SECTION_CLASS.search(cls):
            continue
        if next(islice(el.iter(), 3, None), None) is not None or _in_menu(el):
            continue
        if any(_SECTION_CLASS.search(c.get("class") or "") for c in el.iterdescendants()):
            continue  # "rubrics" holding the "rubric" link and the city beside it: the link
        text = _text(el)
        if ":" in text:
            text = stated_section(text) or text  # "Kategorie: Digitalfunk & Kritis": the value
        if not text or len(text.split()) > 3 or text.lower() in _HOME or not text[:1].isupper():
            continue
        if kicker:
            # "News / Business" in a label: a trail's known section, else none
            text = section_of_line(text)
            if text.lower() not in VOCABULARY:
                continue
        elif tagged:
            # one tag over the headline: a section when it links to the desk's own page
            if not (text.lower() in VOCABULARY or _desk_link(el, text)):
                continue
        elif is_trail(text):
            # "Город / Транспорт" in a rubric label: a trail, whose deepest crumb it names
            text = section_of_line(text)
            if not text:
                continue
        if _before(el, h1_path):
            return text
    return _desk_over_heading(h1s[-1])


def _opens(title: str, text: str) -> bool:
    """Whether a <title> (spaces tidied, lower case) opens with `text`, four words or more,
    and a separator after them."""
    return len(text) > 15 and title_after(title, text) is not None and len(text.split()) >= 4


def _desk_over_heading(head: HtmlElement) -> str:
    """A known desk's name ("Wirtschaft", "Economy") alone in a classed block among the two
    blocks before the headline, whatever its class ("unit-title"): the rubric the page
    files the story under (a topic kicker is no desk's name)."""
    el = head.getprevious()
    for _ in range(2):
        if el is None:
            return ""
        if len(el) == 0 and el.get("class") and el.tag in ("div", "span", "p", "a"):
            text = _text(el)
            if (
                text
                and len(text.split()) <= 3
                and text[:1].isupper()
                and text.lower() in VOCABULARY
            ):
                return text
        el = el.getprevious()
    return ""


def _before(el: HtmlElement, path: list[HtmlElement]) -> bool:
    """Whether the element at the head of `path` (which runs up to the root) comes after
    `el` and outside it: for the page's last <h1>, XPath's following::h1, without that
    axis's walk over the rest of the page for every label."""
    child = None
    node: HtmlElement | None = el
    while node is not None and node not in path:
        child, node = node, node.getparent()
    if node is None or child is None or node is path[0]:
        return False  # no common ancestor; or one of them contains the other
    other = path[path.index(node) - 1]
    return node.index(child) < node.index(other)


def _in_menu(el: HtmlElement) -> bool:
    return any(a.tag in ("nav", "footer", "aside", "li") for a in el.iterancestors())


@lru_cache(maxsize=1024)
def _byline(text: str) -> str:
    """A person's name from a byline element ("By Jane Doe", "Jane Doe"). Remembered: the
    byline element's text is read again for each thing it may show (the author, the names
    as printed, the stated author's element, the wire after the name), four in five calls."""
    text = _MORE_BY.sub("", text)  # "By Jane Doe More by this Author": the link to her page
    if "Follow" in text or "Folgen" in text or "Подписаться" in text:
        text = _FOLLOW.sub("", text)  # "By Jane Doe Follow and John Roe Follow": the buttons
    text = before_weekday_stamp(text)  # "Jane Doe Sun, November 23, 2025": no "Sun" in a name
    if name := author_of_line(text):
        return name
    text = without_credit(text)  # "Name Name, УзА": the agency's short credit after it
    if _one_name(text):
        return text  # "Jane Doe", "Choi Da-eun", "Liam O'Neill"
    if (m := _NAME_IN_PLACE.match(text)) and _one_name(m["name"]):
        return m["name"]  # "Jörg-Peter Rau in Konstanz": the name, where it was written
    parts = NAME_SEP.split(text)
    if 2 <= len(parts) <= _MOST_NAMES and all(_one_name(p) and not role_line(p) for p in parts):
        # "Stefan Schulte und Frank Meßing": two authors, as the page joins them (not a
        # name and its role: "Jane Doe, Senior Reporter")
        return text
    head, _, rest = text.partition(",")
    if rest.strip() and _one_name(head.strip()) and len(rest.split()) <= 3:
        return head.strip()  # "Jane Doe, example online": the outlet (or role) after the name
    return ""


# The link to the author's other stories printed after the name in the byline element.
_MORE_BY = re.compile(
    r"\s+(?:more (?:by|from) (?:this|the) (?:author|writer|reporter)|mehr (?:vom|von de[rm]) "
    r"autor(?:in)?|все (?:материалы|публикации|статьи) автора)$",
    re.I,
)


# A follow button printed after each name of a byline ("By Jane Doe Follow and John Roe
# Follow", "Von Jane Doe Folgen"): the button's label, no part of a name.
_FOLLOW = re.compile(r"\s+(?:Follow|Folgen|Подписаться)(?=\s|$)")


def _byline_by_lines(el: HtmlElement) -> str:
    """A byline element broken by <br> ("By Jane Doe<br><span>Business Correspondent</span>")
    read line by line: the name's line, not the name glued to the role under it. An author
    box of blocks ('<h2>Autorin</h2><p>Name</p><p>Redakteurin</p>') is read so too."""
    if next(el.iterdescendants("br", *_LINE_BLOCKS), None) is None:
        if not _glued_children(el):
            return ""
        lines = [_text(sub) for sub in el if isinstance(sub.tag, str)]
    else:
        lines = [" ".join(ln.split()) for ln in "".join(_broken_text(el)).split("\n")]
    return next((name for ln in lines if ln and (name := _byline(ln))), "")


def _glued_children(el: HtmlElement) -> bool:
    """Whether two of the element's inline children run together in its text, a word
    ending in a small letter right before one opening with a capital ('<span>Jane
    Doe</span><span>Political reporter</span>' reads "Jane DoePolitical reporter"): the
    page sets them apart by style, each its own line."""
    subs = [sub for sub in el if isinstance(sub.tag, str)]
    if not 2 <= len(subs) <= _SMALL:
        return False
    for left, right in pairwise(subs):
        end, start = left.text_content(), right.text_content()
        if left.tail or not end or not start:
            continue
        if end[-1].islower() and start[0].isupper():
            return True
    return False


def _broken_text(el: HtmlElement) -> list[str]:
    """The element's text in document order, a newline for each <br> (comments left out)."""
    parts = ["\n" if el.tag == "br" else el.text or "" if isinstance(el.tag, str) else ""]
    for sub in el:
        block = ["\n"] if sub.tag in _LINE_BLOCKS else []
        parts += [*block, *_broken_text(sub), *block, sub.tail or ""]
    return parts


_LINE_BLOCKS = ("p", "div", "h2", "h3", "h4", "h5", "li")


def _one_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and _NAME_WORD.match(w) for w in words)


_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
# A byline element with the name and the place, without "By" or "Von": "Jane Doe in Almaty"
_NAME_IN_PLACE = re.compile(r"^(?P<name>.+?)\s+in\s+[A-ZÄÖÜ][\w'’.-]+(?:\s[A-ZÄÖÜ][\w'’.-]+)?$")
_MOST_NAMES = 4


def _byline_under_heading(body: HtmlElement) -> str:
    """A byline in a plain element right under the headline ("<div class='td-meta'>By
    <a>Jane Doe</a> · March 18, 2025</div>"): themes print it there under classes that do
    not say "author"."""
    h1 = next(body.iter("h1"), None)
    if h1 is None or _in_menu(h1):
        return ""
    for el in islice(h1.itersiblings(), 3):
        if not isinstance(el.tag, str) or next(islice(el.iter(), 4, None), None) is not None:
            continue  # a comment, or a container rather than a label
        # its pieces apart: "<span>Autorin: Jana Doe</span><br><span>05.12.2025</span>"
        # runs the name into the day in the element's bare text ("Jana Doe05.12.2025")
        text = " ".join(" ".join(el.itertext()).split())
        # each keeps to a byline's length (a stamp's line may run longer: "By Jane Doe and
        # John Roe · November 22, 2025 · 0 Comments")
        name = author_of_line(text) or stamp_byline(text)
        if name and not press_office(name):
            return name  # also the name on the stamp's line ("10:15 Uhr · Von Jane Doe")
    # the stamp's row over the headline ("<div class='date'>3. Dezember 2025 - Von Jane
    # Doe</div><h1>"): only a row that holds a date, so a kicker or a rubric never counts
    above = h1.getprevious()
    while above is not None and not isinstance(above.tag, str):
        above = above.getprevious()
    text = _text(above) if above is not None else ""
    labelled = len(text) <= _ROW_OVER_H1 and any(w in text for w in _BYLINE_LABELS)
    if labelled and (name := stamp_byline(text)):
        return name
    return _author_in_meta_row(h1)


_ROW_OVER_H1 = 120  # characters: a date, a time, a label and the names
_BYLINE_LABELS = ("Von ", "By ", "Автор", "Author", "Autor")  # in the row over the headline


_META_ROW = 12  # elements: an avatar, the name, the date, reading time, comment count


def _author_in_meta_row(h1: HtmlElement) -> str:
    """The name in an author-classed link of the meta row right under the headline ("<div
    class='node-meta'><img …><a class='author'>Jane Doe</a><span>25.11.2025</span><span>
    Lesezeit 3 min</span>…"): the row holds too much for a byline, the link is one."""
    for el in islice(h1.itersiblings(), 2):
        if (
            not isinstance(el.tag, str)
            or next(islice(el.iter(), _META_ROW, None), None) is not None
        ):
            continue
        for a in el.iter("a"):
            cls = a.get("class") or ""
            if cls and _CLASS_AUTHOR.search(cls) and (name := _byline(_text(a))):
                return name
    return ""


def _shown_time(el: HtmlElement, day: datetime) -> datetime:
    """A <time> element whose datetime attribute states the day only ("2025-11-26") while
    its text prints the clock too ("26 ноября 2025 года, 15:10"): the printed time of that
    day. Why: the attribute is often cut to the date; the page shows the publication."""
    text = (el.text_content() or "")[:80]
    if not text or not any(c.isdigit() for c in text):
        return day
    hits = [h for h in find_dates(text) if h.has_year and h.has_time]
    return hits[0].value if hits and hits[0].value.date() == day.date() else day


def _day_without_clock(el: HtmlElement, stamp: datetime) -> datetime:
    """A <time> element whose datetime attribute states a UTC time while its text prints
    the day only ("<time datetime='2025-11-25T07:30:00+00:00'>November 25, 2025</time>"):
    the printed day, without the server's clock, which the page never shows."""
    text = (el.text_content() or "")[:80]
    hits = [h for h in find_dates(text) if h.has_year] if any(c.isdigit() for c in text) else []
    if len(hits) != 1 or hits[0].has_time or abs((hits[0].value.date() - stamp.date()).days) > 1:
        return stamp
    return hits[0].value


def _stamp_under_heading(body: HtmlElement) -> datetime | None:
    """A date stamp with a time in a plain element right under the headline ("<div
    class='article-info'>03.04.2025, 17:31 Uhr</div>"): the page shows its publication
    there without a class or attribute that says so."""
    h1 = next(body.iter("h1"), None)
    if h1 is None or _in_menu(h1):
        return None
    for el in islice(h1.itersiblings(), 3):
        if not isinstance(el.tag, str) or next(islice(el.iter(), 4, None), None) is not None:
            continue  # a comment, or a container rather than a label
        text = _text(el)
        if len(text.split()) > 8 or _UPDATE.search(text):
            continue
        hits = [h for h in find_dates(text) if h.has_year and h.has_time]
        if len(hits) == 1:
            return hits[0].value
    return None


_UPDATE = re.compile(r"aktualisiert|updated|обновлено|geändert", re.I)


def _shown_before_update(body: HtmlElement) -> datetime | None:
    """The publication a stamp under the headline shows before its update ("November 20,
    2025 at 6:12AM Updated November 21, 2025 at 9:40AM"): the first day and time when the
    stamp shows an earlier one before the update word and a later one after it."""
    h1 = next(body.iter("h1"), None)
    if h1 is None or _in_menu(h1):
        return None
    for el in islice(h1.itersiblings(), 4):
        if not isinstance(el.tag, str) or next(islice(el.iter(), 5, None), None) is not None:
            continue
        text = _text(el)
        if len(text.split()) > 16 or not (m := _UPDATE.search(text)):
            continue
        first = [h for h in find_dates(text[: m.start()]) if h.has_year and h.has_time]
        then = [h for h in find_dates(text[m.end() :]) if h.has_year and h.has_time]
        if len(first) == 1 and len(then) == 1 and first[0].value < then[0].value:
            return first[0].value
    return None


def _printed_minute(body: HtmlElement, stated: datetime) -> datetime:
    """The stated publication without its seconds when the stamp under the headline prints
    the same minute ("10:41:33+05:30" printed "10:41 am"): the page's time is the minute."""
    shown = _stamp_under_heading(body) or _shown_before_update(body)
    if shown is None or shown.tzinfo is not None:
        return stated
    minute = stated.replace(second=0, microsecond=0)
    return minute if shown == minute.replace(tzinfo=None) else stated


def _shown_day(body: HtmlElement) -> datetime | None:
    """The day a <time> element under the headline shows without a datetime attribute
    ("<time>Nov. 14, 2025</time>"), outside menus: the publication date when nothing states
    its time (a <time> above the headline is a header bar's or another story's)."""
    headed = False
    for el in body.iter("h1", "time", "span"):
        if el.tag == "h1":
            headed = True
            continue
        if not headed or el.get("datetime") or _in_menu(el):
            continue
        if el.tag == "span" and not CLASS_DATE.search(el.get("class") or ""):
            continue  # a date-classed span is the stamp too ("<span class='time'>Thu, …")
        text = _text(el)
        if len(text.split()) > 8 or _UPDATE.search(text):
            continue
        hits = year_dates(text)
        if len(hits) == 1:
            return hits[0].value
    return None


def page_meta(tree: HtmlElement) -> PageMeta:
    """Stated metadata, JSON-LD first, then meta tags and <time>, then what the page
    shows in microdata, breadcrumbs, byline and date elements."""
    meta = PageMeta()
    title = tree.find(".//title")
    if title is not None:
        meta.html_title = " ".join((title.text_content() or "").split())
    _json_ld(tree, meta)
    _meta_tags(tree, meta)
    meta.site_name = meta.site_name or meta.publisher
    body = tree.find("body")
    if body is not None and (header := _reader_header(body)) is not None:
        _read_reader_header(header, meta)
    _shown(tree, meta)  # also with every field stated: the byline's place is only shown
    if meta.live and body is not None:
        _read_live_entry(tree, body, meta)
    if not meta.section and body is not None:
        meta.section = _desk(_section_label(body))
    if meta.published is None and body is not None:
        meta.published = _stamp_under_heading(body) or _shown_day(body)
    elif meta.published is not None and meta.published == meta.modified and body is not None:
        # the stated publication is the update ("datePublished" = "dateModified") while the
        # stamp shows the first publication before an update: the shown one is the article's
        meta.published = _shown_before_update(body) or meta.published
    if meta.published is not None and meta.published.second and body is not None:
        meta.published = _printed_minute(body, meta.published)
    if not meta.author and body is not None:
        meta.author = _byline_under_heading(body)
    if (not meta.author or meta.published is None) and body is not None:
        name, stamp = _signed_under_text(body)
        meta.author = meta.author or name
        meta.published = meta.published or stamp
    return meta


def _reader_header(body: HtmlElement) -> HtmlElement | None:
    """The header a browser's reader view puts over the text it saved ("<div class='header
    reader-header'>": the original's address, headline, credits and reading time), found
    among the first elements only: the view sets it first in its container."""
    el = body
    for _ in range(2):
        el = next((c for c in el if isinstance(c.tag, str)), None)
        if el is None:
            return None
        if "reader-header" in (el.get("class") or ""):
            return el
    return None


def _read_reader_header(header: HtmlElement, meta: PageMeta) -> None:
    """What a reader view's header tells of the original page: its address (the link over
    the headline, whose host names the outlet) and the writer its credits name (a person's
    name only: the view credits the site where the page named no writer)."""
    for el in header.iter("a", "div"):
        cls = el.get("class") or ""
        if el.tag == "a" and "reader-domain" in cls and not meta.url:
            meta.url = (el.get("href") or "").strip()
        elif el.tag == "div" and "reader-credits" in cls and not meta.author:
            text = _text(el)
            meta.author = text if _one_name(text) else _byline(text) if text else ""


# A live page's post element: "live-story-post", "live-entry", "update".
_LIVE_POST = re.compile(r"(?:^|[\s_-])(?:post|entry|update)(?:$|[\s_-])", re.I)


def _read_live_entry(tree: HtmlElement, body: HtmlElement, meta: PageMeta) -> None:
    """A live page saved at one post: its one <h1> is none of the blog's stated headlines
    (JSON-LD, og:title) and stands in a post's element. The post is the article: its
    headline, its own stamp and byline, its text; the blog's start time, its team's byline
    and its other posts are not the post's."""
    h1s = list(body.iter("h1"))
    if len(h1s) != 1 or not (headline := _text(h1s[0])):
        return
    stated = {meta.title, *(" ".join(str(v).split()) for v in _OG_TITLE(tree))}
    if headline in stated:
        return
    entry = next(
        (a for a in islice(h1s[0].iterancestors(), 3) if _LIVE_POST.search(_named(a))), None
    )
    if entry is None or entry.tag in ("body", "main"):
        return
    meta.title, meta.entry, meta.description, meta.modified = headline, entry, "", None
    stamps = (
        h
        for el in entry.iter()
        if el.tag == "time" or CLASS_DATE.search(el.get("class") or "")
        for h in find_dates(_text(el)[:80])
        if h.has_year and h.has_time
    )
    meta.published = next((h.value for h in stamps), None) or meta.published  # the post's time
    names = (
        _byline(_text(el))
        for el in entry.iter()
        if el.tag in _TAGS and _CLASS_AUTHOR.search(el.get("class") or "")
    )
    meta.author = next((n for n in names if n), "")


_OG_TITLE = etree.XPath('//meta[@property="og:title"]/@content')


def _named(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


_LISTS = ("ul", "ol", "nav", "aside", "section", "table")
_SIGNED_ROWS = 4  # the h1's last siblings: the text's end, a related link, the row, a share bar
_CLOSING_ROWS = 2  # the rows right under the text: the signature, a views-and-print row
_SIGNED_CHARS = 100  # characters: a label, a name or two, a stamp
_TEXT_BLOCK = 120  # characters: a paragraph of the text, or the block that holds it


def _signed_under_text(body: HtmlElement) -> tuple[str, datetime | None]:
    """The writer a short row closing the article prints under its text, with the stamp
    beside the name when there is one ("Jane Doe · 11 December 2025, 15:20", "Prepared by
    Jane Doe" in its language): pages that sign their story at its end, not under the
    headline. Only the headline's last few sibling elements, each a label, no container."""
    h1 = next(body.iter("h1"), None)
    if h1 is None or _in_menu(h1):
        return "", None
    rows = [el for el in h1.itersiblings() if isinstance(el.tag, str)]
    # under the text only: past the first block of a paragraph's length (a row over the
    # text is the byline's or the release line's, read as such)
    first = next((k for k, el in enumerate(rows) if len(_text(el)) >= _TEXT_BLOCK), len(rows))
    rows = rows[first + 1 :]
    # the row closing the text, or one of the headline's last siblings (comments and
    # other stories may follow the signed text on an old template's page)
    for el in dict.fromkeys([*rows[:_CLOSING_ROWS], *reversed(rows[-_SIGNED_ROWS:])]):
        if el.tag in _LISTS or next(islice(el.iter(), 4, None), None) is not None:
            continue  # a container: the text's block, a list of links
        text = " ".join(" ".join(el.itertext()).split())  # "<span>Name</span><span>date"
        if not text or len(text) > _SIGNED_CHARS:
            continue
        if (name := stamp_byline(text)) and not press_office(name):
            hits = find_dates(text)
            if len(hits) != 1:
                continue  # teasers' names and days run together, no one stamp
            return name, hits[0].value if hits[0].has_year else None
        if (name := author_of_line(text)) and not press_office(name):
            return name, None
    return "", None
