"""The front of a broadcast's transcript: station, air time, presenter.

Why: a radio or TV station's transcript of an interview opens with its station and
programme ("Station · Das Interview"), the air time ("Sendung vom 22.11.2025, 12:05 Uhr",
"Broadcast on 22 November 2025"), the headline, a standfirst and the presenter ("Moderation:
Name"), then the conversation. The station is the source, the air time the date, the
presenter the author and the standfirst the lead; the text opens with the first question.
"""

from __future__ import annotations

import re

from app.importers.compose import Hints, is_prose
from app.importers.dates import STAMP_PARTS, find_dates

_I = re.IGNORECASE
_AIRED = re.compile(
    r"^(?:sendung|ausgestrahlt|gesendet|broadcast|aired|эфир)\s*(?:vom|am|on|от)?\s*:?\s*"
    r"(?P<when>.*\d.*)$",
    _I,
)
_PRESENTER = re.compile(
    r"^(?:moderation|moderator(?:in)?|presenter|host|interview|interviewer|ведущ(?:ий|ая))"
    r"\s*:\s*(?P<who>\S.{1,60})$",
    _I,
)
_FRONT = 6  # the front's lines stand over the first question


def broadcast_front(lines: list[str], hints: Hints) -> list[str]:
    """The text from the first question on, with station, air time, presenter and
    standfirst in ``hints``; the lines unchanged when they are no transcript's front."""
    aired = next((i for i, ln in enumerate(lines[:3]) if _AIRED.match(ln)), -1)
    host = next((i for i, ln in enumerate(lines[:_FRONT]) if _PRESENTER.match(ln)), -1)
    if aired < 0 or host <= aired or not (hits := find_dates(_AIRED.match(lines[aired])["when"])):
        return lines
    hints.published = hints.published or hits[0].value
    station = STAMP_PARTS.split(lines[0])[0] if aired > 0 else ""
    if station and len(station.split()) <= 4 and not is_prose(station):
        hints.fallback_source = hints.fallback_source or station
    hints.author = hints.author or _PRESENTER.match(lines[host])["who"].strip()
    between = lines[aired + 1 : host]
    if between and not is_prose(between[0]):
        hints.title = hints.title or between[0]
        between = between[1:]
    if between:
        hints.lead = hints.lead or " ".join(between)
    return lines[host + 1 :]
