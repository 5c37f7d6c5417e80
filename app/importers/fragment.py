"""What a browser selection's HTML fragment keeps and its text flavour loses.

A paste is read from its text (``clipboard_flavours``), but the text drops the logo (an
image), the markup of the headline and the classes of the page: the fragment still holds
the logo as ``<a href="https://site/"><img alt="Outlet"></a>``, the headline as the one
``<h1>``, a kicker in its ``class="kicker"`` and the site header apart from the article.
``complete_from_fragment`` corrects the article read from the text with that evidence; the
clipboard reader and the archive's paste both call it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from app.importers.profiles import Profile, default_profiles
from app.model import Article, Extracted, ExtractionFailure

# A link to the site's root: "https://www.example.com", "https://example.com/", "/".
_ROOT_HREF = re.compile(r"^(?:https?://[^/\s]+)?/?(?:index\.\w+)?$", re.IGNORECASE)
# An image's alt text around the name: "Logo Example", "Example logo", "Example – Startseite".
_LOGO_WORDS = re.compile(
    r"^(?:logo|логотип)\s+(?:(?:of|von|der|des)\s+)?|\s*[-–—|:]?\s*\b(?:logo|логотип|startseite|"
    r"homepage|home|главная(?: страница)?)$",
    re.IGNORECASE,
)
_GENERIC_ALT = re.compile(
    r"^(?:logo|home|startseite|homepage|главная|image|bild|foto|photo)?$", re.I
)
# The class of a kicker over the headline ("Dachzeile", "topline", "overline", "eyebrow").
_KICKER_CLASS = re.compile(r"kicker|dachzeile|topline|overline|eyebrow|roofline|spitzmarke", re.I)


@dataclass(frozen=True)
class Fragment:
    """The evidence one HTML fragment holds."""

    logo: str = ""  # the site's name from its logo image's alt text
    headline: str = ""  # the text of the fragment's only <h1>
    kickers: tuple[str, ...] = ()  # texts classed as kickers
    header: str = ""  # the text of the site header (a <header> outside the article)


def read_fragment(markup: str) -> Fragment:
    """The logo, headline, kickers and site header of a clipboard HTML fragment."""
    try:
        tree = lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return Fragment()
    h1s = [_text(h) for h in tree.iter("h1")]
    kickers = tuple(
        _text(e)
        for e in tree.iter()
        if isinstance(e.tag, str) and _KICKER_CLASS.search(e.get("class") or "")
    )
    headers = [
        _text(h)
        for h in tree.iter("header")
        if not any(p.tag in ("article", "main") for p in h.iterancestors())
    ]
    return Fragment(
        logo=_logo(tree),
        headline=h1s[0] if len(h1s) == 1 else "",
        kickers=tuple(k for k in kickers if k),
        header=" ".join(headers),
    )


def _text(element: etree._Element) -> str:
    return " ".join(element.text_content().split())


def _logo(tree: etree._Element) -> str:
    """The alt text of an image that is a link to the site's root, outside menus and
    footers: the logo, which names the outlet ("The Scotsman")."""
    for a in tree.iter("a"):
        if not _ROOT_HREF.match((a.get("href") or "").strip()):
            continue
        if any(p.tag in ("nav", "footer", "li", "article") for p in a.iterancestors()):
            continue
        if _text(a):
            continue  # a text link ("Home"), not an image
        for img in a.iter("img"):
            name = _LOGO_WORDS.sub("", " ".join((img.get("alt") or "").split())).strip()
            if not _GENERIC_ALT.match(name) and len(name.split()) <= 5:
                return name
    return ""


def complete_from_fragment(
    items: list[Extracted | ExtractionFailure],
    markup: str | None,
    profiles: Sequence[Profile] | None = None,
) -> list[Extracted | ExtractionFailure]:
    """The articles read from a paste's text, corrected by its HTML fragment: the logo
    names the site unless the text found a known source (an agency's copy), the one <h1>
    is the headline, a kicker is no section, a place in the site header no dateline.
    A paste of several articles is left as it is."""
    articles = [i for i in items if isinstance(i, Extracted)]
    if not markup or len(articles) != 1:
        return items
    known = default_profiles() if profiles is None else profiles
    _complete(articles[0].article, read_fragment(markup), known)
    return items


def _complete(article: Article, fragment: Fragment, profiles: Iterable[Profile]) -> None:
    if fragment.logo and _logo_names_site(article.source, fragment.logo, profiles):
        article.source = fragment.logo
    headline = fragment.headline
    if (
        len(headline.split()) >= 3
        and headline != fragment.logo
        and headline not in article.title
        and article.title not in headline
    ):
        article.title = headline
    if article.section and article.section in fragment.kickers:
        article.section = ""
    place = article.dateline
    opening = article.body[:60].casefold()
    if place and f"{place}," in fragment.header and place.casefold() not in opening:
        article.dateline = ""


def _logo_names_site(source: str, logo: str, profiles: Iterable[Profile]) -> bool:
    """Whether the logo is a better name than the `source` read from the text: not when
    the text names a known source (an agency's copy on the site), nor when the logo is
    the source's initials or spells it in another script."""
    if not source or source == logo:
        return bool(source != logo)
    known = {a.casefold() for p in profiles for a in (p.name, *p.aliases)}
    if source.casefold() in known:
        return False
    if logo.isupper() and len(logo) <= 5:
        return False  # "RNZ" over the name spelt out
    return _latin(logo) or not _latin(source)


def _latin(name: str) -> bool:
    return not re.search(r"[А-Яа-яЁё]", name)
