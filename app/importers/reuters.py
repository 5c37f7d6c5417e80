"""Reuters-21578 SGML (``reut2-000.sgm`` …): one article per ``<REUTERS>`` story.

A file holds up to 1,000 stories with no root element, a DOCTYPE naming an SGML DTD and
control characters written as ``&#2;``/``&#3;``, so it is not XML; lxml's recovering
parser reads it when it is given a root, and a pull parser hands over one story at a
time, each dropped once read, so memory stays flat whatever the file's size. The fields
come from the elements (TITLE, DATE, DATELINE, BODY; TOPICS and PLACES become tags),
not from the text heuristics: the markup already says what each part is. Every story is
Reuters' own (the collection is its 1987 newswire), signed off or not. A story that
has no text, or was not closed before the next one began, fails alone with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from lxml import etree

from app.importers.agency import normalise_place
from app.importers.base import Context, Item, finish
from app.importers.casing import cased_title
from app.importers.joined import joined_documents, refusal
from app.importers.language import detect_language
from app.model import Article, ExtractionError, ExtractionFailure

#: tag prefixes for the two category fields kept (PEOPLE, ORGS, EXCHANGES are sparse codes)
TAG_FIELDS = (("TOPICS", "Topics"), ("PLACES", "Places"))
SOURCE = "Reuters"

_CHUNK = 1 << 16
_DOCTYPE = re.compile(rb"\A\s*<!DOCTYPE[^>]*>", re.IGNORECASE)
#: references to control characters (&#2; opens a story's text, &#3; ends it): not legal
#: in XML, and once libxml2 has recovered from one it stops resolving &lt; and &amp;
_CONTROL_REF = re.compile(
    rb"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|[xX]0*(?:[0-8bBcCeEfF]|1[\da-fA-F]));"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: the wire's sign-off closing a body: "Reuter", "REUTER" (the story's credit)
_SIGNOFF = re.compile(r"\s*\bREUTERS?\s*\Z", re.IGNORECASE)
#: "26-FEB-1987 15:01:01.79", now and then with noise after it
_DATE = re.compile(r"(\d{1,2}-[A-Za-z]{3}-\d{4})\s+(\d{1,2}:\d{2}:\d{2})")
#: "    SALVADOR, Feb 26 - ": the place before the month and day.
# "PORTLAND, Ore., Feb 26 - ", "RIO DE JANEIRO, March 18 - ", "AMSTERDAM, 2 March -": the
# place, then the day by the month's short or full name, as typed ('MArch 2', 'feb 26');
# some datelines run on into the text
_DATELINE = re.compile(
    r"^[\s*]*(?P<place>.*?)\s*,?\s*(?:[A-Za-z]{3,9}\.?\s*\d{1,3}|\d{1,2}\s+[A-Za-z]{3,9})\b"
    r"(?:,\s*Reuters?)?\s*,?\s*(?:-.*)?$",
    re.S,
)


def extract_reuters(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Every story of the file, in file order; broken or empty ones as failures."""
    items: list[Item] = []
    for part, story in enumerate(_stories(data)):
        ident = story.get("NEWID") or str(part + 1)
        origin = f"{name}#{ident}"
        try:
            items.append(_article(story, origin, part))
        except ExtractionError as exc:
            items.append(ExtractionFailure(origin, f"story {ident}: {exc}"))
    if not items:
        if joined := joined_documents(data.decode("latin-1")):
            raise ExtractionError(refusal(*joined))
        raise ExtractionError(
            "an SGML file without Reuters-21578 stories (<REUTERS> elements), "
            "the only SGML Clippings reads"
        )
    return items


def _stories(data: bytes) -> Iterator[etree._Element]:
    """The ``<REUTERS>`` elements as the parser closes them; each is cleared after use."""
    parser = etree.XMLPullParser(
        events=("end",), tag="REUTERS", recover=True, resolve_entities=False, no_network=True
    )
    # Latin-1: the files are ASCII but for a stray byte (0xFC in reut2-017.sgm)
    parser.feed(b'<?xml version="1.0" encoding="ISO-8859-1"?><SGML>')
    body = _CONTROL_REF.sub(b"", _DOCTYPE.sub(b"", data, count=1))
    for start in range(0, len(body), _CHUNK):
        parser.feed(body[start : start + _CHUNK])
        yield from _finished(parser)
    parser.feed(b"</SGML>")
    yield from _finished(parser)
    parser.close()


