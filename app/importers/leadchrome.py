"""Elements classed as a standfirst ("intro", "sub", "standfirst") that are page chrome.

A class word is a weak sign: "footer-sub-nav" and "topnavigation__sub" hold menus, a
newsletter box has its own "standfirst", an intro block holds the picture's caption or the
byline and the stamp beside the standfirst. These tests tell such blocks from the lead, and
find the standfirst inside a block that holds more.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml.html import HtmlElement

_LINK_SHARE = 0.5  # of the text in links: a menu or a list of teasers, not a paragraph
_BOX_TEXT = 800  # characters: a signup box holds its pitch and its form, no article
_BOX_LEVELS = 3  # ancestors of the pitch up to the box around it and its form
_META_PROPS = frozenset({"author", "datepublished", "datemodified", "creator"})
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|autor|metadata)(?:$|[\s_-])", re.I)


def _shown(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def is_link_list(el: HtmlElement) -> bool:
    """A menu or a list of links (most of its text in links, or a <nav> inside): the
    header's or the footer's navigation under a class with "sub" or "intro" in it. A list
    without links may be the standfirst's points ("<h2 class='sub-headline'><ul><li>…")."""
    if next(el.iterdescendants("nav"), None) is not None:
        return True
    text = len("".join(_shown(el).split()))
    linked = sum(len("".join(_shown(a).split())) for a in el.iterdescendants("a"))
    return text > 0 and linked >= _LINK_SHARE * text


def holds_meta_row(el: HtmlElement) -> bool:
    """Whether the block holds the byline or the stamp ("Von Jane Doe · 19. Oktober 2019"):
    a meta row, or an intro block around the standfirst and its credits."""
    for d in el.iterdescendants():
        if not isinstance(d.tag, str):
            continue
        if d.tag == "time" or (d.get("itemprop") or "").lower() in _META_PROPS:
            return True
        if _BYLINE_CLASS.search(d.get("class") or ""):
            return True
    return False


def in_signup_box(el: HtmlElement) -> bool:
    """Whether the element pitches the form beside it (a newsletter's "An essential
    round-up … delivered to your inbox"): a small block around both holds a form.
    Read from the nearest block with a form: the blocks under it are smaller (their
    words are its words), so it alone tells whether one of them was too big; most leads
    have no form near them, and the blocks' text (the whole article's, up there) need
    not be measured."""
    boxes = islice(el.iterancestors(), _BOX_LEVELS)
    formed = next(
        (b for b in boxes if next(b.iterdescendants("form", "input"), None) is not None), None
    )
    if formed is None:
        return False
    text = formed.text_content()
    # its text squeezed, past the limit already in its first part (mostly): a part's
    # squeezed text begins the whole's
    return all(len(" ".join(part.split())) <= _BOX_TEXT for part in (text[: 4 * _BOX_TEXT], text))
