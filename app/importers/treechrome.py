"""Page chrome taken out of the parsed tree before the text extractor reads it.

What a reader never sees as words (an icon font's names, labels for screen readers only)
or sees apart (a kicker's element beside the headline's) would reach the text as words or
run together; an author box under the text is the writer's profile, not the story.
"""

from __future__ import annotations

import re
from itertools import pairwise

from lxml.html import HtmlElement

from app.importers.boilerplate import is_footer, is_teaser

_WORD = re.compile(r"\w+")
# A screen reader's label, hidden on the page ("<span class='invisible srlabel'>zur
# Example Homepage</span>", "sr-only", "visually-hidden", "screen-reader-text").
READER_LABEL_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sr-?only|srlabel|sr-label|visually-?hidden|screen-?reader(?:-text)?|"
    r"invisible|a11y|assistive(?:-text)?)(?:$|[\s_-])",
    re.I,
)


def prepare_tree(tree: HtmlElement) -> None:
    """Take the chrome below out of the tree (in place)."""
    _drop_icon_names(tree)
    _drop_reader_labels(tree)
    _space_heading_parts(tree)
    _drop_author_boxes(tree)
    _drop_dialogs(tree)
    _drop_related_boxes(tree)
    _drop_signup_boxes(tree)
    _drop_ad_boxes(tree)


# An icon font's ligature: the icon's name as text, which the font draws as the picture
# ("<i class='material-icons'>bookmark_border</i>"); a reader sees no word there.
_LIGATURE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_LIGATURE_FONT = re.compile(r"material-(?:icons|symbols)|(?:^|[\s_-])icons?(?:$|[\s_-])", re.I)


def _drop_icon_names(tree: HtmlElement) -> None:
    """Remove the names an icon font draws as pictures ("bookmark_border", "chat_bubble",
    "headset"): the text extractor reads them as words of the options bar or the text.
    A Material font's element names its icon by any word; another icon's only by a name
    in snake case, which no word of a text is."""
    for el in tree.iter("i", "span"):
        cls = el.get("class")
        name = (el.text or "").strip()
        if not cls or not name or _LIGATURE.fullmatch(name) is None:
            continue
        if "material" in cls.lower() or ("_" in name and _LIGATURE_FONT.search(cls)):
            el.text = None


_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|is-hidden|u-hidden)(?:$|\s)", re.I)
_READER_LABEL_WORDS = 4  # a landmark's or a button's label: "Hauptinhalt", "Navigationspfad"


# a word each of the two patterns' matches holds, in small letters
_LABEL_HINT = re.compile("hidden|sr|screen|invisible|a11y|assistive")


def _label_classed(cls: str) -> bool:
    """_HIDDEN_CLASS or READER_LABEL_CLASS finds `cls`; an ASCII class list (nearly all)
    without one of their words is neither, by one scan (lower() is exactly case-insensitive
    there): the two patterns' scans of every element's classes were the cost of the walk."""
    if cls.isascii() and _LABEL_HINT.search(cls.lower()) is None:
        return False
    return bool(_HIDDEN_CLASS.search(cls) or READER_LABEL_CLASS.search(cls))


def _drop_reader_labels(tree: HtmlElement) -> None:
    """Remove the short labels set for screen readers only ("<h2 class='hidden'>
    Hauptinhalt</h2>", "<span class='sr-only'>…</span>") outside links: the text
    extractor reads them as the text's first line."""
    for el in list(tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "span", "p", "div")):
        cls = el.get("class")
        if not cls or not _label_classed(cls):
            continue
        if len(el) or len((el.text or "").split()) > _READER_LABEL_WORDS:
            continue
        if next(el.iterancestors("a"), None) is None:
            el.drop_tree()  # its tail stays; a link's hidden label may be all its name


def _space_heading_parts(tree: HtmlElement) -> None:
    """Set a space between the parts of a heading set in elements of their own (the
    kicker's <span>, a dash hidden from readers, the headline's <span>): with the dash
    dropped, "Kicker" and "Headline" ran together ("ZoonosenWie …") into one word."""
    for heading in tree.iter("h1", "h2", "h3"):
        # the parts with words: a dash between them may go (it is hidden from readers)
        parts = [c for c in heading if isinstance(c.tag, str) and _WORD.search(c.text_content())]
        for part, after in pairwise(parts):
            if part.tail and part.tail.strip():
                continue
            end, start = part.text_content()[-1:], after.text_content().lstrip()[:1]
            if end and not end.isspace() and (start.isupper() or start.isdigit()):
                part.tail = (part.tail or "") + " "


# The label over a box about the writer: "Autor", "Über die Autorin", "About the author",
# "Об авторе".
_AUTHOR_BOX_LABEL = re.compile(
    r"(?:über (?:den|die) )?autor(?:in)?|(?:about )?the author|author|(?:об )?авторе?|автор",
    re.I,
)
_AUTHOR_BOX = (12, 200)  # words: a name and a sentence or two of a profile, no story
_BOX_TAGS = ("div", "section", "aside")


def _drop_author_boxes(tree: HtmlElement) -> None:
    """Remove a box about the writer under its label ("AUTOR" / "Dr. Jane Doe" / "ist
    Partnerin der Kanzlei …"): the profile is no part of the story, and without its label
    and name its sentence reads as the text's last paragraph. A byline row under such a
    label ("Autor: Jane Doe") is too short to be one and stays for the byline's readers."""
    boxes = []
    for el in tree.iter(_BOX_TAGS):
        if (el.text or "").strip():
            continue
        first = next((c for c in el if isinstance(c.tag, str)), None)
        if first is None or len(first) or first.tag == "a":
            continue
        label = " ".join((first.text or "").split()).rstrip(":")
        if not label or _AUTHOR_BOX_LABEL.fullmatch(label) is None:
            continue
        if _AUTHOR_BOX[0] <= len(el.text_content().split()) <= _AUTHOR_BOX[1]:
            boxes.append(el)
    for box in boxes:
        box.drop_tree()