def _finished(parser: etree.XMLPullParser) -> Iterator[etree._Element]:
    for _event, story in parser.read_events():
        yield story
        parent = story.getparent()
        story.clear()
        if parent is not None and parent.tag == "SGML":  # not a story inside an unclosed one
            while story.getprevious() is not None:
                del parent[0]


def _article(story: etree._Element, origin: str, part: int) -> Item:
    if story.find(".//REUTERS") is not None:
        raise ExtractionError("not closed (</REUTERS> missing) before the next story began")
    text = story.find("TEXT")
    title = _clean(story.findtext("TEXT/TITLE") or "")
    body_el = story.find("TEXT/BODY")
    if text is not None and text.get("TYPE", "").upper() == "BRIEF":
        raw = ""  # a one-line item: its text is the headline ("Blah blah blah." fills in)
    elif body_el is not None:
        raw = body_el.text or ""
    else:
        raw = _unprocessed(text)
    raw = _clean(raw)
    body = _paragraphs(_SIGNOFF.sub("", raw))
    if not title and not body:
        raise ExtractionError("no headline and no text")
    title = " ".join(title.split())
    article = Article(
        # a shouted headline in the case its words have in the text; a brief has none
        title=cased_title(title, body) if body else title,
        body=body,
        source=SOURCE,  # the collection is Reuters' wire: a story without its sign-off too
        published=_date(story.findtext("DATE") or ""),
        dateline=_place(story.findtext("TEXT/DATELINE") or ""),
        author=_softened(_author(story.findtext("TEXT/AUTHOR") or "")),
        language=detect_language(body or title, default="en"),
    )
    tags = [
        f"{prefix}/{code}"
        for field, prefix in TAG_FIELDS
        for code in (" ".join((d.text or "").split()) for d in story.iterfind(f"{field}/D"))
        if code
    ]
    return finish(article, origin, part, tags)


def _unprocessed(text: etree._Element | None) -> str:
    """TYPE="UNPROC" stories: the text stands in <TEXT> itself, around its other fields."""
    if text is None:
        return ""
    parts = [text.text or ""]
    parts += [child.tail or "" for child in text]
    return "".join(parts)


def _clean(value: str) -> str:
    return _CONTROL.sub("", value).strip()


def _paragraphs(text: str) -> str:
    """The wire's 70-column lines joined; an indented or blank line opens a paragraph
    (that is how the wire marks them, and how its table rows stand one a line)."""
    paragraphs: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
            continue
        if not paragraphs or line[:1].isspace():
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _date(value: str) -> datetime | None:
    found = _DATE.search(value)
    if found is None:
        return None
    try:
        return datetime.strptime(" ".join(found.groups()), "%d-%b-%Y %H:%M:%S")
    except ValueError:
        return None


def _place(value: str) -> str:
    """ "    PORTLAND, Ore., Feb 26 - " → "Portland, Ore.": the place, its capitals softened
    the way other datelines are stored."""
    found = _DATELINE.match(_clean(value))
    place = (found.group("place") if found else _clean(value)).strip(" ,-*")
    # each run of words in capitals as agency datelines are: "RIO DE JANEIRO" → "Rio de
    # Janeiro" (its particles small); "N.Y." and words in normal case stay
    return _CAPITAL_RUN.sub(lambda m: normalise_place(m.group()), place)


_CAPITAL_RUN = re.compile(r"\b[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]*)*\b")


def _softened(value: str) -> str:
    """Words in capitals capitalised ("NEW YORK" → "New York"; "N.Y." stays)."""
    return re.sub(r"\b[A-Z][A-Z'-]+\b", lambda m: m.group().capitalize(), value)


def _author(value: str) -> str:
    """ "    By Jane Doe, Reuters" → "Jane Doe"."""
    name = re.sub(r"^\s*by\s+", "", _clean(value), flags=re.IGNORECASE)
    return re.sub(r",?\s*Reuters?\b.*$", "", name, flags=re.IGNORECASE | re.S).strip(" ,")
