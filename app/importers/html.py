"""Saved web pages: trafilatura finds the main text, we add stated metadata and our own
dateline, agency and boilerplate logic. Nothing is fetched and no script runs: lxml only
parses, trafilatura only reads the tree.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import cache, lru_cache, partial
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)
from trafilatura.settings import Extractor, use_config

from app.importers.agency import profile_named
from app.importers.base import Context, Item, from_text
from app.importers.byline import author_of_line, printed_names
from app.importers.compose import Hints, desk_in_stamp
from app.importers.dates import (
    REVISION_LABEL,
    STAMP_PARTS,
    find_dates,
    parse_date,
    without_issue,
)
from app.importers.docfront import is_release_label
from app.importers.encoding import declared_codec, decode
from app.importers.htmlmeta import CLASS_DATE, TITLE_PARTS, PageMeta, page_meta
from app.importers.layouttable import unframe_layout_tables
from app.importers.leadchrome import holds_meta_row, in_signup_box, is_link_list
from app.importers.localclock import outlet_clock
from app.importers.maintext import main_text
from app.importers.outlets import (
    default_gazetteer,
    host_spelled_outlet_name,
    joint_masthead_name,
)
from app.importers.sitename import (
    DESK_LABEL,
    brand_without_kind,
    copyright_owner,
    edition_brand,
    has_cyrillic,
    is_company_name,
    is_short_form,
    latin_host_of,
    latin_name,
    official_portal_owner,
    own_latin_brand,
    paper_of_online_edition,
    printed_latin_spelling,
    printed_without_country,
    reads_as_motto,
    site_from_title,
    spelled_as_in_title,
    title_after,
    title_spelling_of_capitals,
    without_motto,
)
from app.importers.treechrome import READER_LABEL_CLASS, prepare_tree
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
    """The declared <meta charset> when it decodes cleanly, else our detection.

    The label is read as browsers read it (``declared_codec``: "iso-8859-1" is
    windows-1252); a page whose meta tag could be found as ASCII is no UTF-16 whatever
    it declares, so such a label means UTF-8, as in the HTML standard.
    """
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        codec = declared_codec(m.group(1).decode("ascii"))
        if codec is not None and codec.startswith("utf-16"):
            codec = "utf-8"
        if codec is not None:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    return decode(data)


_LOCAL = threading.local()  # lxml parsers must not be shared between threads
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _parser(encoding: str | None = None) -> HTMLParser:
    """lxml.html's parser, but its element classes chosen in C: lxml.html's own lookup is
    a Python call each time an element is touched, and trafilatura (which walks and copies
    our tree several times) touches hundreds of thousands of them on a page; that lookup
    cost more than a tenth of the extraction. Every element is a plain HtmlElement (no
    FormElement helpers, which nothing here uses). No table of ids either (nothing looks
    an element up by id(), and every copy trafilatura makes of the tree rebuilt it).
    With `encoding`, the parser for bytes in it (one per encoding and thread)."""
    key = f"parser_{encoding}"
    parser = getattr(_LOCAL, key, None)
    if parser is None:
        parser = HTMLParser(collect_ids=False, encoding=encoding)
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=HtmlElement,
                comment=HtmlComment,
                pi=HtmlProcessingInstruction,
                entity=HtmlEntity,
            )
        )
        setattr(_LOCAL, key, parser)
    return parser


def parse_html(text: str) -> HtmlElement:
    """An lxml tree; raise ExtractionError when the markup cannot be read at all."""
    return _parsed(_XML_DECL.sub("", text), _parser())


def _parsed(markup: str | bytes, parser: HTMLParser) -> HtmlElement:
    try:
        return document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError("the HTML cannot be parsed") from exc


_UTF8 = (b"utf-8", b"utf8")


def parse_page(data: bytes) -> HtmlElement:
    """parse_html(decode_html(data)), but a page declared and valid UTF-8 (most) parsed
    from its bytes: decoding it for lxml to read the string back cost a sixth of the parse.
    The tree is the same; a byte order mark or an XML declaration takes the text path."""
    m = _CHARSET.search(data[:4096])
    if m and m.group(1).lower() in _UTF8 and not data.lstrip().startswith((b"<?", b"\xef")):
        try:
            data.decode("utf-8")  # what decode_html would do: invalid bytes go to detection
        except UnicodeDecodeError:
            pass
        else:
            return _parsed(data, _parser("utf-8"))
    return parse_html(decode_html(data))


_SEPARATOR = re.compile(r"^[\W_]*$")
_WORD = re.compile(r"\w+")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def _overlap(a: str, b: str) -> float:
    words = set(_WORD.findall(a.lower()))
    return len(words & set(_WORD.findall(b.lower()))) / max(1, len(words))


_KICKER_SPLIT = re.compile(r"^(?P<kicker>[^:|–—]{2,60}?)(?::|\s[–—-])\s+(?P<rest>\S.{8,})$")
_HEADING_CLASS = re.compile(r"(?:^|[\s_-])(?:title|headline|heading|hl)(?:$|[\s_-])", re.I)
_CHROME = {"nav", "aside", "footer", "a", "li", "script", "style", "figcaption", "form", "button"}


def _squash(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _in_chrome(el: HtmlElement) -> bool:
    return any(a.tag in _CHROME for a in el.iterancestors())


def _visible_heading(tree: HtmlElement, key: str) -> bool:
    """Whether a heading (or an element styled as a title) outside menus reads `key`."""
    for el in tree.iter("h1", "h2", "h3", "span", "div"):
        if el.tag in ("span", "div") and not _heading_classed(el.get("class") or ""):
            continue
        if _squashes_to(el.text_content(), key) and not _in_chrome(el):
            return True
    return False


def _heading_classed(names: str) -> bool:
    """_HEADING_CLASS.search(names); an ASCII class list (nearly all) without its words is
    none, by substrings (lower() is exactly case-insensitive there): the pattern's scan of
    every <span>'s and <div>'s classes was the cost of the walk."""
    if names.isascii():
        low = names.lower()
        if "title" not in low and "head" not in low and "hl" not in low:
            return False
    return _HEADING_CLASS.search(names) is not None


def headline(tree: HtmlElement, stated: str, site: str, shown: str = "") -> str:
    """The page's <h1> headline without its kicker ("Klimaschutz: …"), when it matches
    the stated title (or the <title>, `shown`, prints it); otherwise the stated title
    without a " | Site" suffix."""
    if " | " in stated:
        # "Site | Headline": the <h1> shows one of the parts alone, the headline
        for h1 in tree.iter("h1"):
            text = " ".join(" ".join(h1.itertext()).split())
            if len(text.split()) >= 2 and any(
                _squash(p) == _squash(text) for p in stated.split(" | ")[1:]
            ):
                return text
    m = _SITE_SUFFIX.search(stated)
    if m and (not site or _overlap(m.group(0), site) > 0 or m.group(0).isupper()):
        stated = stated[: m.start()]
    kicked = _KICKER_SPLIT.match(stated)
    if kicked and len(kicked["kicker"].split()) <= 6:
        # "Kicker: Headline" in the metadata, while the page shows the headline alone
        # (the kicker sits in its own element above it): the visible headline wins.
        rest = kicked["rest"].strip()
        if _visible_heading(tree, _squash(rest)):
            return rest
    for h1 in tree.iter("h1"):
        parts = [" ".join(t.split()) for t in h1.itertext()]
        parts = [p for p in parts if p and not _SEPARATOR.match(p)]
        text = " ".join(parts)
        if not text or len(text) > 300:
            continue
        if stated and _shortened_to(text, stated):
            return text  # the <title> "Head | Site" cut from the <h1> "Head: the rest"
        if stated and (_overlap(text, stated) < 0.5 or _overlap(stated, text) < 0.4):
            continue  # a logo or section name in an <h1>
        if len(parts) > 1 and parts[0].endswith(":") and _squash(text) == _squash(stated):
            return text  # "<span>Kicker:</span> Headline", stated whole: the kicker is part of it
        if len(parts) > 1 and len(parts[-1].split()) >= 3:
            return parts[-1]  # kicker spans come first, the headline last
        return _untagged(text, stated)
    return _article_h1(tree, shown) or _heading_last_in_title(tree, stated) or stated


def _heading_last_in_title(tree: HtmlElement, stated: str) -> str:
    """The last part of a <title> built as "Site - Section - Headline" when a heading
    outside the menus prints it alone: the <h1> holds something else (a release's number
    "Nr. 12/2025", the desk's name) and the headline stands one level down."""
    parts = TITLE_PARTS.split(" ".join(stated.split()))
    if len(parts) < 2 or len(parts[-1].split()) < 4:
        return ""
    key = _squash(parts[-1])
    for el in tree.iter("h1", "h2", "h3"):
        if _squashes_to(el.text_content(), key) and not _in_chrome(el):
            return parts[-1]
    return ""


# A media marker after the <h1>'s headline: "… - ФОТО", "… (ВИДЕО)", "… | VIDEO", "… +Фото".
_MEDIA_TAG = re.compile(
    r"\s*(?:[-–—|/+]\s*|\()(?:фото|видео|аудио|инфографика|photos?|videos?|audio|fotos?|"
    r"bilder|infografik)(?:\s*\+\s*(?:фото|видео|videos?|photos?|fotos?))?\)?$",
    re.I,
)


_HEAD_CUT = (":", " –", " —", " -", ",")


def _shortened_to(text: str, stated: str) -> bool:
    """Whether the stated title is the <h1>'s first part, cut at its colon or dash
    ("Exporte brechen ein" of "Exporte brechen ein: Die Branche spürt die Zölle"): the
    page shortened its headline for the tab; the reader sees the whole."""
    return (
        len(stated.split()) >= 2
        and text.startswith(stated)
        and text.startswith(_HEAD_CUT, len(stated))
        and len(text) > len(stated) + 8
    )


def _untagged(text: str, stated: str) -> str:
    """The <h1> without its media marker when the stated title (og:title, JSON-LD) lacks
    it: the marker tells the reader a gallery or clip is attached, it is no headline word."""
    if not text[-1:].isalpha() and not text.endswith(")"):
        return text
    m = _MEDIA_TAG.search(text)
    if not m or m.start() < 8 or not stated or _MEDIA_TAG.search(stated):
        return text
    return text[: m.start()]


def _article_h1(tree: HtmlElement, shown: str = "") -> str:
    """The page's one <h1>, a headline of four or more words inside its <article> or
    printed again in the <title> (`shown`), when the stated title reads otherwise: metadata
    may carry another headline (a social one for og:title, a search one for <title>); the
    reader sees the <h1>."""
    h1s = list(islice(tree.iter("h1"), 2))
    if len(h1s) != 1 or _in_chrome(h1s[0]):
        return ""
    text = " ".join(" ".join(h1s[0].itertext()).split())
    if not 4 <= len(text.split()) <= 40:
        return ""
    if any(a.tag == "article" for a in h1s[0].iterancestors()):
        return text
    # the tab's "Headline – Site" repeats the <h1> word for word under a shorter og:title
    return text if shown and f" {_squash(text)} " in f" {_squash(shown)} " else ""


_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:intro|lead|leadtext|lede|excerpt|standfirst|summary|abstract|dek|deck|"
    r"subline|article-?teaser-?text|subtitle|sub-?headline|subheader|subhead|sub|synopsis)"
    r"(?:$|[\s_-])",
    re.I,
)


_ONLINE_SUFFIX = re.compile(r"\s+(?:online|digital)$", re.I)


def _site_then_label(html_title: str, title: str) -> bool:
    """Whether the <title> is the name `title` was cut to and a desk's generic label after
    it ("Арбитражный суд … | Новости"): then `title` is the site's name, not a headline."""
    rest = html_title[len(title) :] if html_title.startswith(title) else ""
    label = rest.lstrip(" |–—-")
    return bool(label) and rest[:1] == " " and bool(DESK_LABEL.match(label.strip()))