# A dialog's or a toast's role, and a modal's class ("login-modal", "dark-modal", "modal"):
# the page's login, registration and cookie panels and its "Saved!" notices.
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_NOTICE_ROLES = frozenset({"status", "tooltip"})
_MODAL_CLASS = re.compile(r"(?:^|\s)(?:[\w-]*-)?modal(?:$|\s)", re.I)
_NOTICE_WORDS = 30  # a toast's sentence or two; a longer status region may be content


def _drop_dialogs(tree: HtmlElement) -> None:
    """Remove dialogs, modals and notices ("Passwort vergessen?", "Deine Registrierung war
    erfolgreich", "Gemerkt auf Mein X!"): hidden until a reader acts, the text extractor
    reads them as paragraphs. A block holding the page's <h1> stays (an article shown in
    an overlay)."""
    found = [
        el
        for el in tree.iter("div", "section", "article", "aside", "span", "p", "dialog")
        if _dialog(el)
    ]
    for el in found:
        if next(el.iter("h1"), None) is None and el.getparent() is not None:
            el.drop_tree()


def _dialog(el: HtmlElement) -> bool:
    role = (el.get("role") or "").lower()
    if el.tag == "dialog" or role in _DIALOG_ROLES:
        return True
    if role in _NOTICE_ROLES:
        return len(el.text_content().split()) <= _NOTICE_WORDS
    cls = el.get("class")
    return bool(cls) and "modal" in cls.lower() and _MODAL_CLASS.search(cls) is not None


_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div")
_ITEM_TAGS = ("p", "li", "div", "ul", "ol")
_RELATED_ITEMS = 2  # links under the label: one "Read also" link may sit in the text
_LABEL_WORDS = 6


def _drop_related_boxes(tree: HtmlElement) -> None:
    """Remove a box of links to other stories under its label ("Mehr zum Thema" over
    "<p><a>Kicker</a> Headline</p>" a link each, "Related stories", "Материалы по теме"):
    the text extractor drops the label and keeps the headlines as short paragraphs."""
    found = []
    for box in tree.iter("div", "section", "aside"):
        kids = [c for c in box if isinstance(c.tag, str)]
        if len(kids) <= _RELATED_ITEMS or kids[0].tag not in _LABEL_TAGS:
            continue
        label = " ".join(kids[0].text_content().split())
        if not label or len(label.split()) > _LABEL_WORDS:
            continue
        if not (is_teaser(label) or is_footer(label)):
            continue
        if all(k.tag in _ITEM_TAGS and _led_by_link(k) for k in kids[1:]):
            found.append(box)
    for box in found:
        if next(box.iter("h1"), None) is None:
            box.drop_tree()


def _led_by_link(item: HtmlElement) -> bool:
    """Whether an item of the box opens with a link (its headline or its kicker), or is a
    list of such items."""
    if item.tag in ("ul", "ol"):
        lis = [li for li in item if isinstance(li.tag, str)]
        return bool(lis) and all(_led_by_link(li) for li in lis)
    if (item.text or "").strip():
        return False
    first = next((c for c in item if isinstance(c.tag, str)), None)
    return first is not None and (first.tag == "a" or _led_by_link(first))


_SIGNUP_LEVELS = 3  # the field's row, the form, the box around its pitch
_SIGNUP_TEXT = 400  # characters: a pitch, a button's label and a privacy line


def _drop_signup_boxes(tree: HtmlElement) -> None:
    """Remove a newsletter's sign-up box set between the paragraphs ("Get the Example Daily
    newsletter", its pitch, an e-mail field, "By signing up you agree …"): the extractor
    keeps its heading and lines as the text's. The box is the largest short block around
    an e-mail field, up to a few levels (the article's container is long)."""
    found = []
    for field in tree.iter("input"):
        if (field.get("type") or "").lower() != "email":
            continue
        box = None
        for level, up in enumerate(field.iterancestors()):
            if level >= _SIGNUP_LEVELS or up.tag in ("body", "main", "article"):
                break
            if len(" ".join(up.text_content().split())) > _SIGNUP_TEXT:
                break
            box = up
        if box is not None and next(box.iter("h1"), None) is None:
            found.append(box)
    for box in found:
        if box.getparent() is not None:
            box.drop_tree()


# An advertiser's box set between the paragraphs under its label: "Anbieter zum Thema" (a
# trade paper's providers on the topic), "Anzeige", "Advertisement", "Sponsored".
_AD_LABEL = re.compile(
    r"(?:anbieter zum thema|anzeige|werbung|advertisement|sponsored(?: content)?|"
    r"promoted|реклама)",
    re.I,
)
_AD_WORDS = 40  # the label and a line or two of pitch; no article is that short


def _drop_ad_boxes(tree: HtmlElement) -> None:
    """Remove an advertiser's short box under its label among the paragraphs ('Anbieter zum
    Thema' over 'Software for your garage – ask for a demo'): the extractor keeps the label
    and the pitch as lines of the text."""
    found = []
    for box in tree.iter("div", "aside", "section"):
        kids = [c for c in box if isinstance(c.tag, str)]
        if not kids or kids[0].tag not in _LABEL_TAGS or next(box.iter("h1"), None) is not None:
            continue
        label = " ".join(kids[0].text_content().split()).rstrip(":")
        if _AD_LABEL.fullmatch(label) and len(_WORD.findall(box.text_content())) <= _AD_WORDS:
            found.append(box)
    for box in found:
        if box.getparent() is not None:
            box.drop_tree()
