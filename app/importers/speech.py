"""The front of a speech's manuscript: who speaks, for whom, where and when.

A ministry's or company's speech text opens with its letterhead, a label naming the speaker
("Rede von Wirtschaftsminister Jane Roe", "Speech by the Minister John Doe"), the title,
the occasion ("anlässlich der …", "on the occasion of …"), place and day and the embargo
note ("Es gilt das gesprochene Wort.", "Check against delivery"). The speaker is the
author, the letterhead the source, the title the headline; the salutation opens the text.
"""

from __future__ import annotations

import re

from app.importers.compose import Hints, is_prose
from app.importers.dates import STAMP_PARTS, find_dates, year_dates
from app.importers.sitename import name_lines, unshouted

_I = re.IGNORECASE
_SPEAKER = re.compile(
    r"^(?:rede|grußwort|ansprache|festrede|speech|remarks|address|keynote|выступление|"
    r"доклад|приветственное слово)(?!\s+(?:to|at|before|vor|auf|bei|на|перед)\s)"
    r"\s+(?:von|by|of|des|der|from)?\s*"
    r"(?P<who>(?:[\w.-]+\s+){0,4}?[A-ZÄÖÜА-ЯЁ][\w'’-]+\s+[A-ZÄÖÜА-ЯЁ][\w'’-]+)"
    # the speaker's role after a comma: "Remarks by Jane Roe, Governor"
    r"(?:\s*,\s*[^\W\d][^,\d]{1,60})?$",
    _I,
)
_OCCASION = re.compile(
    r"^(?:anlässlich|aus anlass|bei (?:der|dem)|zur|zum|on the occasion of|at the|"
    r"по случаю|на )\b",
    _I,
)
_AS_DELIVERED = re.compile(
    r"^(?:es gilt das gesprochene wort|check against delivery|sperrfrist\b|"
    r"проверять по произнесенному|проверять по произнесённому)",
    _I,
)
_HEAD = 4  # letterhead, label and title stand among the first lines
# A central bank's or a ministry's web speech: the label alone ("Speech"), the title, then
# "Given by Jane Roe, Deputy Governor for …" (the speaker and role), the venue and the day.
_LABEL = re.compile(r"^(?:speech|remarks|keynote|rede|ansprache|выступление|доклад)$", _I)
_GIVEN = re.compile(
    r"^(?:given|delivered|presented|gehalten|speaker|sprecher(?:in)?|выступающий)"
    r"(?:\s+(?:by|von))?\s*:?\s+(?P<who>(?-i:[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?:\s+[A-ZÄÖÜА-ЯЁ][\w'’-]+){1,3}))"
    r"(?:\s*,.*)?$",
    _I,
)
# The speaker's thanks to the staff who helped under the text: "I would like to thank Jo
# Roe and Jan Doe for their help in preparing these remarks."
_THANKS = re.compile(
    r"^(?:i would like to thank|i am grateful to|i thank|with (?:many )?thanks to|my thanks "
    r"(?:go )?to|ich danke|mein dank gilt)\b.{0,200}\b(?:help|comments|assistance|input|"
    r"preparing|preparation|vorbereitung|unterstützung)\b.{0,80}$",
    _I,
)
_FRONT_LINES = 4  # venue and day lines under the speaker, over the text


def speech_front(lines: list[str], hints: Hints) -> list[str]:
    """The title and the text from the salutation on, with speaker, issuer and day in
    ``hints``; the lines unchanged when they are not a speech's front."""
    at = next((i for i, ln in enumerate(lines[:_HEAD]) if _SPEAKER.match(ln)), -1)
    if at < 0:
        labelled = _labelled_front(lines, hints)
        return labelled if labelled is not lines else _noted_front(lines, hints)
    if any(is_prose(ln) for ln in lines[:at]):
        return lines
    who = _SPEAKER.match(lines[at])["who"].split()  # type: ignore[index]
    hints.author = hints.author or " ".join(who[-2:])
    above = name_lines(lines[:at])
    if above and len(above[0].split()) <= 12:
        hints.fallback_source = hints.fallback_source or _issuer(above[0])
    rest = lines[at + 1 :]
    # the venue and day, the embargo note over the title: "Venue · Town · November 18, 2025"
    while rest and (_AS_DELIVERED.match(rest[0]) or _venue_day(rest[0], hints)):
        rest = rest[1:]
    title = rest[0] if rest and not is_prose(rest[0]) and not find_dates(rest[0]) else ""
    rest = rest[1:] if title else rest
    while rest and (
        _OCCASION.match(rest[0]) or _AS_DELIVERED.match(rest[0]) or _place_day(rest[0], hints)
    ):
        rest = rest[1:]
    if title:
        hints.title = hints.title or title
    return rest


def _place_day(line: str, hints: Hints) -> bool:
    """'Rostock, 25. November 2025': the day the speech is held (given to ``hints``)."""
    hits = year_dates(line)
    if not hits or len(line.split()) > 8 or len(line) - hits[0].end > 3:
        return False
    hints.published = hints.published or hits[0].value
    return True


def _issuer(letterhead: str) -> str:
    """The issuer a letterhead names, in the case of its name; of a bilingual one ('BANK OF
    EXAMPLE · BANQUE D'EXEMPLE') the first name."""
    parts = STAMP_PARTS.split(letterhead.strip())
    return unshouted(parts[0].strip()) if len(parts) == 2 else letterhead