def _site_titled_h1(tree: HtmlElement, html_title: str) -> tuple[str, str]:
    """The one <h1> of four or more words on a page whose <title> shares little with it
    and stands again, alone, in another element (a logo line, a copyright notice); with
    the site's name as the page prints it."""
    h1s = [" ".join(" ".join(h.itertext()).split()) for h in tree.iter("h1")]
    if len(h1s) != 1 or len(h1s[0].split()) < 4 or not html_title:
        return "", ""
    if _overlap(h1s[0], html_title) >= 0.5:
        return "", ""  # the headline itself, which headline() takes
    # the name alone stands there when the <title> adds the paper's motto ("Example -
    # Die Tageszeitung für die Region" over the logo "Example")
    name = without_motto(html_title)
    keys = {_squash(html_title), _squash(name)}
    # "Example online" over the logo "Example": the site's name and its "online"
    short = _ONLINE_SUFFIX.sub("", html_title)
    for el in tree.iter("div", "p", "span", "a"):
        text = _squash(" ".join(el.itertext()))
        if text in keys or (el.tag == "p" and any(k in text for k in keys) and text[:1] == "©"):
            return h1s[0], name
        if short != html_title and text == _squash(short):
            return h1s[0], short
    return "", ""


# What a print view's <title> calls the page beside the site's name: "Druckversion",
# "Print version", "Printer-friendly version", "Версия для печати".
_PRINT_VIEW = re.compile(
    r"^(?:druck(?:version|ansicht|fassung)|drucken|print(?:er)?(?:[- ]friendly)?(?: version| view)?"
    r"|print(?:version|ansicht)|версия для печати|печатная версия|печать)$",
    re.I,
)


def _print_view_site(parts: list[str]) -> str:
    """The site's name of a print view's two-part <title> ("Example - Druckversion",
    "Print version | Example"), or ''."""
    first, last = parts[0].strip(), parts[1].strip()
    if _PRINT_VIEW.match(last):
        return first if 1 <= len(first.split()) <= 4 else ""
    if _PRINT_VIEW.match(first):
        return last if 1 <= len(last.split()) <= 4 else ""
    return ""


def _site_first_in_title(
    tree: HtmlElement, html_title: str, headline: str, logo_images: Sequence[str] = ()
) -> str:
    """The site's name that opens a <title> of two parts ("Example Parliament - Press
    releases") when the page's logo shows it as its first line ("Example
    Parliament<br><small>motto</small>") or as its picture's alt text ("<a href='/'><img
    alt='Example Magazine'></a>" under "Example Magazine - Headline"): a page with no
    metadata names itself so."""
    parts = TITLE_PARTS.split(" ".join(html_title.split()))
    if len(parts) == 2 and (named := _print_view_site(parts)):
        return named  # "Example Spiegel - Druckversion": a print view names only its site
    # "Court - Press releases - Headline": the site first, the headline last
    trail = len(parts) > 2 and _squash(parts[-1]) == _squash(headline)
    if not (len(parts) == 2 or trail):
        return ""
    if _overlap(headline, parts[0]) and not trail:
        return ""  # (after a rubric, the headline may name the site: "Agency - Press - Agency …")
    first = _squash(parts[0])
    if any(_squash(alt) == first for alt in logo_images):
        return parts[0]  # however long: "Example Nachrichten / Example Zeitung", two papers'
    if not 1 <= len(parts[0].split()) <= 4:
        return ""
    for el in tree.iter("div", "p", "span", "a"):
        if len(el) and _squash(el.text or "") == first:
            return parts[0]
        if trail and el.tag == "p" and _squash(copyright_owner(el.text_content())) == first:
            return parts[0]  # the footer's "© Court 2025" names it again
    return ""


_CRUMB_SEPARATORS = re.compile(r"\s*[>›»/|]\s*")


def _trail_titled_h1(tree: HtmlElement, html_title: str) -> tuple[str, str]:
    """The one <h1> of four or more words and the trail's home crumb, when the <title> of
    three or more short parts opens with the page's printed breadcrumb ("KIT - Presse -
    Presseinformationen - …" over "KIT > Presse > Presseinformationen"): the CMS titles a
    page by its place in the site, not by its headline; else ("", "")."""
    parts = TITLE_PARTS.split(" ".join(html_title.split()))
    h1s = [" ".join(" ".join(h.itertext()).split()) for h in tree.iter("h1")]
    if len(parts) < 3 or any(not 1 <= len(p.split()) <= 4 for p in parts):
        return "", ""
    if len(h1s) != 1 or len(h1s[0].split()) < 4 or _overlap(html_title, h1s[0]) > 0:
        return "", ""
    keys = [_squash(p) for p in parts]
    for el in tree.iter("div", "nav", "ol", "ul", "p"):
        crumbs = [_squash(c) for c in _CRUMB_SEPARATORS.split(" ".join(el.itertext()).strip())]
        crumbs = [c for c in crumbs if c]
        if len(crumbs) >= 2 and crumbs == keys[: len(crumbs)]:
            return h1s[0], parts[0]
    return "", ""


def _generic_titled_h1(tree: HtmlElement, title: str) -> str:
    """The one <h1> of four or more words when the <title> (its site suffix taken off) is
    a generic label of one or two words the headline does not contain ("Presse – Wiener
    Linien", "News | Example"): the CMS titles every page of a section so. A print view's
    <title> that is only its label ("Версия для печати", "Printer-friendly version") is one
    too, however many words."""
    h1s = [" ".join(" ".join(h.itertext()).split()) for h in tree.iter("h1")]
    if len(h1s) != 1 or len(h1s[0].split()) < 4:
        return ""
    if _PRINT_VIEW.match(" ".join(title.split())):
        return h1s[0]
    if not 1 <= len(title.split()) <= 2:
        return ""
    return h1s[0] if _overlap(title, h1s[0]) == 0 else ""


def _h2_heading(tree: HtmlElement, title: str, logo: str = "") -> HtmlElement | None:
    """The first <h2> outside menus, four to forty words, on a page with no <h1> whose
    <title> (its motto taken off) is a generic label of up to three words the heading does
    not share ("Trierischer Volksfreund - Nachrichten aus …"), or the name the header's
    logo prints, however long ("Landtag von Example - Pressemitteilungen"): older CMS
    templates set the article's headline one level down, others in a block classed as the
    headline (<div class="headline">)."""
    named = bool(logo) and _squash(title) == _squash(logo)
    opened = len(title.split()) > 3 and not named  # "Headline - Site - motto": see below
    if next(tree.iter("h1"), None) is not None or not (
        1 <= len(title.split()) <= 3 or named or opened
    ):
        return None
    for h2 in tree.iter("h2", "div", "p", "span"):
        if h2.tag != "h2" and not _HEADLINE_CLASS.search(h2.get("class") or ""):
            continue
        if _in_chrome(h2) or h2.find(".//a") is not None:
            continue
        text = " ".join(" ".join(h2.itertext()).split())
        if opened:
            # a long <title> that opens with the <h2>'s words and a separator, the site's
            # name after them ("Headline - Site - motto")
            if (
                4 <= len(text.split()) <= 40
                and title_after(" ".join(title.split()), text) is not None
            ):
                return h2
            return None
        shared = _overlap(title, text)  # a long name shares a word or two ("von")
        if 4 <= len(text.split()) <= 40 and (shared == 0 or (named and shared < 0.5)):
            return h2
        return None
    return None


# A block classed as the article's headline ("headline", "article-title"), not a box's title.
_HEADLINE_CLASS = re.compile(
    r"^(?:[\w-]*[_-])?(?:headline|title|titel|ueberschrift|schlagzeile)$", re.I
)


_LOGO_CLASS = re.compile(r"(?:^|[\s_-])(?:logo|brand|masthead)(?:$|[\s_-])", re.I)
_ROOT_HREF = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")
_HOME_WORDS = {"home", "startseite", "главная", "start", "homepage"}


def _without_reader_label(el: HtmlElement, text: str) -> str:
    """`text` of a link without the label only a screen reader reads ("zur Example
    Homepage Example" names "Example"): its hidden element's text or its title, when what
    is left is the name that label holds."""
    labels = [
        " ".join(e.text_content().split())
        for e in el.iterdescendants()
        if isinstance(e.tag, str) and READER_LABEL_CLASS.search(e.get("class") or "")
    ]
    labels.append(" ".join((el.get("title") or "").split()))
    for label in labels:
        if not label or len(label) >= len(text):
            continue
        rest = text[len(label) :] if text.startswith(label) else ""
        rest = rest or (text[: -len(label)] if text.endswith(label) else "")
        if (rest := rest.strip()) and rest.lower() in label.lower():
            return rest  # the label names the logo's name again ("zur NDR Homepage")
    return text


def _first_line(el: HtmlElement) -> str:
    """The text of `el` up to its first <br>, spaces tidied, without a screen reader's
    label: a logo's name over its motto ("Example.ru<br><small>Официальный портал</small>"
    names "Example.ru")."""
    if el.find(".//br") is None:
        return _without_reader_label(el, " ".join(el.text_content().split()))
    parts = [el.text or ""]
    for child in el:
        if child.tag == "br":
            break
        parts += [child.text_content(), child.tail or ""]
    return " ".join("".join(parts).split())


def _logo_links(tree: HtmlElement) -> tuple[HtmlElement | None, list[str], list[HtmlElement]]:
    """The page's logo links, read in one walk over its links: the header's logo (see
    _logo_anchor); the alt texts of the pictures in the links classed as a logo or leading
    home, its name where the logo is a picture; and the links classed as a logo."""
    anchor = None
    alts: list[str] = []
    classed = []
    for a in tree.iter("a"):
        href = a.get("href") or ""
        cls = a.get("class") or ""
        low = cls.lower()
        # the pattern's scan of a long class list is the cost: an ASCII list (nearly all)
        # without its words is no logo's (lower() is exactly case-insensitive there)
        own = (
            bool(cls)
            and (not cls.isascii() or "logo" in low or "brand" in low or "masthead" in low)
            and _LOGO_CLASS.search(cls) is not None
        )
        stripped = href.strip()
        rooted = _ROOT_HREF.match(stripped) is not None
        if own:
            classed.append(a)
        # the pictures' test reads the address as written; no address is no home link
        if own or (href and (rooted if stripped == href else _ROOT_HREF.match(href))):
            alts += [img.get("alt") or "" for img in a.iter("img")]
        if anchor is None and (own or rooted) and _logo_anchor(a, rooted, own):
            anchor = a
    return anchor, [alt for alt in alts if alt], classed


# A block classed as the logo, its class maybe in camel case ("logoText", "brand-name").
_LOGO_BLOCK_CLASS = re.compile(r"(?:^|[\s_-])(?:[Ll]ogo|[Bb]rand|[Mm]asthead)(?:$|[\s_-]|[A-Z])")


# A logo's picture by its file or class name ("logo_print.png", "site-logo.svg").
_LOGO_FILE = re.compile(r"logo", re.I)


def _logo_picture_over_h1(tree: HtmlElement) -> str:
    """The alt text of the logo picture over the one <h1>, linked nowhere ('<img
    src="…/logo_print.png" alt="Example 24">'), or ''. Why: a print view keeps the logo but
    drops the home link and every meta tag; its picture is the one place it names itself."""
    heads = list(tree.iter("h1"))
    if len(heads) != 1:
        return ""
    for el in tree.iter("img", "h1"):
        if el.tag == "h1":
            return ""
        if _linked_or_shared(el):
            continue  # a share button's icon ("<a><img alt='Facebook'></a>") links away
        named = f"{el.get('src') or ''} {_named(el)}"
        alt = " ".join((el.get("alt") or "").split())
        if _LOGO_FILE.search(named) and 1 <= len(alt.split()) <= 4 and "logo" not in alt.lower():
            return alt
    return ""


_SHARE_CLASS = re.compile(r"share|social|sharing|follow", re.I)


def _linked_or_shared(img: HtmlElement) -> bool:
    """Whether a picture sits in a link or a share/social block: a print view's logo is
    linked nowhere, a share button's icon always is."""
    for p in img.iterancestors():
        if p.tag == "a" or _SHARE_CLASS.search(f"{p.get('class') or ''} {p.get('id') or ''}"):
            return True
    return False


def _logo_line_name(line: str) -> bool:
    """A line of a logo block that reads as a name in Latin script, no motto."""
    return (
        1 <= len(line.split()) <= 6
        and line[:1].isupper()
        and not has_cyrillic(line)
        and not reads_as_motto(line)
    )


