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
from app.importers.dates import find_dates, year_dates
from app.importers.sitename import name_lines

_I = re.IGNORECASE
_SPEAKER = re.compile(
    r"^(?:rede|grußwort|ansprache|festrede|speech|remarks|address|keynote|выступление|"
    r"доклад|приветственное слово)\s+(?:von|by|of|des|der|from)?\s*"
    r"(?P<who>(?:[\w.-]+\s+){0,4}?[A-ZÄÖÜА-ЯЁ][\w'’-]+\s+[A-ZÄÖÜА-ЯЁ][\w'’-]+)$",
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


def speech_front(lines: list[str], hints: Hints) -> list[str]:
    """The title and the text from the salutation on, with speaker, issuer and day in
    ``hints``; the lines unchanged when they are not a speech's front."""
    at = next((i for i, ln in enumerate(lines[:_HEAD]) if _SPEAKER.match(ln)), -1)
    if at < 0 or any(is_prose(ln) for ln in lines[:at]):
        return lines
    who = _SPEAKER.match(lines[at])["who"].split()  # type: ignore[index]
    hints.author = hints.author or " ".join(who[-2:])
    above = name_lines(lines[:at])
    if above and len(above[0].split()) <= 12:
        hints.fallback_source = hints.fallback_source or above[0]
    rest = lines[at + 1 :]
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
