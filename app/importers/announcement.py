"""A stock-exchange announcement as a regulatory news service prints it.

Why: a company's ad-hoc release on a regulatory news service (RNS, a printed or saved
"Regulatory Story") opens with the service's header: the company and its ticker
("Example Energy PLC - EXE"), a short headline, "Released 07:00:04 25 November 2025", the
announcement number and identifiers ("RNS Number : 1234A", "LEI: …", "ISIN: …"), then the
company's letterhead and a label such as "This announcement contains inside information"
over the headline as the company wrote it. Under the text come the market-abuse note, the
contacts, "END OF ANNOUNCEMENT" and the service's footer. The company is the source, the
release time the date, the headline under the label the title; the rest is no article text.
"""

from __future__ import annotations

import re

from app.importers.compose import Hints, is_prose
from app.importers.dates import find_dates

_I = re.IGNORECASE
# "Released 07:00:04 25 November 2025", "Released: 25 November 2025 07:00"
_RELEASED = re.compile(r"^released\s*:?\s+(?P<when>.*\d{4}.*)$", _I)
# "Example Energy PLC - EXE": the company and its ticker, the service's header line.
_TICKER = re.compile(r"^(?P<org>[A-Z][^|:]{2,80}?)\s+[-–—]\s+[A-Z][A-Z0-9.]{1,5}$")
# The service's identifiers and navigation: "RNS Number : 1234A", "LEI: …", "ISIN: …".
_HEADER_ID = re.compile(
    r"^(?:rns number|announcement (?:number|no\.?)|lei|isin|tidm|sedol|epic|"
    r"regulatory (?:story|announcement)|go to market news\b)",
    _I,
)
# "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION": a label over the headline.
_INSIDE_INFO = re.compile(r"^(?:this announcement contains |contains )?inside information\.?$", _I)
# Under the text: the market-abuse note, the contacts, the end mark and the service's footer.
_TAIL = re.compile(
    r"^(?:this announcement contains inside information for the purposes\b|"
    r"the information contained within this announcement is deemed\b|"
    r"(?:for )?further information,? please contact\b|enquiries:?$|end of announcement$|"
    r"this information is provided by \w+, the news service\b)",
    _I,
)
_CLOCK_FIRST = re.compile(r"^(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\s+(?P<day>.*)$")
_HEADER_SPAN = 14  # the service's header and the letterhead stand over the text


def _header_line(line: str) -> bool:
    return bool(_HEADER_ID.match(line) or _RELEASED.match(line) or _TICKER.match(line))


def announcement_front(lines: list[str], hints: Hints) -> list[str]:
    """The headline and text of a regulatory announcement, with company, release time and
    title in ``hints``; the lines unchanged when they are no such announcement."""
    head = lines[:_HEADER_SPAN]
    released = next((m for ln in head if (m := _RELEASED.match(ln))), None)
    number = any(_HEADER_ID.match(ln) for ln in head)
    if released is None or not number:
        return lines
    when = released["when"]
    if clock := _CLOCK_FIRST.match(when):  # '07:00:04 25 November 2025': the time first
        when = f"{clock['day']} {clock['clock']}"
    if hits := find_dates(when):
        hints.published = hints.published or hits[0].value
    if org := next((m["org"].strip() for ln in head if (m := _TICKER.match(ln))), ""):
        hints.source = hints.source or org
    first_text = next((i for i, ln in enumerate(lines) if is_prose(ln)), len(lines))
    label = next((i for i in range(first_text) if _INSIDE_INFO.match(lines[i])), -1)
    if label < 0:  # no label: the header ends at its last identifier, date or ticker line
        label = max((i for i in range(first_text) if _header_line(lines[i])), default=-1)
        while label + 1 < first_text and (lines[label + 1] == org or find_dates(lines[label + 1])):
            label += 1  # the letterhead and its date line under the header
    rest = lines[label + 1 :]
    if rest and not is_prose(rest[0]):
        hints.title = hints.title or rest[0]
        rest = rest[1:]
    seen_text = False
    for i, line in enumerate(rest):
        if seen_text and _TAIL.match(line):
            return rest[:i]
        seen_text = seen_text or is_prose(line)
    return rest