def _logo_block_name(tree: HtmlElement) -> str:
    """The name in a header's logo block that is no link ("<div class='logoText'><span>
    विदेश मंत्रालय</span><br><strong>Example Ministry</strong><br><span>Government of
    Example</span></div>"): its line in bold, else its first line in Latin script, or ''.
    Why: a page with no metadata and no linked logo still letters its name over its menu;
    of the lines there, the bold one is the name, the others its motto or its parent."""
    for el in tree.iter("div", "span", "p"):
        cls = el.get("class") or ""
        low = cls.lower()
        if not ("logo" in low or "brand" in low or "masthead" in low):
            continue
        if not _LOGO_BLOCK_CLASS.search(cls) or el.find(".//a") is not None:
            continue
        if any(
            p.tag in ("a", "nav", "footer", "li", "main", "article") for p in el.iterancestors()
        ):
            continue
        bold = [" ".join(b.text_content().split()) for b in el.iter("strong", "b")]
        lines = bold or [" ".join(t.split()) for t in el.itertext()]
        if name := next((ln for ln in lines if _logo_line_name(ln)), ""):
            return name
        if name := next((ln for ln in lines[:2] if _long_name_in_footer(tree, ln)), ""):
            return name
        # a name in Cyrillic only ("Звезда Example"): the outlet's when the page's
        # copyright notice names it too (a motto or parent never holds the rights)
        return next((ln for ln in lines[:2] if _cyrillic_logo_owner(tree, ln)), "")
    return ""


_LONG_LOGO_NAME = 16  # words: an authority's full name ("Ministry of Labour, Social Affairs, …")


def _long_name_in_footer(tree: HtmlElement, line: str) -> bool:
    """Whether a logo block's line longer than a brand is a name the footer prints again
    ("Ministry of Labour, Social Affairs, Health and Care" over its menu and before its
    address under the page): a body's full name, not a motto, which no footer repeats."""
    if not (6 < len(line.split()) <= _LONG_LOGO_NAME and line[:1].isupper()):
        return False
    if line.endswith((".", "!", "?")):
        return False
    return any(line in text for text in _footer_texts(tree))


# The texts of the page that hold a copyright mark (a footer in a plain <div> too).
_COPYRIGHT_TEXTS = etree.XPath("//body//text()[contains(., '©')]")


def _cyrillic_logo_owner(tree: HtmlElement, line: str) -> bool:
    """Whether a logo block's Cyrillic `line` reads as a name that the page's copyright
    notice ("© 2025 Звезда Example. Все права защищены.") names as the owner."""
    if not (1 <= len(line.split()) <= 4 and line[:1].isupper() and has_cyrillic(line)):
        return False
    if reads_as_motto(line):
        return False
    owners = (copyright_owner(" ".join(str(t).split())) for t in _COPYRIGHT_TEXTS(tree)[:6])
    return any(o.lower() == line.lower() for o in owners)


def _logo_anchor(a: HtmlElement, rooted: bool, own: bool) -> bool:
    """Whether the link `a` is the page header's logo: a link to the home page inside
    <header>, or a link classed "logo" ("<a class="logo" href="/">Deutschlandfunk</a>"). A
    page without metadata names itself there; menu links ("Startseite") are no name. A home
    link in a block classed "logo" counts too (<div class="site-logo"><a href="/">Example</a>).
    `rooted`: the link leads to the home page; `own`: it is classed as a logo."""
    parent = a.getparent()
    logo = own or (
        rooted and parent is not None and bool(_LOGO_CLASS.search(parent.get("class") or ""))
    )
    if not (logo or (rooted and any(p.tag == "header" for p in a.iterancestors()))):
        return False
    if any(p.tag in ("nav", "footer", "li") for p in a.iterancestors()):
        return False
    text = _first_line(a)
    return 1 <= len(text.split()) <= 4 and text[:1].isalnum() and text.lower() not in _HOME_WORDS


def _logo_name(anchor: HtmlElement) -> str:
    """The logo's name: its text, unless that is a motto beside the logo's picture ("<a
    class='logo'><img alt='Example'> <span>News without borders</span></a>"), which names
    nothing; then the picture's alt text, or ''."""
    text = _first_line(anchor)
    if not reads_as_motto(text):
        return text
    alts = (" ".join((img.get("alt") or "").split()) for img in anchor.iter("img"))
    return next((a for a in alts if 1 <= len(a.split()) <= 4 and a.lower() not in _NO_NAME), "")


_NO_NAME = _HOME_WORDS | {"logo", "image", "bild", "foto", "photo", "логотип"}


def _squash_name(name: str) -> str:
    """A name or a host's first label without case, umlauts, spaces and hyphens."""
    return re.sub(r"[\W_]", "", name.lower().translate(_UMLAUTS))


def _logo_and_copyright(
    site: str, logo: str, url: str, images: list[str], footer_owners: Callable[[], list[str]]
) -> str:
    """The name the page prints both as its logo (text or picture) and as the owner of its
    footer's copyright notice, where the stated site is only an address ("example.com",
    "EXAMPLELIVE" for the logo "EXAMPLE") or a sister title whose name the page's own
    address does not spell (og:site_name "Nordstadt Zeitung" at sued-zeitung.de under the
    logo and "© Süd Zeitung"); '' otherwise. The logo and the notice are the outlet's own
    lettering; a shared system's or a domain's name is not."""
    if not site:
        return ""
    names = [n for n in [logo, *images] if n and len(n.split()) <= 5]
    if not names:
        return ""
    owners = {o.lower() for o in footer_owners()}
    name = next((n for n in names if n.lower() in owners), "")
    if not name or name.lower() == site.lower():
        return ""
    if _raw_domain(site):
        return name
    if has_cyrillic(name) != has_cyrillic(site):
        return ""  # a Latin name for a Cyrillic logo is the outlet's own spelling
    own, stated = _squash_name(name), _squash_name(site)
    if " " not in site and stated.startswith(own) and len(stated) > len(own):
        return name  # the address's word: the name and a suffix run together
    host = (urlsplit(url).hostname or "").removeprefix("www.").split(".")[0] if url else ""
    host = _squash_name(host)
    return name if host and host == own and host != stated else ""


# The zones whose clocks are off UTC by a half or three quarters of an hour (India +5:30,
# Nepal +5:45, Iran +3:30, Newfoundland -3:30, …): a page there prints "12:35 AM" for
# "19:05Z". No other fraction is a clock's offset.
_ODD_ZONES = frozenset((-9.5, -3.5, 3.5, 4.5, 5.5, 5.75, 6.5, 8.75, 9.5, 10.5, 12.75, 13.75))


# A publication stamp's label opening an element's own text: "Опубликовано: 18.11.2025,
# 19:05", "Published: 7:00am 24th November 2025", "Veröffentlicht am 26.11.2025 um 14:30".
_PUBLISHED_OPENS = ("published", "posted", "veröffentlicht", "erschienen", "опубликовано",
                    "дата публикации")  # fmt: skip
_LABELLED_ROW = 80  # characters: a label, a date and a time


def _labelled_stamps(tree: HtmlElement) -> list[datetime]:
    """The dates with their year and time that a short element labels as the publication,
    wherever the page prints it (a portal prints it under the text)."""
    found = []
    for el in tree.iter("p", "div", "span", "time", "li"):
        text = (el.text or "").lstrip()
        if not text[:14].lower().startswith(_PUBLISHED_OPENS):
            continue
        row = " ".join(el.text_content().split())
        if len(row) > _LABELLED_ROW:
            continue
        hits = find_dates(STAMP_PARTS.split(row)[0])
        if len(hits) == 1 and hits[0].has_year and hits[0].has_time:
            found.append(hits[0].value)
    return found + _first_published_clocks(tree)


# An update's stamp that gives the first publication's clock alone, on the update's day:
# "Updated November 26 2026 - 4:12pm, first published 2:30pm".
_FIRST_PUBLISHED_CLOCK = re.compile(
    r",?\s*first published:?\s+(?:at\s+)?(\d{1,2})[:.](\d\d)\s*([ap])\.?m\.?\s*$", re.I
)


def _first_published_clocks(tree: HtmlElement) -> list[datetime]:
    """The first publication's time of a short 'Updated <day> - <time>, first published
    <time>' row, on the update's day (the row names no other)."""
    found = []
    for el in tree.iter("p", "div", "span", "time"):
        text = (el.text or "").lstrip()
        if not text[:8].lower().startswith("updated") or len(el):
            continue
        row = " ".join(text.split())
        clock = _FIRST_PUBLISHED_CLOCK.search(row)
        if clock is None or len(row) > _LABELLED_ROW:
            continue
        hits = find_dates(row[: clock.start()])
        if len(hits) != 1 or not hits[0].has_year:
            continue
        hour = int(clock[1]) % 12 + (12 if clock[3].lower() == "p" else 0)
        found.append(hits[0].value.replace(hour=hour, minute=int(clock[2]), second=0))
    return found


def _printed_clock(tree: HtmlElement, stamp: datetime) -> datetime | None:
    """The page's printed time of a stamp stated in UTC: a <time> element's text ("<time
    datetime='…T13:30:00Z'>26.11.2025, 14:30 Uhr</time>") or the stamp under the headline
    that shows the same minute a whole number of hours off (the local clock), as the same
    instant in that zone; None if the page prints no such time. To the minute: the page
    prints no seconds ("5:41 pm IST" for "12:11:24Z")."""
    stamp = stamp.replace(second=0, microsecond=0)
    naive = stamp.replace(tzinfo=None)
    texts = [
        " ".join(el.text_content().split())[:80]
        for el in islice(tree.iter("time"), 6)
        if parse_date(el.get("datetime") or "") == stamp
    ]
    shown = [h.value for t in texts for h in find_dates(t) if h.has_year and h.has_time]
    if (under := _date_under_h1(tree)) is not None:
        shown.append(under)
    if (over := _date_over_h1(tree)) is not None and (over.hour, over.minute) != (0, 0):
        shown.append(over)  # "<div class='date'>27.11.2025 09:45</div><h1>…"
    shown += _labelled_stamps(tree)
    for value in shown:
        if value.tzinfo is not None:
            if value == stamp and value.utcoffset() != stamp.utcoffset():
                return value  # "4:37 p.m. CST" for "22:37Z": the printed zone's clock
            value = value.replace(tzinfo=None)  # a zone's name read with the wrong season
        if value == naive:
            continue
        hours = (value - naive).total_seconds() / 3600
        if (hours == int(hours) and -12 <= hours <= 14) or hours in _ODD_ZONES:
            return value.replace(tzinfo=timezone(timedelta(hours=hours)))  # the same instant
    return None


def _own_host(tree: HtmlElement, name: str, url: str) -> str:
    """The page's host: its stated address's, else the address of the listed outlet `name`
    spells where the page prints it ("При перепечатке ссылка на example.ru обязательна",
    "Фото: example.ru"), a page saved without its address; or ''."""
    if url:
        return urlsplit(url).hostname or ""
    outlet = default_gazetteer().named(name)
    body = tree.find("body") if outlet is not None and outlet.hosts else None
    if outlet is None or body is None:
        return ""
    shown = body.text_content().lower()
    return next((h for h in outlet.hosts if h in shown), "")


def _shown_days(tree: HtmlElement, stamp: datetime) -> list[date]:
    """The days the page's <time> elements of `stamp` print without a clock ("<time
    datetime='…T19:01:00+00:00'>Nov 25, 2025</time>")."""
    stamp = stamp.replace(second=0, microsecond=0)
    days = []
    for el in islice(tree.iter("time"), 6):
        when = parse_date(el.get("datetime") or "")
        if when is None or when.replace(second=0, microsecond=0) != stamp:
            continue
        text = " ".join(el.text_content().split())[:80]
        days += [h.value.date() for h in find_dates(text) if h.has_year and not h.has_time]
    return days


def _named_again(tree: HtmlElement, name: str) -> bool:
    """Whether the page's text names `name` outside its logo (a byline's desk, a plea to
    follow the site): the page calling itself by it."""
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w]|\.\w)")
    texts = (" ".join(e.itertext()) for e in tree.iter("p", "span", "div"))
    return any(" ".join(t.split()) != name and word.search(t) for t in texts)


