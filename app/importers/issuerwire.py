"""A release as an issuer wire sends it (APA-OTS and its kind) and an archive saves it.

Why: an issuer wire prints its slug line over the release ("OTS0123 5 WI 0345 NEF0012
Di, 25.Nov 2025": item number, priority, desk code, word count, partner code, day), then
its keyword line ("Landwirtschaft/Versicherung/Klima/Österreich"), the headline and the
subtitle under "Utl.:" closed by " =". Under the text stand the issuer's contact block
("Rückfragehinweis:" with the issuer's name first), the wire's disclaimer ("*** OHNE
GEWÄHR … ***") and the item number with its time ("OTS0123 2025-11-25/10:45"). The wire
named in the dateline ("Wien (OTS) -") only carried the release: the issuer is the source,
the keywords are no desk, the subtitle is the standfirst and the tail is no text.
"""

from __future__ import annotations

import re

from app.importers.compose import Hints, is_prose
from app.importers.dates import find_dates

_I = re.IGNORECASE
# "OTS0123 5 WI 0345 NEF0012 Di, 25.Nov 2025": item, priority, desk, word count (, partner).
_SLUG = re.compile(r"^[A-Z]{2,5}\d{3,5}\s+\d\s+[A-Z]{2,3}\s+\d{3,5}\b")
# "Landwirtschaft/Versicherung/Klima": topic keywords joined by slashes, no sentence.
_KEYWORDS = re.compile(r"^[^\W\d_][\w.&-]*(?:\s*/\s*[^\W\d_][\w.&-]*(?: [\w.&-]+)?){1,9}$")
# "Utl.: subtitle =": the wire's subtitle label and its end mark.
_SUBTITLE = re.compile(r"^utl\.?\s*:\s*(?P<text>.+?)\s*=?\s*$", _I)
# The contact block, the disclaimer and the closing item number with its time.
_CONTACTS = re.compile(r"^(?:rückfragehinweis|rückfragen|kontakt|contact|inquiries)\s*:?\s*$", _I)
_TAIL = re.compile(r"^(?:\*{3}|[A-Z]{2,5}\d{3,5}\s+\d{4}-\d{2}-\d{2}/\d{1,2}:\d{2}\s*$)")
_TRAILER_TIME = re.compile(
    r"^[A-Z]{2,5}\d{3,5}\s+(?P<when>\d{4}-\d{2}-\d{2})/(?P<clock>\d{1,2}:\d{2})"
)
_CONTACT_DETAIL = re.compile(r"[\d@]|https?:|www\.|^(?:tel|fax|mail|e-mail)\b", _I)


def _issuer(block: list[str], title: str) -> str:
    """The issuer's name in its contact block: the line naming the title's 'Issuer:'
    prefix, else the block's first line with no contact details."""
    names = [ln for ln in block[:6] if not _CONTACT_DETAIL.search(ln) and len(ln.split()) <= 6]
    prefix = title.split(":", 1)[0].strip() if ":" in title else ""
    if prefix and len(prefix.split()) <= 4:
        named = [ln for ln in names if prefix.lower() in ln.lower()]
        return (named or [prefix])[0]
    return names[0] if names else ""


def wire_release_front(lines: list[str], hints: Hints) -> list[str]:
    """The text of an issuer wire's release, with issuer, time, title and subtitle in
    ``hints``; the lines unchanged when they do not open with the wire's slug line."""
    if not lines or not _SLUG.match(lines[0]):
        return lines
    day = hits[0].value if (hits := find_dates(_SLUG.sub("", lines[0]))) else None
    rest = lines[1:]
    if rest and _KEYWORDS.match(rest[0]) and not is_prose(rest[0]):
        rest = rest[1:]  # the keywords: topics for the wire's subscribers, no desk
    if rest and not is_prose(rest[0]) and not _SUBTITLE.match(rest[0]):
        hints.title = hints.title or rest[0]
        rest = rest[1:]
    if rest and (m := _SUBTITLE.match(rest[0])):
        hints.lead = hints.lead or m["text"]
        rest = rest[1:]
    end = next((i for i, ln in enumerate(rest) if _CONTACTS.match(ln) or _TAIL.match(ln)), None)
    tail = rest[end:] if end is not None else []
    rest = rest[:end] if end is not None else rest
    if tail and _CONTACTS.match(tail[0]):
        block = []
        for line in tail[1:]:
            if _TAIL.match(line):
                break
            block.append(line)
        hints.source = hints.source or _issuer(block, hints.title)
    timed = next((m for ln in tail if (m := _TRAILER_TIME.match(ln))), None)
    if timed and (hits := find_dates(f"{timed['when']} {timed['clock']}")):
        day = hits[0].value
    hints.published = hints.published or day
    return rest