def _venue_day(line: str, hints: Hints) -> bool:
    """'Venue · Town · November 18, 2025' over the title: the day it ends with (given to
    ``hints``); a line naming no day, or running text, is none."""
    hits = year_dates(line)
    if not hits or is_prose(line) or len(line.split()) > 20 or len(line) - hits[-1].end > 3:
        return False
    hints.published = hints.published or hits[-1].value
    return True


def _labelled_front(lines: list[str], hints: Hints) -> list[str]:
    """A speech under its label alone ('Speech' / title / 'Given by Jane Roe, Deputy
    Governor' / venue / 'Published on 20 November 2025'): the text from the first
    paragraph on, without the speaker's thanks under it; the lines unchanged otherwise."""
    at = next((i for i, ln in enumerate(lines[:_HEAD]) if _LABEL.match(ln.strip())), -1)
    if at < 0 or at + 2 >= len(lines) or any(is_prose(ln) for ln in lines[: at + 2]):
        return lines
    given = _GIVEN.match(lines[at + 2].strip())
    if given is None:
        return lines
    hints.author = hints.author or given["who"]
    above = name_lines(lines[:at])
    if above and len(above[0].split()) <= 12:
        hints.fallback_source = hints.fallback_source or above[0]
    hints.title = hints.title or lines[at + 1]
    rest = lines[at + 3 :]
    for _ in range(_FRONT_LINES):
        if not rest or is_prose(rest[0]):
            break
        _dated(rest[0], hints)
        rest = rest[1:]
    for i in range(len(rest) - 1, max(len(rest) - 4, 0), -1):
        if _THANKS.match(rest[i]):
            return rest[:i] + rest[i + 1 :]
    return rest


def _dated(line: str, hints: Hints) -> None:
    """The day a front line under the speaker names ('Published on 20 November 2025')."""
    hits = year_dates(line)
    if hits and len(line.split()) <= 8:
        hints.published = hints.published or hits[0].value


# A manuscript whose front ends in its delivery note or its occasion, without a speech label:
# "Issuer | Speeches" (its running head) / title / "Jane Roe, Deputy Governor (Markets)" /
# "Address to the X Forum" / "Town – 20 November 2025" / "Check against delivery".
_WHO_ROLE = re.compile(
    r"^(?P<who>(?-i:[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?:\s+[A-ZÄÖÜА-ЯЁ][\w'’-]+){1,3})),\s+"
    r"(?P<role>[^\W\d][^\d]{2,80})$",
    _I,
)
_ADDRESS = re.compile(
    r"^(?:address|remarks|speech|keynote|lecture|statement|rede|vortrag|ansprache|"
    r"grußwort|выступление|доклад)\s+(?:to|at|before|for|vor|auf|bei|zur|zum|на|перед)\b",
    _I,
)
_NOTED_HEAD = 8


def manuscript(lines: list[str]) -> bool:
    """Whether the first lines hold a speech's delivery note or occasion line over the text."""
    return _anchor(lines) >= 0


def _anchor(lines: list[str]) -> int:
    """The last delivery-note or occasion line of the front, with no running text above."""
    marks = [
        i
        for i, ln in enumerate(lines[:_NOTED_HEAD])
        if _AS_DELIVERED.match(ln) or _ADDRESS.match(ln)
    ]
    if not marks or any(is_prose(ln) and not _ADDRESS.match(ln) for ln in lines[: marks[-1]]):
        return -1
    return marks[-1]


def series_head(line: str) -> tuple[str, str] | None:
    """'Issuer | Speeches': an organisation's running head over its series, as two short
    names; None for a stamp, a page number or a sentence."""
    parts = [p.strip() for p in STAMP_PARTS.split(line.strip())]
    if len(parts) != 2 or any(not p or len(p.split()) > 6 or re.search(r"\d", p) for p in parts):
        return None
    return (parts[0], parts[1]) if name_lines(parts) == parts else None


def _noted_front(lines: list[str], hints: Hints) -> list[str]:
    """The text under a front marked by its delivery note or occasion ('Check against
    delivery', 'Address to …'), with the speaker (a name over its role), the day, the issuer
    and series of its running head and the title in ``hints``; the lines unchanged when the
    front names no speaker."""
    at = _anchor(lines)
    front = lines[: at + 1] if at >= 0 else []
    head = series_head(front[0]) if front else None
    start = 1 if head else 0
    # the title first, then the speaker: a title's comma ('Prices, Wages and Jobs') is none
    at_title = next((k for k in range(start, len(front)) if not _front_mark(front[k])), len(front))
    who = next((m for ln in front[at_title + 1 :] if (m := _WHO_ROLE.match(ln))), None)
    if who is None or _ADDRESS.match(who[0]):
        return lines
    hints.author = hints.author or who["who"]
    if head:
        hints.fallback_source = hints.fallback_source or head[0]
        hints.section = hints.section or head[1]
    hints.title = hints.title or front[at_title]
    for line in front[start + 1 :]:
        _place_day(line, hints) or _venue_day(line, hints)
    rest = lines[at + 1 :]
    while (
        rest
        and not is_prose(rest[0])
        and (_AS_DELIVERED.match(rest[0]) or _place_day(rest[0], hints))
    ):
        rest = rest[1:]
    return rest


def _front_mark(line: str) -> bool:
    """A front line that is no title: the delivery note, the occasion or a dated line."""
    return bool(_AS_DELIVERED.match(line) or _ADDRESS.match(line) or year_dates(line))