def _logo_site(site: str, logo: str) -> str:
    """The site's name from its logo when the page states none, or when the stated one is
    the logo's domain ("deutschlandfunk.de" under the logo "Deutschlandfunk"): the name as
    the outlet writes it."""
    if not logo:
        return site
    if not site:
        return logo
    if not logo.isascii() and logo.lower().translate(_UMLAUTS) == site.lower():
        return logo  # "persoenlich.example" under the logo "persönlich.example": its letters
    stem = re.sub(r"^www\.|\.\w{2,6}$", "", site.lower())
    # "stolitsa.ee" under the logo "Столица": the domain spells the name in Latin letters
    spelt = {logo.lower().translate(_UMLAUTS), latin_name(logo).lower()}
    if stem == site.lower() or stem not in {re.sub(r"[\s-]", "", s) for s in spelt}:
        return site  # "suedostschweiz.ch" under "Südostschweiz": the domain spells ü as ue
    if logo.isupper() and len(logo) > 3 and site[:1].isupper():
        return site  # "Repost.uz" under the logo "REPOST": the capitals are the logo's style
    return logo


def _outlet_initials(author: str, meta: PageMeta, headline: str, tree: HtmlElement) -> bool:
    """Whether a byline in capitals of two to five letters ("NNN") is the outlet's short
    name: the <title>'s suffix after the headline, or the initials of the outlet's name as
    the metadata or the header's logo block letters it ("Norddeutsche Neueste
    Nachrichten"). A reporter's initials under a name of her own are kept elsewhere."""
    if not (2 <= len(author) <= 5 and author.isalpha() and author.isupper()):
        return False
    if site_from_title(meta.html_title, headline) == author:
        return True
    for name in (meta.og_site_name, meta.site_name, _logo_block_name(tree)):
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        if len(words) >= 2 and "".join(w[0] for w in words) == author:
            return True
    return False


_FOLDED = re.compile(r"ae|oe|ue|ss")


def _may_differ_in_notice(site: str) -> bool:
    """Whether a logo's or a stated host's name may be the footer notice's name in another
    style: words run together with a capital inside ("ExampleNow"), or umlauts spelt out
    ("muenchner.example"). A cheap test before the footer is read."""
    if not site or " " in site or not site.isascii():
        return False
    return site[1:] != site[1:].lower() or bool(_FOLDED.search(site.lower()))


def _as_in_notice(site: str, owners: list[str]) -> str:
    """The footer notice's spelling of a name the logo or the metadata writes in its style:
    its words run together ("ExampleNow" over "© 2025 Example Now") or its umlauts spelt
    out for an address ("persoenlich.example" over "© 2025 persönlich.example"), the name
    as the outlet writes it in prose; else `site`."""
    for owner in owners:
        if " " in owner and "".join(owner.split()) == site:
            return owner
        if not owner.isascii() and owner.lower().translate(_UMLAUTS) == site.lower():
            return owner
    return site


def _domain_of_logo(logo: str, owners: list[str]) -> str:
    """The footer's cased domain that spells a logo set in capitals ("© 2025 Repost.uz"
    under the logo "REPOST"): the name the outlet writes, not its logo's style."""
    for owner in owners:
        stem = re.sub(r"\.[a-z]{2,6}$", "", owner)
        if stem != owner and owner[:1].isupper() and stem.lower() == logo.lower():
            return owner
    return ""


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _host_as_logo(site: str, alts: list[str]) -> str:
    """A host name in small letters as the logo's picture spells it ("example.co.uk"
    under the alt text "EXAMPLE.co.uk"): an address has no case, the logo gives the
    outlet's own; a logo in capitals throughout is only lettering."""
    if site != site.lower() or "." not in site:
        return site
    return next((a for a in alts if a.lower() == site and not a.isupper()), site)


def _raw_domain(name: str) -> bool:
    """A site's name stated as its bare domain in small letters ("example.ch")."""
    return name == name.lower() and bool(re.fullmatch(r"(?:www\.)?[\w-]+\.[a-z]{2,6}", name))


def _repeated(body: HtmlElement, el: HtmlElement, key: str) -> bool:
    """Whether another paragraph repeats `el`'s text (the page prints its lead twice, the
    second time as the first paragraph of the text); its own paragraph ("<div
    class='lead'><p>…</p></div>") is no repeat."""
    own = set(el.iter("p")) | set(el.iterancestors("p"))
    return any(
        p not in own and _squashes_to(p.text_content(), key) and not _hidden(p)
        for p in body.iter("p")
    )


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(el: HtmlElement) -> bool:
    """Whether the element is set not to show (a copy of the text for the share buttons
    in "display: none"): no paragraph a reader sees twice."""
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _squashes_to(text: str, key: str) -> bool:
    """`_squash(text) == key`, most texts told apart by their first word alone."""
    low = text.lower()
    first = _WORD.search(low)
    if first is None:
        return key == ""
    return key.startswith(first.group()) and " ".join(_WORD.findall(low)) == key


def _holds_heading(el: HtmlElement) -> bool:
    return next(el.iterdescendants("h1", "h2", "h3"), None) is not None


@lru_cache(maxsize=4096)
def _lead_classed(names: str) -> bool:
    """_LEAD_CLASS.search(names), remembered: a page repeats its class lists hundreds of
    times (menu items, teasers), and scanning each made a millisecond a page."""
    return bool(_LEAD_CLASS.search(names))


def _under_h1(el: HtmlElement) -> bool:
    """Whether the element just before `el` is an <h1> (the standfirst's place)."""
    prev = _element_sibling(el, preceding=True)
    return prev is not None and prev.tag == "h1"


_LEAD_TAGS = ("p", "div", "section", "span", "strong", "em", "h2", "h3")  # a standfirst's


def _lead_inside(el: HtmlElement) -> bool:
    """Whether an element inside `el` is classed as the standfirst too (an "article__intro"
    around its "summary", the byline and the stamp): the inner one is the lead."""
    for d in el.iterdescendants(_LEAD_TAGS):
        names = f"{d.get('class') or ''} {d.get('id') or ''}"
        if names.strip() and _lead_classed(names):
            return True
    return False


def _description_inside(el: HtmlElement, desc: str) -> HtmlElement | None:
    """The element inside an intro block that reads the stated description, when the
    block holds more (the picture's caption and credit over the standfirst), or None."""
    if not desc or _squash(el.text_content()) == desc:
        return None
    for d in el.iterdescendants("p", "div", "span"):
        if _squash(d.text_content()) == desc:
            return d
    return None


_SUBTITLE_WORDS = 3  # a subtitle under the headline: a phrase, no one-word label


def _short_subtitle(el: HtmlElement, raw: str) -> bool:
    """A short standfirst element right under the <h1>, a phrase of a few words, no
    links (a kicker or a desk's label is one word or two)."""
    return (
        el.tag in ("p", "div", "h2")
        and not len(el)
        and len(raw.split()) >= _SUBTITLE_WORDS
        and _under_h1(el)
    )


def find_lead(tree: HtmlElement, description: str, text: str) -> str:
    """The standfirst shown above the article ("intro", "lead", "excerpt" or the stated
    description as visible text), when the main-text extractor left it out."""
    body = tree.find("body")
    if body is None:
        return ""
    have = None  # the text squashed, when a candidate needs it
    desc = _squash(description)
    desc_words = set(desc.split())
    need = 0.8 * len(desc_words)
    for el in body.iter(_LEAD_TAGS):
        if el.tag == "h3" and not _under_h1(el):
            continue  # an <h3> is a crosshead or a teaser's title, unless the headline's next
        cls, ident = el.get("class"), el.get("id")
        by_class = bool((cls or ident) and _lead_classed(f"{cls or ''} {ident or ''}"))
        if not by_class and (len(desc_words) < 8 or el.tag not in ("p", "h2", "strong")):
            continue
        if by_class and el.tag in ("div", "section") and _holds_heading(el):
            continue  # "story-lead" around the headline and the standfirst: look inside
        # a standfirst marked by its class may be one short line ("Банки будут обязаны
        # проверять долговую нагрузку созаемщиков"); unmarked, it must read as a paragraph
        least, words = (30, 4) if by_class else (60, 8)
        raw = el.text_content()
        if by_class and len(raw) < least and _short_subtitle(el, raw):
            # "Отвечаем на главные вопросы" right under the headline: the standfirst's
            # place is taken, an intro paragraph further down opens the text
            return " ".join(raw.split())
        if len(raw) < least:
            continue  # squeezing the whitespace only shortens it
        lead = " ".join(raw.split())
        if not least <= len(lead) <= 1200 or len(lead.split()) < words:
            continue
        if by_class:
            if _lead_inside(el) or is_link_list(el):
                continue  # an intro block around the standfirst's own element; a menu
            if (inner := _description_inside(el, desc)) is not None:
                el, lead = inner, " ".join(inner.text_content().split())  # no caption
            elif holds_meta_row(el):
                continue  # "Programme - 18.03.2020 13:15 Autor/in: …": the meta row
        if in_signup_box(el):
            continue  # a newsletter's pitch over its form
        low = lead.lower()
        if not by_class and sum(w in low for w in desc_words) < need:
            continue  # a shared word is in the text: too few of the description's are
        key = " ".join(_WORD.findall(low))
        if not by_class and not key.startswith(desc):
            # (a paragraph that opens with the whole description is the standfirst it
            # shortens: "A. B." described as "A.")
            words = set(key.split())
            if len(words & desc_words) < 0.8 * max(len(words), len(desc_words)):
                continue
        if _in_chrome(el):
            continue
        if have is None:
            have = _squash(text)
        at = have.find(key[:80])
        if at < 0:
            return lead
        if by_class and at <= 300 and not _repeated(body, el, key):
            return lead  # a standfirst by its class stays the lead even at the top of the text
        if el.tag == "h2" and at <= 300 and not _repeated(body, el, key):
            return lead  # the description set as a heading over the text's first paragraph
        return ""
    return ""


_BOLD_LEAD_WORDS = (8, 60)  # a standfirst is a sentence or three
_SENTENCE_LEAD_WORDS = 5  # a summary line that ends as a sentence may be short
# A standfirst's class right under the headline: a "teaser" there is the article's own,
# not a related story's; "anons" is the Russian sites' word for it.
_UNDER_H1_CLASS = re.compile(r"(?:^|[\s_-])(?:teaser|anons|announce)(?:$|[\s_-])", re.I)


# The paragraph after a bold one that opens by pointing back at it ("Об этом сообщили в
# X", "Про це повідомили", "This was announced by", "Dies teilte X mit", "Wie X mitteilte"):
# the bold paragraph is the news itself, the text's first paragraph, not a standfirst.
_REFERS_BACK = re.compile(
    r"^(?:Об этом|Про це|Как (?:сообщ|переда)|Як (?:повідом|переда)|Это (?:сообщ|заяв)"
    r"|(?:This|That|It) was (?:announced|reported|said|stated|confirmed)|Dies "
    r"|Das (?:teilte|gab|sagte|erkl|berichtet)|Darüber |Wie (?:\w+ ){1,5}(?:mitteilte|berichtet))"
)


def _refers_back(el: HtmlElement | None) -> bool:
    """Whether `el` is a paragraph whose words open by pointing back at the one before."""
    return el is not None and bool(_REFERS_BACK.match(" ".join(el.text_content().split())))


def _text_follows(el: HtmlElement | None) -> bool:
    """Whether `el` is a plain paragraph or a block whose first child is one: the text."""
    if el is not None and el.tag in ("div", "section") and len(el):
        el = el[0]
    return el is not None and el.tag == "p" and not len(el)


def _teaser_block(el: HtmlElement, cls: str) -> bool:
    """A block classed as the teaser that holds only its paragraph."""
    return (
        el.tag == "div"
        and len(el) == 1
        and el[0].tag == "p"
        and not (el.text or "").strip()
        and _UNDER_H1_CLASS.search(cls) is not None
    )


