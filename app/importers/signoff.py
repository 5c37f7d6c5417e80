"""The dated sign-off that closes a German or Austrian story: "(red, 21.6.2015)", "(APA,
3.5.2016)", "(Renate Graber, 12.1.2016)" - the desk's, agency's or writer's credit and the
day of publication, printed after the text's last sentence (on the same line when the
paragraphs were run together, a results box or a note may follow it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from app.importers.agency import profile_named
from app.importers.byline import stamp_person
from app.importers.profiles import Profile

# The credit (no figures, a few names or short desk marks) and the day in figures with its
# year in brackets.
_SIGNOFF = re.compile(
    r"\((?P<credit>[^\W\d_][^()\d]{0,60}?),\s*"
    r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>(?:19|20)\d\d)\)"
)
_SENTENCE_END = tuple('.!?"»“”)')
_CREDIT_PARTS = re.compile(r"\s*[,/]\s*")
# where the writer filed from, after the name: "(André Ballin aus Moskau, 3.5.2016)"
_FILED_FROM = re.compile(r"\s+(?:aus|in|from|из)\s+[A-ZÄÖÜА-ЯЁ][\w-]*(?:\s[A-ZÄÖÜА-ЯЁ][\w-]*)?$")


@dataclass(frozen=True)
class Signoff:
    credit: str  # "APA/dpa", "red", "Renate Graber"
    day: datetime


def dated_signoff(line: str) -> Signoff | None:
    """The first dated sign-off on `line` (alone, closing it, or after a sentence with more
    text after it: a results box), else None. A bracketed day inside a sentence ("… den
    Vertrag (Fassung, 3.5.2016) unterschrieben") is no sign-off."""
    if "(" not in line:
        return None
    for m in _SIGNOFF.finditer(line):
        before, after = line[: m.start()].rstrip(), line[m.end() :]
        closes = not after.strip()  # "… umzustimmen (stu., 9.9.2015)": the line's end
        if not (closes or ((not before or before.endswith(_SENTENCE_END)) and after[:1].isspace())):
            continue
        try:
            day = datetime(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            continue
        return Signoff(m["credit"].strip(), day)
    return None


def signoff_agency(signoff: Signoff, profiles: tuple[Profile, ...]) -> Profile | None:
    """The agency or outlet a sign-off credits ("APA" of "APA/dpa" or "APA, red"), else
    None: "red" is the paper's own newsroom and a writer's name credits no agency."""
    for part in _CREDIT_PARTS.split(signoff.credit):
        if part and (named := profile_named(part, profiles)):
            return named
    return None


def signoff_writer(signoff: Signoff, profiles: tuple[Profile, ...]) -> str:
    """The writer or writers a sign-off names ("Renate Graber", "Jane Roe, John Doe", "André
    Ballin" of "André Ballin aus Moskau"), else '': an agency, the desk's 'red' or its
    initials ('stu.', 'wh') name no author."""
    if signoff_agency(signoff, profiles):
        return ""
    return stamp_person(_FILED_FROM.sub("", signoff.credit))