def bold_standfirst(tree: HtmlElement) -> str:
    """A paragraph set wholly in bold right under the headline's block, before the text's
    plain paragraphs ("<p><strong>Nach Jahren … fertiggestellt.</strong></p>"): the
    standfirst, marked by its weight instead of a class; or one classed as the teaser
    there ("<p class="teaser">"), which the main-text extractor drops as a teaser."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return ""
    least, most = _BOLD_LEAD_WORDS
    for n, el in enumerate(islice(h1.itersiblings(), 5)):
        if n == 0 and el.tag == "h2" and el.find(".//a") is None:
            # "<h1>…</h1><h2>The 4.2km stretch will link …</h2>": a sentence set as the
            # heading right under the headline is its standfirst, not the text's first line
            lead = " ".join(el.text_content().split())
            if least <= len(lead.split()) <= most:
                return lead
        cls = el.get("class") or ""
        if _teaser_block(el, cls):
            el = el[0]  # "<div class='field-teaser'><p>…</p></div>": the block's paragraph
        if el.tag != "p":
            continue
        lead = " ".join(el.text_content().split())
        fewest = _SENTENCE_LEAD_WORDS if lead.endswith((".", "!", "?")) else least
        classed = _UNDER_H1_CLASS.search(el.get("class") or cls)
        if classed and fewest <= len(lead.split()) <= most:
            return lead
        bold = len(el) == 1 and el[0].tag in ("strong", "b", "em", "i")
        if not bold or (el.text or "").strip() or (el[0].tail or "").strip():
            if len(lead.split()) < least:
                continue  # the byline, the stamp
            return ""  # the first paragraph is plain text: no bold standfirst
        plain = _text_follows(el.getnext()) and not _refers_back(el.getnext())
        return lead if fewest <= len(lead.split()) <= most and plain else ""
    return ""


_BOLD_PLACE = re.compile(r"^[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?: [\w'’.-]+){0,2}$")


def bold_dateline(tree: HtmlElement, text: str) -> str:
    """ "<p><strong>Frankfurt</strong> – Der …": a place set in bold before a dash at the start
    of the article's first paragraph (the page's own dateline mark-up)."""
    body = tree.find("body")
    if body is None:
        return ""
    head = _squash(text[:400])
    for p in body.iter("p"):
        if (p.text or "").strip() or not len(p):
            continue
        first = p[0]
        tail = first.tail or ""
        if first.tag not in ("strong", "b") or not tail.lstrip().startswith(("–", "—", "-")):
            continue
        place = " ".join(first.text_content().split())
        if not _BOLD_PLACE.match(place) or _in_chrome(p):
            continue
        if _squash(" ".join(p.text_content().split()))[:60] in head:
            return place
    return ""


_OVER_HEADLINE = 8  # lines: a kicker, a badge, a stamp, the paragraph set before them
_MOVED_PARAGRAPH = 150  # characters: a paragraph of the text, no label or teaser line


def _paragraphs_over_headline(tree: HtmlElement, text: str) -> str:
    """The text with the paragraphs the extractor set over the headline's line that the
    page prints under it, in its headline's own block, put back where the page prints them
    (a live page's newest post, its block classed "post", taken for the main text and the
    rest appended after it): the lines over the headline are dropped as the page's header."""
    lines = text.split("\n")
    if len(lines) < 3 or len(lines[0]) < _MOVED_PARAGRAPH:
        return text  # (most texts: no paragraph opens them before a headline)
    h1s = list(islice(tree.iter("h1"), 2))
    if len(h1s) != 1 or (block := h1s[0].getparent()) is None:
        return text
    head = _squash(h1s[0].text_content())
    idx = next((i for i, ln in enumerate(lines[:_OVER_HEADLINE]) if _squash(ln) == head), 0)
    if not head or idx == 0:
        return text
    where: dict[str, int] = {}  # the block's paragraphs under the headline: their order
    under = False
    for n, el in enumerate(block.iter("h1", "p")):
        if el is h1s[0]:
            under = True
        elif under and el.tag == "p":
            where.setdefault(_squash(el.text_content())[:80], n)
    moved = [ln for ln in lines[:idx] if len(ln) >= _MOVED_PARAGRAPH]
    if not moved or any(_squash(ln)[:80] not in where for ln in moved):
        return text
    rest = [ln for ln in lines if ln not in moved]
    for ln in moved:
        at = where[_squash(ln)[:80]]
        k = next(
            (
                k
                for k in range(rest.index(lines[idx]) + 1, len(rest))
                if where.get(_squash(rest[k])[:80], 0) > at
            ),
            len(rest),
        )
        rest.insert(k, ln)
    return "\n".join(rest)


def _summary_list(el: HtmlElement, own: bool = False) -> bool:
    """A list with a "summary"/"standfirst" class or id, or one straight inside a box so
    classed ('<div class="summary"><h3>…</h3><ul>'); with `own`, the list's own only."""
    for node in (el,) if own else (el, el.getparent()):
        if node is None:
            continue
        cls, ident = node.get("class"), node.get("id")
        if not cls and not ident:
            continue
        names = f"{cls or ''} {ident or ''}"
        if _lead_classed(names) or ("ey" in names and _KEY_POINTS.search(names)):
            return True
    return False


# A box of the story's key points over its text: "key-points", "keyPoints", "key-facts",
# "key-takeaways" (the bullets restate the story, as a summary list does).
_KEY_POINTS = re.compile(r"(?:^|[\s_-])key[-_]?(?:points|facts|takeaways)(?:$|[\s_-])", re.I)


def drop_summary(tree: HtmlElement, text: str) -> str:
    """Summary bullets (a list with a "summary"/"standfirst" class) the extractor put at the
    top of the text (under the headline): they restate the story, not its first paragraph."""
    body = tree.find("body")
    if body is None:
        return text
    items: set[str] = set()
    for el in body.iter("ul", "ol"):
        if not _summary_list(el):
            continue
        items |= {_squash(li.text_content()) for li in el.iter("li")}
        box = el.getparent()
        if box is not None and box is not body and not _summary_list(el, own=True):
            # the box's heading over its bullets ("What you need to know:")
            items |= {_squash(h.text_content()) for h in box.iter("h2", "h3", "h4", "strong")}
    if not items:
        return text
    lines = text.split("\n")
    top = 6 + len(items)  # the header's lines over the box, and the box's own
    head = [ln for ln in lines[:top] if _squash(ln.lstrip("-•* ")) not in items]
    return "\n".join(head + lines[top:])


@lru_cache(maxsize=2)
def _options(fast: bool) -> Extractor:
    """What bare_extraction would build from our arguments on every call (reading the
    config each time): main text and tables, no comments, no metadata."""
    return Extractor(
        config=_config(),
        output_format="python",
        fast=fast,
        comments=False,
        tables=True,
        with_metadata=False,
    )


def _stated_body(body: str) -> str:
    """JSON-LD articleBody as plain text (some publishers put markup in it)."""
    if "<" in body and re.search(r"<(?:p|br|div)\b", body, re.I):
        body = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", body)
        body = re.sub(r"<[^>]+>", "", body)
    return "\n".join(" ".join(line.split()) for line in body.splitlines() if line.strip())


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


# A time alone beside the headline ("<span class="post-time">14:20</span><h1>…"): a news
# feed's layout prints the hour only, the day being in the address or the feed's heading.
_TIME_ONLY = re.compile(r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)$")


def _timed(day: datetime | None, tree: HtmlElement) -> datetime | None:
    """htmldate's day (from the address, without a time) at the time printed alone next
    to the page's one <h1>, when there is one."""
    h1s = list(tree.iter("h1"))
    if day is None or day.hour or day.minute or len(h1s) != 1:
        return day
    for el in (_element_sibling(h1s[0], preceding=True), _element_sibling(h1s[0])):
        if el is None:
            continue
        # the time alone, or a release's field row of it ("Datum 01.12.2026 Uhrzeit 13:40")
        shown = " ".join(el.text_content().split())
        if m := _TIME_ONLY.match(shown) or _time_field(el, shown):
            return day.replace(hour=int(m["h"]), minute=int(m["m"]))
    return day


# A release's labelled time field among its detail rows: "Uhrzeit 13:40 Uhr", "Time: 09:15";
# the label opens its line (a row or a cell), the time is no lap time ("1:22.15").
_TIME_FIELD = re.compile(
    r"^\s*(?i:uhrzeit|time|время)\s*:?\s*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d]|[.:,]\d)",
    re.M,
)
_TIME_FIELD_ROW = 60  # characters: a release's detail rows, no sentence of a standfirst


def _time_field(el: HtmlElement, shown: str) -> re.Match[str] | None:
    """The labelled time field of a short detail row beside the headline, or None. Why: a
    standfirst's 'His pole time 1:22.15 was …' is no time of publication."""
    if len(shown) > _TIME_FIELD_ROW:
        return None
    return _TIME_FIELD.search("\n".join(el.itertext()))


def _midnight(value: datetime) -> bool:
    return value.hour == 0 and value.minute == 0 and value.second == 0 and value.tzinfo is None


_BESIDE_H1_STAMP = 60  # characters of a stamp beside the headline, its label included
_BYLINE_AND_STAMP = 160  # characters: a byline with a role or an outlet, a bar, the stamp


def _as_printed_by_h1(tree: HtmlElement, published: datetime) -> datetime:
    """The publication as the stamp right over or under the page's one <h1> prints it: a
    day found without its time gets the time the stamp prints for that day ("Pressedienst
    vom 03.02.2025, 16:40" over the headline), a stated time with seconds ("16:40:12+01:00")
    the minute the stamp prints ("03.02.2025 | 16:40"). A revision's stamp tells nothing."""
    h1s = list(islice(tree.iter("h1"), 2))
    if len(h1s) != 1:
        return published
    near = [*islice(_elements_beside(h1s[0], True), 2), *islice(_elements_beside(h1s[0]), 3)]
    for el in near:
        text = " ".join(el.text_content().split())
        if _BESIDE_H1_STAMP < len(text) <= _BYLINE_AND_STAMP:
            # the byline and the stamp in one row ("By Jane Doe, Example Press | December
            # 11, 2025 at 3:14 p.m."): the stamp's part of it
            text = next((p for p in STAMP_PARTS.split(text) if find_dates(p)), "")
        if not text or len(text) > _BESIDE_H1_STAMP or REVISION_LABEL.search(text):
            continue
        if any(t.get("datetime") for t in el.iter("time")):
            return published  # '<time datetime="…:31">14:22</time>': the page states them
        hits = find_dates(text)
        if len(hits) != 1 or not (hits[0].has_year and hits[0].has_time):
            continue
        shown = hits[0].value
        if shown.tzinfo is not None:
            continue
        if _midnight(published):
            return shown if shown.date() == published.date() else published
        minute = published.replace(second=0, microsecond=0)
        return minute if minute.replace(tzinfo=None) == shown else published
    return published


def _elements_beside(el: HtmlElement, preceding: bool = False) -> Iterator[HtmlElement]:
    """The elements after `el` (before it with `preceding`), nearest first, past comments,
    which have no text to read ("<h1>…</h1><!-- teaser -->")."""
    return (s for s in el.itersiblings(preceding=preceding) if isinstance(s.tag, str))


def _element_sibling(el: HtmlElement, preceding: bool = False) -> HtmlElement | None:
    """The element next to `el` (before it with `preceding`), past comments."""
    return next(_elements_beside(el, preceding), None)


# The elements after the <h1> looked at for its stamp: a byline, a standfirst, the stamps.
_UNDER_H1 = 3
_UNDER_H1_STAMP = 50  # characters of a stamp piece there, its label and time zone included


def _desk_over_h1(tree: HtmlElement) -> str:
    """The desk a 'Desk · day' row right over the page's one <h1> names ('<div
    class="meta">Общество · 19 ноября 2026 15:10</div><h1>…'), or ''. Why: a print view
    drops the breadcrumb and the meta tags; the row over the headline keeps the desk, and
    the text extractor leaves the row out."""
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1 or (above := _element_sibling(h1s[0], True)) is None:
        return ""
    row = " ".join(above.text_content().split())
    desk = desk_in_stamp(row) if _label_row(row) else ""
    # the kind of document ('Presseinformation · 20.11.2025') is no desk
    return "" if not desk or is_release_label(desk) else desk


# A byline's label with its colon, under the text: "Автор: Имя", "Autorin: Name".
_LABELLED_FOOT_BYLINE = re.compile(
    r"^(?:автор|текст|autor(?:in)?|author|text|reporter(?:in)?)\s*:\s*\S", re.I
)


def _byline_under_text(tree: HtmlElement) -> str:
    """The writer a labelled byline names in its own line after the page's one <h1> and its
    text ('<p class="meta">Автор: Jane Doe<br>Фото: …</p>' at the foot), or '': the one such
    line on the page. Why: a print view sets the byline under the text, where the text
    extractor leaves it out with the photo credit beside it."""
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return ""
    names = []
    for el in h1s[0].itersiblings():
        if not isinstance(el.tag, str):
            continue
        for piece in el.itertext():
            text = " ".join(piece.split())
            short = len(text) <= _BYLINE_CHARS_UNDER
            if short and _LABELLED_FOOT_BYLINE.match(text) and (name := author_of_line(text)):
                names.append(name)
    return names[0] if len(names) == 1 else ""


# What opens a byline's text: "Von Jane Doe", "By Jane Doe", "Автор: Имя", "Текст: Имя".
_BYLINE_OPENERS = (
    "Von ", "By ", "by ", "Автор", "Текст:", "Text:",
    # a writing role's label: "Reporter: Jane Doe" (the editor or photographer no author)
    "Reporter:", "Reporterin:", "Autor:", "Autorin:", "Author:", "Корреспондент:",
)  # fmt: skip
_BYLINE_CHARS_UNDER = 90  # a byline piece: the label, the names, a role at most


def _byline_under_h1(tree: HtmlElement) -> str:
    """The names of a labelled byline in the elements right after the page's one <h1>
    ("<div class='article-meta'><span>Von Jane Doe und John Roe</span><span>22.11.2025
    </span>"), or '': a meta row that no class names as a byline, which the text extractor
    leaves out with the other page furniture. Only a piece opening with a byline's label
    counts (author_of_line reads it), so a standfirst or a caption never does."""
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return ""
    for el in islice(_elements_beside(h1s[0]), _UNDER_H1):
        for piece in el.itertext():
            # a meta row's parts between bars or dots, each read on its own ("Autor: Jane
            # Doe | 3. März 2025, 09:10 | Aktualisiert: … | Lesezeit: 4 Minuten")
            for part in STAMP_PARTS.split(piece) if len(piece) > _BYLINE_CHARS_UNDER else (piece,):
                text = " ".join(part.split())
                opens = len(text) <= _BYLINE_CHARS_UNDER and text.startswith(_BYLINE_OPENERS)
                if opens and (name := author_of_line(text)):
                    return name
        if name := _linked_names_byline(el):
            return name
    return ""


# A piece's label before its writers: "Commentary by", "Analysis by", "Ein Kommentar von"
# (an editor's, reviewer's or photographer's credit is no byline).
_KIND_BY = re.compile(
    r"^(?!(?:edited|reviewed|updated|fact|photos?|video|illustrations?|foto)\b)"
    r"(?:[^\W\d]+ ){1,2}(?:by|von)\s",
    re.I,
)


def _linked_names_byline(el: HtmlElement) -> str:
    """The writers of a byline block in `el` whose label and names are separate pieces
    ("<div class='contributors'><span>Commentary by</span> <a>Jane Doe</a> and <a>John
    Roe</a></div>"), read as the block's whole text; '' otherwise. Why: the pieces alone
    are a bare label and bare names, neither of them a byline."""
    for block in el.iter("div", "p", "span"):
        text = " ".join(block.text_content().split())
        if not len(block) or len(text) > _BYLINE_CHARS_UNDER:
            continue  # a block of one piece was read as such
        if (text.startswith(_BYLINE_OPENERS) or _KIND_BY.match(text)) and (
            name := author_of_line(text)
        ):
            return name
    return ""


# A byline's label before the organisation it credits, and what follows the byline in its
# row: "By <a>Example Agency</a> | Published: …", "Von dpa · 12.12.2025".
_CREDIT_LABEL = re.compile(r"^(?:by|von|автор:?|текст:?)\s+", re.I)
_ROW_SEP = re.compile(r"\s[|·•]\s|\s[-–—]\s")


def _credit_under_h1(tree: HtmlElement) -> str:
    """What a labelled byline right after the page's one <h1> credits, whole, up to the
    rest of its row ("Von dpa · 12.12.2025" gives "dpa"): the caller takes it only when it
    names a profile's agency, which no person's name does."""
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return ""
    for el in islice(_elements_beside(h1s[0]), _UNDER_H1):
        text = " ".join(el.text_content().split())
        if len(text) > 2 * _BYLINE_CHARS_UNDER or not text.startswith(_BYLINE_OPENERS):
            continue
        if m := _CREDIT_LABEL.match(head := _ROW_SEP.split(text, 1)[0]):
            return head[m.end() :].strip()
    return ""


def _through_entry(text: str, entry: HtmlElement) -> str:
    """The page's text up to the end of a live post's last paragraph: the posts after it
    on the saved page are other stories."""
    paras = [" ".join(p.text_content().split()) for p in entry.iter("p")]
    last = next((p for p in reversed(paras) if len(p) >= 40), "")
    at = text.find(last[:60]) if last else -1
    if at < 0:
        return text
    end = text.find("\n", at)
    return text if end < 0 else text[:end]


def _date_under_h1(tree: HtmlElement) -> datetime | None:
    """The publication stamp in the elements right after the page's one <h1> ("<h1>…</h1>
    <div class="date">21 ноября 2025</div>", or a byline, then "Updated 22 November 2025
    <br>November 21, 2025 20:47"): a piece of text that is a date with its year (and a
    label at most). A stamp with its time wins, a revision's "Updated" loses (alone, it is
    left to htmldate). Looked at before htmldate's guess, which may take the header bar's
    day of copying."""
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return None
    return _date_under(h1s[0])


# A release's number and day over its headline, whatever its class: "Pressemitteilung Nr. 231
# vom 25. November 2025", "Press release No. 12 of 3 March 2024", "Пресс-релиз № 5 от 3 марта 2024".
_RELEASE_HEAD = re.compile(
    r"^(?:pressemitteilung|pressemeldung|presseinformation|medieninformation|press release|"
    r"news release|media release|пресс-релиз)\b.{0,24}?\s(?:vom|of|from|dated|от)\s+\S.{4,30}$",
    re.I,
)


_LABEL_ROW = 64  # characters: an issue, a desk and a day with the bars between them


def _label_row(text: str) -> bool:
    return len(text) <= _LABEL_ROW and STAMP_PARTS.search(text) is not None


def _date_over_h1(tree: HtmlElement, stated: str = "") -> datetime | None:
    """The day in a date-classed element right above the page's one <h1> ("<div
    class='news-date'>26 ноября 2025 г.</div><h1>…"): a portal prints its stamp over the
    headline, and nothing else states it (a header bar's day stands outside the article).
    A page without an <h1> sets its `stated` headline as a lower heading (see
    _stated_heading)."""
    h1s = list(tree.iter("h1"))
    heading = h1s[0] if len(h1s) == 1 else _stated_heading(tree, stated) if not h1s else None
    above = _element_sibling(heading, preceding=True) if heading is not None else None
    if above is not None and _kicker_row(above):
        # "<div class='datum'>Weinheim, 28.11.2025</div><div class='dachzeile'>Energie</div>
        # <h1>": the kicker stands between the stamp and the headline
        above = _element_sibling(above, preceding=True)
    if above is None and heading is not None and not h1s:
        above = _over_wrapper(heading)
    text = " ".join(above.text_content().split()) if above is not None else ""
    if not text:
        return None
    release = _RELEASE_HEAD.match(text)
    hits = find_dates(text) if len(text) <= 40 or release or _label_row(text) else []
    if len(hits) != 1 or not hits[0].has_year:
        return None
    if _date_classed(above) or release:
        return hits[0].value
    # unclassed ("<div class='storydate'>November 26, 2025 18:42 IST</div><h1>"): only a
    # whole stamp with its clock, a label of one word at most (a header bar's day of
    # copying prints no clock)
    label = text[: hits[0].start] + text[hits[0].end :]
    if hits[0].has_time and len(label.split()) <= 1:
        return hits[0].value
    # a magazine's row of labels over its headline, the day one of its parts ("Ausgabe #85
    # · Umwelt · 8. Dezember 2025", "Politics | 3 March 2025"): the issue's or the desk's
    # words beside the day, no sentence and no header bar's run of links
    parts = STAMP_PARTS.split(text)
    if len(parts) < 2 or above.find(".//a") is not None:
        return None
    dated = [(p, hit) for p in parts for hit in find_dates(p)]
    if len(dated) != 1 or dated[0][1].end - dated[0][1].start < len(dated[0][0]) - 1:
        return None  # the day is a part of its own, not within a label's words
    # (the day's own part may run to four words with its clock: "19 ноября 2026 15:10")
    return hits[0].value if all(len(p.split()) <= 3 for p in parts if p != dated[0][0]) else None


_KICKER_WORDS = 4


def _kicker_row(el: HtmlElement) -> bool:
    """A kicker's element: a few words, no digit (no stamp), no links."""
    if len(el) or el.tag not in ("div", "p", "span"):
        return False
    text = (el.text or "").strip()
    return 0 < len(text.split()) <= _KICKER_WORDS and not any(c.isdigit() for c in text)


def _stated_heading(tree: HtmlElement, stated: str) -> HtmlElement | None:
    """The one <h2> or <h3> that prints the stated headline whole, on a page with no <h1>
    ("<h3 class='article_title'>…</h3>" under og:title): the page's headline element."""
    key = _squash(stated)
    if not key:
        return None
    found = [h for h in tree.iter("h2", "h3") if _squash(" ".join(h.itertext())) == key]
    return found[0] if len(found) == 1 else None


def _over_wrapper(heading: HtmlElement) -> HtmlElement | None:
    """The element right above the block that holds only the headline ("<div
    class='date'>…</div><div class='headline'><h3>…</h3></div>"), or None."""
    parent = heading.getparent()
    if parent is None or parent.tag in ("body", "main", "article") or len(parent) != 1:
        return None
    return _element_sibling(parent, preceding=True)


def _date_classed(el: HtmlElement) -> bool:
    """Whether `el` or an element in it is classed as a date: a row over the headline holds
    the document's kind and its day ("<div class='info'><div>Press release</div><div
    class='info_date'>26 November 2025</div></div>")."""
    return any(CLASS_DATE.search(d.get("class") or "") for d in islice(el.iter(), _SMALL_ROW))


_SMALL_ROW = 8  # elements: a label and a date, a time or an icon at most


def _date_under(heading: HtmlElement) -> datetime | None:
    """The stamp in the few elements after `heading` (see _date_under_h1)."""
    best: tuple[int, datetime] | None = None
    for el in islice(_elements_beside(heading), _UNDER_H1):
        parts = [part for piece in el.itertext() for part in STAMP_PARTS.split(piece)]
        pieces = _clock_joined(parts)
        for piece in pieces:
            text = " ".join(piece.split())
            # (a stamp with its label, clock and zone: "First Published: Nov 25, 2025 2:37 PM IST")
            hits = find_dates(text) if len(text) <= _UNDER_H1_STAMP else []
            if len(hits) != 1 or not hits[0].has_year:
                continue
            hit = hits[0]
            label = without_issue(text[: hit.start] + text[hit.end :])
            if len(label.split()) > 2:
                continue  # a sentence that names a day, not a stamp
            score = 2 * hit.has_time - 3 * bool(REVISION_LABEL.search(label))
            if best is None or score > best[0]:
                best = (score, hit.value)
    # only a revision's stamp: htmldate may still find the first publication
    return best[1] if best and best[0] >= 0 else None


# A bare clock after a bar: "22.11.2025 | 11:02 Uhr" prints the day and its time apart.
_BARE_CLOCK = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|[AaPp]\.?[Mm]\.?))?\s*$")


def _clock_joined(pieces: list[str]) -> list[str]:
    """The pieces of a stamp row, a bare clock joined to the day before it ("Erstellt:
    22.11.2025 | 11:02 Uhr"): the bar parts the day from its time, not two stamps."""
    if len(pieces) < 2:
        return pieces
    joined: list[str] = []
    for piece in pieces:
        if not piece.strip():
            continue  # the space between two spans ("<span>Tuesday, …</span> <span>6:45 am")
        if joined and _BARE_CLOCK.match(piece) and any(c.isdigit() for c in joined[-1]):
            joined[-1] = f"{joined[-1].rstrip()}, {piece.strip()}"
        else:
            joined.append(piece)
    return joined


# A record's date field: "<dt>Datum</dt><dd>24.11.2025</dd>" (government portals and
# press-release databases print the release's details as a definition list).
_DATE_TERM = re.compile(
    r"^(?:datum|date|дата|veröffentlicht(?: am)?|published(?: on)?|erschienen(?: am)?|"
    r"erscheinungsdatum|veröffentlichungsdatum|ausgabedatum|"
    r"дата публикации|дата выпуска|publication date|release date|date of issue)\s*:?$",
    re.I,
)


def _date_field(tree: HtmlElement) -> datetime | None:
    """The day a definition list outside the menus gives under a date term: a stated
    field, read before htmldate's guess, which may take a sidebar list's newer day."""
    for dt in tree.iter("dt"):
        if not _DATE_TERM.match(" ".join(dt.text_content().split())) or _in_chrome(dt):
            continue
        dd = _element_sibling(dt)
        text = " ".join(dd.text_content().split()) if dd is not None and dd.tag == "dd" else ""
        hits = find_dates(text) if len(text) <= 40 else []
        if len(hits) == 1 and hits[0].has_year:
            return hits[0].value
    for label in tree.iter("strong", "b"):
        # "<p><strong>Erscheinungsdatum</strong> 26.11.2025</p>": the field as a bold label
        # and its value in one paragraph
        parent = label.getparent()
        if parent is None or parent.tag not in ("p", "div", "li") or parent.text:
            continue
        if not _DATE_TERM.match(" ".join(label.text_content().split())) or _in_chrome(label):
            continue
        text = " ".join((label.tail or "").split())
        hits = find_dates(text) if len(text) <= 40 else []
        if len(hits) == 1 and hits[0].has_year and len(text) - (hits[0].end - hits[0].start) <= 4:
            return hits[0].value
    return None


# A release's issuer field: "<dt>From:</dt><dd>Example Agency</dd>" (a government portal
# carrying its departments' releases), "Issued by:", "Absender:". (A publisher's field,
# "Herausgeber:", names a newspaper's company or editor as often: no issuer.)
_ISSUER_TERM = re.compile(
    r"^(?:from|issued by|issuer|absender|ausgegeben von|от кого|отправитель)\s*:?$",
    re.I,
)


def _issuer_field(tree: HtmlElement) -> str:
    """The organisation a definition list outside the menus names under an issuer term
    (its first, where it lists several): the release's source, not the portal carrying it."""
    for dt in tree.iter("dt"):
        if not _ISSUER_TERM.match(" ".join(dt.text_content().split())) or _in_chrome(dt):
            continue
        dd = _element_sibling(dt)
        if dd is None or dd.tag != "dd":
            continue
        first = next(dd.iter("a"), dd)
        name = " ".join(first.text_content().split())
        if 1 <= len(name.split()) <= 8 and name[:1].isupper() and not find_dates(name):
            return name
    return ""


def _shown_org_author(tree: HtmlElement, name: str) -> str:
    """The JSON-LD author organisation ("AFP") when an element outside menus shows it
    alone (the byline's credit): a credit the reader sees, not the CMS's default."""
    if not name or len(name) > 40:
        return ""
    for el in tree.iter("span", "div", "p", "a", "strong", "b"):
        if (el.text or "").strip() == name and not _in_chrome(el):
            return name
    return ""


def _footer_texts(tree: HtmlElement) -> list[str]:
    """The text of each of the page's footers, spaces tidied: its <footer> elements, else
    a block of the body's own classed or named so ("<div class='footer'>", "id='foot'")."""
    footers = list(tree.iter("footer"))
    if not footers and (body := tree.find("body")) is not None:
        footers = [el for el in body.iterchildren("div") if _FOOTER_BLOCK.search(_named(el))]
    return [" ".join(f.text_content().split()) for f in footers]


_FOOTER_BLOCK = re.compile(r"(?:^|[\s_-])(?:site-?)?foot(?:er)?(?:$|[\s_-])", re.I)


def _named(el: HtmlElement) -> str:
    """An element's class and id, for a pattern that reads either."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _footer_owners(texts: list[str], tree: HtmlElement) -> list[str]:
    """The owners the page's footers (their `texts`) name in a copyright notice."""
    owners = [o for o in map(copyright_owner, texts) if o]
    if owners and any(_GLUED_END.search(o) for o in owners):
        # "<p>© 2025 Example Body</p><p>350000, Street 1</p>": the notice's paragraph
        # runs into the address in the footer's text; its own paragraph ends the name
        blocks = (
            " ".join(p.text_content().split()) for f in tree.iter("footer") for p in f.iter("p")
        )
        alone = [o for o in map(copyright_owner, blocks) if o]
        owners = [next((a for a in alone if o.startswith(a)), o) for o in owners]
    return owners


_GLUED_END = re.compile(r"[^\W\d]\d+$")


def _stated_latin_name(
    meta: PageMeta, owners: Callable[[], list[str]], logo_images: list[str]
) -> str:
    """The outlet's Latin name stated twice by the page, as its JSON-LD publisher and as the
    owner of the footer's copyright notice ("RBC-Example" under the logo "РБК-Пример") or as
    the alt text of the logo's picture ('<img alt="Example Time">Пример Времени'), or '':
    the name the outlet chose, often translated, which no transliteration finds."""
    name = meta.ld_publisher.strip()
    if not name or has_cyrillic(name) or is_company_name(name):
        return ""
    if name.lower() in {a.lower() for a in logo_images}:
        return name
    return name if name.lower() in {o.lower() for o in owners()} else ""


def _portal_owner(
    meta: PageMeta, anchor: HtmlElement | None, footer_owners: Callable[[], list[str]]
) -> str:
    """The public body that owns the page, when its logo's whole text or the <title> calls
    the site its official portal (see official_portal_owner); the footers are read only
    then."""
    logo = " ".join(" ".join(anchor.itertext()).split()) if anchor is not None else ""
    return official_portal_owner([logo, meta.html_title], footer_owners)


def _stale_meta_date(tree: HtmlElement, meta: PageMeta) -> datetime | None:
    """The stamp printed under the page's <h1> when the metadata describes another story:
    its stated headline (og:title) shares under half its words with the <h1> and its
    publication day is not the printed one (a template reused from an older article keeps
    that article's og:title and article:published_time); else None."""
    if meta.published is None or not meta.title:
        return None
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return None
    shown = " ".join(" ".join(h1s[0].itertext()).split())
    if not shown or _overlap(meta.title, shown) >= 0.5:
        return None
    printed = _date_under(h1s[0])
    if printed is None or printed.date() == meta.published.date():
        return None
    return printed


def _drop_scripts(tree: HtmlElement) -> None:
    """Remove the scripts and style sheets (their tails kept, as trafilatura removes them),
    JSON-LD apart: code is most of a news page's text, and each trafilatura pass copied and
    walked it before dropping it; our own readers want the page's words, not its code."""
    for el in list(tree.iter("script", "style")):
        if el.get("type") != "application/ld+json":
            el.drop_tree()


def _logo_link_texts(links: list[HtmlElement]) -> set[str]:
    """The texts of the links classed as a logo, in lower case."""
    return {" ".join(a.text_content().split()).lower() for a in links}


def _outlet_of_group(
    html_title: str,
    headline: str,
    site: str,
    footer_owners: Callable[[], list[str]],
    masthead: Callable[[], set[str]] = set,
) -> str:
    """The outlet that the <title>'s suffix and the footer's copyright notice both name
    when og:site_name names another, which the <title> does not print ("… | Example Post"
    and "© Example Post 2025" under og:site_name "Example Media Group"): the group that owns
    the outlet states its own name there; '' otherwise."""
    shown = site_from_title(html_title, headline)
    if not shown or shown.lower() == site.lower() or site.lower() in html_title.lower():
        return ""
    owners = {o.lower(): o for o in footer_owners()}
    if shown.lower() in owners:
        return shown
    if has_cyrillic(shown) and (latin := owners.get(latin_name(shown).lower())):
        return latin  # "… - 72.ру" under "© 2025 72.ru": the notice's Latin spelling
    if is_short_form(shown, site):
        return ""  # "… | EZ" under og:site_name "Example Zeitung": its initials, no other name
    # the header letters it as the masthead ("<div class='logo'>Example Democrat</div>",
    # "<header>Example <nav>…"): the local title of a group that names itself in og:site_name
    return shown if shown.lower() in masthead() else ""


def _masthead_names(tree: HtmlElement, anchor: HtmlElement | None) -> set[str]:
    """The names the page's header letters as its masthead, in lower case: the logo link's
    name, a logo block's name, and the text that opens the first <header> before its menu."""
    names = {_logo_name(anchor)} if anchor is not None else set()
    names.add(_logo_block_name(tree))
    header = next(tree.iter("header"), None)
    if header is not None and header.text:
        names.add(" ".join(header.text.split()))
    return {n.lower() for n in names if n}


# The texts of the page's body outside its scripts and footers (a footer's notice may name
# a sister title or the group).
_SHOWN_TEXTS = etree.XPath("//body//text()[not(ancestor::script) and not(ancestor::footer)]")


def _unprinted_publisher(tree: HtmlElement, meta: PageMeta, site: str) -> bool:
    """Whether the JSON-LD publisher taken as the site (`site`) is printed nowhere on the
    page while og:site_name names an outlet (no address) whose name the page prints ("Jane
    Doe, Example Republic" under og:site_name "The Example Republic" and the publisher
    "Examplecorp"): the owning company states itself there, the outlet in og:site_name."""
    brand = " ".join(meta.og_site_name.split())
    if not brand or "." in brand or site != meta.ld_publisher or brand.lower() == site.lower():
        return False
    if site.lower() in meta.html_title.lower():
        return False
    shown = " ".join(" ".join(map(str, _SHOWN_TEXTS(tree))).split()).lower()
    core = re.sub(r"^(?:the|die|der|das)\s+", "", brand.lower())
    return site.lower() not in shown and core in shown


def _brand_over_publisher(
    meta: PageMeta,
    site: str,
    logos: set[str],
    owners: set[str] = frozenset(),
    notices: Callable[[], list[str]] = list,
) -> bool:
    """Whether og:site_name, not the JSON-LD name taken over it, is the site: a logo link
    or the footer's notice reads it and the <title> ends in it, where the other name is
    printed in neither (a domain slug, "fr.de", is no brand)."""
    brand = meta.og_site_name.strip().lower()
    if not brand or "." in brand or not site or brand == site.lower():
        return False
    title = meta.html_title.strip().lower()
    # the footer's "© Example Allgemeine" reads it where no logo links home, the <title>
    # ending in it; or the footer's notice names the JSON-LD publisher as a firm ("© 2025
    # Example World Publishing Ltd."), the group that owns the outlet the <title> ends in
    # (a notice of the publisher's own title, "© Example Zeitung", keeps it)
    if brand not in logos and not (
        title.endswith(brand) and (brand in owners or _firm_in_notice(site, owners, notices))
    ):
        return False
    # the other name a word of the <title> ("ZDF" in "… - ZDFheute" is only its prefix)
    if re.search(rf"(?<!\w){re.escape(site.lower())}(?!\w)", title) or site.lower() in logos:
        return False
    # a <title> of the headline alone: the logo picture and the footer's notice name the
    # brand ("© 2025 Example Zeitung"; "© Пример" for the logo "Primer"), the publisher
    # being the group that owns it
    latin = has_cyrillic(site) and not has_cyrillic(brand)  # the outlet's own Latin name
    return title.endswith(brand) or (bool(owners) and (brand in owners or latin))


def _firm_in_notice(site: str, owners: set[str], notices: Callable[[], list[str]]) -> bool:
    """Whether the footer's copyright notice names `site` (the JSON-LD publisher) as a
    company ("© 2025 Example World Publishing Ltd.", which copyright_owner reads as
    "Example World"): the group behind the outlet, not the outlet."""
    if site.lower() not in owners:
        return False
    pattern = re.compile(rf"{re.escape(site)}[^·|©\n]{{0,40}}", re.IGNORECASE)
    return any((m := pattern.search(t)) and is_company_name(m[0]) for t in notices())


def extract_from_tree(tree: HtmlElement, name: str, ctx: Context, part: int = 0) -> Item:
    """One article from a parsed page (trafilatura copies the tree before cleaning it)."""
    meta = page_meta(tree)
    unframe_layout_tables(tree)  # a grid of feed and article columns is no data table
    published = (
        _stale_meta_date(tree, meta)
        or meta.published
        or _date_under_h1(tree)
        or _date_over_h1(tree, meta.title)
        or _date_field(tree)
        or _timed(_fallback_date(tree), tree)  # htmldate reads the scripts too
    )
    if published is not None and _midnight(published):
        published = _timed(published, tree)  # a release's "Datum" row, then "Uhrzeit 13:40"
    if published is not None and (published.second or _midnight(published)):
        published = _as_printed_by_h1(tree, published)
    if published is not None and published.utcoffset() == timedelta(0):
        # JSON-LD's "13:30:00Z" over the page's "26.11.2025, 14:30 Uhr": the page's clock
        published = (
            _printed_clock(tree, published)
            or outlet_clock(published, _shown_days(tree, published), meta.url)
            or published
        )
    _drop_scripts(tree)
    prepare_tree(tree)
    # short or menu-like: trafilatura compares with its fallback extractors
    text = main_text(tree, _options, _weak)
    stated = _stated_body(meta.body)
    if len(stated) > 1.5 * len(text) + 200:
        text = stated  # the extractor caught a caption or a teaser; the publisher's copy
    text = drop_summary(tree, text)
    text = _paragraphs_over_headline(tree, text)
    if meta.entry is not None:
        text = _through_entry(text, meta.entry)
    if len(text.strip()) < MIN_TEXT:
        raise ExtractionError(
            "the page has no article text (a cookie wall, login page or index page?)"
        )
    site = without_motto(meta.site_name)
    brand = meta.og_site_name.strip()
    # the tree no longer changes: its logo links are read once, its footers once when
    # first wanted
    anchor, logo_images, logo_links = _logo_links(tree)
    footer_texts = cache(partial(_footer_texts, tree))
    footer_owners = cache(lambda: _footer_owners(footer_texts(), tree))
    if (
        brand
        and site
        and brand.lower() != site.lower()
        and _brand_over_publisher(
            meta,
            site,
            _logo_link_texts(logo_links) | {a.lower() for a in logo_images},
            {o.lower() for o in footer_owners()},
            footer_texts,
        )
    ):
        # JSON-LD's publisher "Deister- und Weserzeitung" beside og:site_name "Dewezet", which
        # the logo and the <title> print: the page's brand is its name, the other the firm's
        site = meta.og_site_name
    elif _unprinted_publisher(tree, meta, site):
        site = meta.og_site_name
    if site.startswith("http") or not site:
        site = (urlsplit(meta.url).hostname or "").removeprefix("www.") if meta.url else ""
    title = headline(tree, meta.title or meta.html_title, site, meta.html_title)
    logo = _logo_name(anchor) if anchor is not None else ""  # the header's logo: the
    # site's name where nothing states it
    generic = not meta.title and (
        title == meta.html_title or _site_then_label(meta.html_title, title)
    )
    titled = _site_titled_h1(tree, title) if generic else ("", "")
    home = ""
    if titled[0]:
        # the <title> is the site's name (printed again in its header or footer); the
        # page's one long <h1> is the headline
        title, site = titled[0], site or titled[1]
    elif not meta.title and (trail := _trail_titled_h1(tree, meta.html_title))[0]:
        title, home = trail  # the <title> is the page's breadcrumb, its home crumb the site
    elif not meta.title and (h1 := _generic_titled_h1(tree, title)):
        title = h1
    elif not meta.title and (h2el := _h2_heading(tree, title, logo)) is not None:
        h2 = " ".join(" ".join(h2el.itertext()).split())
        # the generic <title> ("Новости Краснодара") names the site, unless the header's
        # logo does and the page names itself so again ("Корреспондент 93.RU"); a title
        # that spells the logo out ("Trierischer Volksfreund" over "volksfreund.de") stays
        spelled = logo.lower().split(".")[0] in title.lower()  # "volksfreund.de" in full
        named = logo and not spelled and _named_again(tree, logo)
        # a <title> that opens with the headline names the site after it ("Headline -
        # Site - motto, keywords"), never with itself
        opened = _squash(title).startswith(_squash(h2)) and len(title) > len(h2)
        own = site_from_title(title, h2) if opened else title
        title, site = h2, site or (logo if named else own)
        if meta.published is None:
            # the stamp under the <h2> headline ("21. November 2025 um 15:30 Uhr")
            published = _date_under(h2el) or published
    if not site:  # (og:title beside a <title> of "Site - Desk - Headline" too)
        site = _site_first_in_title(tree, meta.html_title, title, logo_images)
    if site and site == meta.publisher:
        # the owning company ("Example Media AG") names the site only when the page names no
        # outlet: the <title>'s suffix or the header's logo does
        site = site_from_title(meta.html_title, title) or logo or site
    site = spelled_as_in_title(site, meta.html_title) or site_from_title(meta.html_title, title)
    site = site if meta.site_name else (home or site)
    if meta.og_site_name and site == meta.og_site_name:
        masthead = cache(partial(_masthead_names, tree, anchor))
        site = _outlet_of_group(meta.html_title, title, site, footer_owners, masthead) or site
    if not meta.site_name or _raw_domain(site):
        # a stated og:site_name ("Znak.com") is the site's own spelling, a bare domain in
        # small letters ("example.ch") only its address
        site = _logo_site(site, logo)
        if _may_differ_in_notice(site):
            site = _as_in_notice(site, footer_owners())  # "ExampleNow", "© Example Now"
        if site.isupper() and (domain := _domain_of_logo(site, footer_owners())):
            site = domain
        site = _host_as_logo(site, logo_images)  # "newsru.co.il" → "NEWSru.co.il"
        # a logo lettered in small letters ("example") under a <title> that spells the name
        # for readers ("… | Example"): the lettering is the logo's style, not the name's
        site = spelled_as_in_title(site, meta.html_title)
    if not site:
        site = _logo_block_name(tree)  # "<div class='logoText'>…<strong>Ministry of …"
        # or a print view's logo picture linked nowhere ("<img src='logo_print.png' alt=…>")
        site = site or _logo_picture_over_h1(tree)
        if _may_differ_in_notice(site):
            site = _as_in_notice(site, footer_owners())
        site = title_spelling_of_capitals(site, meta.html_title)  # "ПРИМЕР" in "Пример — …"
    if own := _logo_and_copyright(site, logo, meta.url, logo_images, footer_owners):
        site = own  # og:site_name "THISDAYLIVE" under the logo and "© 2025 THISDAY"
    if not site and (owners := footer_owners()):
        # nothing states the site and no logo links home (a bare <title>, no og:url): the
        # footer's "© 2025 «Example»" names the outlet
        site = owners[0]
    if brand := printed_without_country(site, [logo, *logo_images]):
        site = brand  # og:site_name "Exampleday NG" under the logo "ExampleDay"
    elif brand := edition_brand(site, logo, footer_texts()):
        site = brand  # og:site_name "Example Deutschland" under "© Example 2025"
    elif brand := brand_without_kind(site, logo, meta.html_title):
        site = brand  # og:site_name "Example Newspapers" under the logo "Example"
    elif site.lower().endswith("online") and (
        brand := paper_of_online_edition(site, logo or _logo_block_name(tree), meta.html_title)
    ):
        site = brand  # og:site_name "Example Online" under the logo "Daily Example"
    if issuer := _issuer_field(tree):
        site = issuer  # a portal's release page: "From: Example Agency" names its issuer
    elif owner := _portal_owner(meta, anchor, footer_owners):
        site = owner  # "Example.ru — Официальный портал" of "© Администрация города Example"
    elif has_cyrillic(site) and (brand := own_latin_brand(site, footer_owners())):
        site = brand  # "© Novaya Gazeta Europe" under the logo "Новая газета Европа"
    elif has_cyrillic(site) and (brand := printed_latin_spelling(site, logo_images)):
        site = brand  # the logo's image reads "PortNews" on a page titled "… - ПортНьюс"
    elif has_cyrillic(site) and (brand := _stated_latin_name(meta, footer_owners, logo_images)):
        site = brand  # JSON-LD and "© RBC-Example" (or the logo's picture) name "РБК-Пример"
    elif brand := latin_host_of(site, logo, footer_texts()):
        site = brand  # the logo "EXAMPLE.RU" and "© Example.ru" over "Пример и Капитал"
    if has_cyrillic(site) and (host := _own_host(tree, site, meta.url)):
        # "Еврорадио" on euroradio.fm, the gazetteer's 'Euroradio': the address's spelling
        site = host_spelled_outlet_name(site, host) or site
    if " / " in site and (joint := joint_masthead_name(site)):
        site = joint  # the logo "Example Nachrichten / Example Zeitung": one listed outlet
    provider = meta.provider
    if provider and provider.lower() != site.lower() and not is_company_name(provider):
        # an aggregator's page ("Yahoo News") states the outlet that wrote the story as
        # its provider: the story's source, the aggregator only carries it
        site = provider
    # the metadata's list of writers as the byline prints it ("Jane Doe and John Roe")
    author = printed_names(meta.author, _byline_texts(tree, meta.author))
    if author and site and author.lower() in site.lower():
        # the publisher named as author is no byline; the one printed under the headline
        # may still name the writer ("By Jane Doe" under meta author "Example Daily")
        author = ""
    if not author and not meta.credit:
        author = _byline_under_h1(tree)  # an unclassed meta row the text extractor left out
    if not author and not meta.credit:
        author = _byline_under_text(tree)  # a print view's "Автор: Name" at the foot
    if author and site and author.lower() in site.lower():
        author = ""  # the publisher named as author is not a byline
    elif author and _outlet_initials(author, meta, title, tree):
        author = ""  # meta author "EN" on a page titled "… | EN" under "Example News"
    # an agency named as the only byline ("APA"): the text is the agency's copy
    credit = meta.credit or _shown_org_author(tree, meta.org_author)
    if author and not credit and profile_named(author, ctx.profiles):
        credit, author = author, ""  # "By Example Agency" under the headline: no writer
    elif not author and not credit:
        credit = _credit_under_h1(tree)  # "Von dpa · …", which names no person
    agency = profile_named(credit, ctx.profiles) if credit and not author else None
    if agency is None and author and meta.wire:
        # "Von Jane Doe, dpa": the reporter's name on an agency's copy (a profile's agency
        # only: an outlet's own initials may follow a name too)
        agency = profile_named(meta.wire, ctx.profiles)
    hints = Hints(
        source=agency.name if agency else "",
        title=title,
        lead=find_lead(tree, meta.description, text) or bold_standfirst(tree),
        dateline=bold_dateline(tree, text),
        byline_place=meta.byline_place,
        url=meta.url,
        author=author,
        published=published,
        section=meta.section or _desk_over_h1(tree),
        fallback_source=site,
        stated_language=meta.language,
    )
    return from_text(text, ctx, origin=name, part=part, hints=hints)


_HOLDS_NAME = etree.XPath("//body//text()[contains(., $first)]")
_BYLINE_CHARS = 200  # a byline's element: the names, a role or the outlet, no paragraph


def _byline_texts(tree: HtmlElement, author: str) -> list[str]:
    """The texts of the short elements (up to three levels over the first name's text)
    that hold the first and the last of the metadata's writers ("Jane Doe, John Roe"):
    where the page prints its byline."""
    names = author.split(", ")
    if len(names) < 2:
        return []
    texts = []
    for node in _HOLDS_NAME(tree, first=names[0])[:10]:
        el = node.getparent()
        for _ in range(3):
            if el is None:
                break
            shown = " ".join(el.text_content().split())
            if len(shown) > _BYLINE_CHARS:
                break
            if names[-1] in shown:
                texts.append(shown)
                break
            el = el.getparent()
    return texts


def extract_html(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One article from a saved web page."""
    return [extract_from_tree(parse_page(data), name, ctx)]
