"""A plain-text digest's items told apart by their stamp lines.

A digest is a sequence of items, each a headline line and its text with a stamp line naming
the item's outlet and day, over the headline ('Quelle: Outlet, 24.11.2025' / 'Headline' /
text) or under the text ('Headline' / text / 'Source: Outlet, 24 Nov 2025'). Two or more
such stamped items in one part make it a digest, whatever the length of the items: the
mail's greeting, masthead and footer around them are its frame. Why: short items (a few
sentences each) read as one article otherwise, the greeting its title, one item's outlet
for all and the other stamp lines lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.importers.compose import is_prose
from app.importers.dates import is_only_date, year_dates
from app.importers.docfront import labelled_credit
from app.importers.newsletter import GREETING_OPEN
from app.importers.stampline import ItemStamp, typed_credit

# A bare stamp line: 'Outlet, 24.11.2025', 'ТАСС, 20 ноября 2025'.
_BARE = re.compile(r"^(?P<outlet>[^,:;\d]{2,60}?),\s*(?P<day>[^,:;]*\d{4}[^,:;]*)$")
_BARE_WORDS = 5  # an outlet's name is a few words, no sentence
_HEAD_WORDS = 20  # a headline runs a line, no paragraph
_PROSE_WORDS = 8  # a line of a hard-wrapped paragraph runs longer than a short label
# A headline's count or bullet: '1) X', '2. X', '[3] X', '• X'.
_COUNT = re.compile(r"^(?:\d{1,3}[.)]|\[\d{1,3}\])\s+")
_BULLET = re.compile(r"^[•·▪►*–-]\s+")


@dataclass
class StampedItem:
    """One item of a digest: its stamp line as printed, its headline and its text's lines."""

    stamp: str
    headline: str
    text: list[str]

    def chunk(self) -> str:
        """The item as a text to read: its headline over its text."""
        return "\n".join([self.headline, "", *self.text]).strip("\n")


def digest_stamp(line: str) -> ItemStamp | None:
    """A digest item's stamp line as its outlet and day: labelled ('Quelle: X, 24.11.2025',
    'Source: X, Nov 24, 2025', 'Источник: X, 20.11.2025'), typed with a press word
    ('Neue Zürcher Zeitung, 22.11.2025') or bare ('ТАСС, 20.11.2025'); else None."""
    line = line.strip()
    if (labelled := labelled_credit(line)) is not None:
        return labelled[0] if labelled[0].outlet else None
    if (typed := typed_credit(line)) is not None:
        return typed
    return _bare_stamp(line)


# A digest item's outlet and day before its headline on one line: 'Example Post (04.12.2025):
# Headline', 'Пример (4 декабря 2025): Заголовок', 'Example Daily (Dec 4, 2025) – Headline'.
_HEADED = re.compile(
    r"^(?P<outlet>[^\W\d][^():;,]{1,60}?)\s*\((?P<day>[^()]{6,30})\)\s*(?::|[–—-])\s+"
    r"(?P<head>\S.*)$"
)


def headed_stamp(line: str) -> tuple[str, str] | None:
    """A line that names an item's outlet and day before its headline ('Example Post
    (04.12.2025): Headline') as the labelled stamp line it stands for ('Source: Example
    Post, 04.12.2025': an outlet, however much its name reads as a person's) and its
    headline; else None. Why: read as the headline, the outlet and day
    stayed in it and the item took the issue's day and the sender for its source."""
    line = line.strip()
    if "(" not in line[:64] or not (m := _HEADED.match(line)):
        return None
    outlet, head = m["outlet"].strip(), m["head"].strip()
    if not 0 < len(outlet.split()) <= _BARE_WORDS or not _headline_like(head):
        return None
    if not is_only_date(m["day"]) or not year_dates(m["day"]):
        return None
    return f"Source: {outlet}, {m['day'].strip()}", head


def _bare_stamp(line: str) -> ItemStamp | None:
    m = _BARE.match(line.strip())
    if m is None or not is_only_date(m["day"]) or not (hits := year_dates(m["day"])):
        return None
    outlet = m["outlet"].strip()
    if not 0 < len(outlet.split()) <= _BARE_WORDS or outlet.endswith("."):
        return None
    return ItemStamp(outlet, hits[0].value)


def _headline_like(line: str) -> bool:
    words = len(line.split())
    return 0 < words <= _HEAD_WORDS and not is_prose(line) and digest_stamp(line) is None


def _text_start(lines: list[str]) -> int:
    """Where an item's text opens among its lines: the first line of prose that is no
    greeting (or of a hard-wrapped paragraph); len(lines) where there is none."""
    for i, line in enumerate(lines):
        if GREETING_OPEN.match(line.strip()):
            continue
        if is_prose(line) or (len(line.split()) >= _PROSE_WORDS and i + 1 < len(lines)):
            return i
    return len(lines)


def _filled(lines: list[str]) -> list[str]:
    return [ln.strip() for ln in lines if ln.strip()]


def _above(lines: list[str], at: list[int]) -> list[StampedItem] | None:
    """Each stamp over its item's headline, the text under that up to the next stamp."""
    items = []
    for n, s in enumerate(at):
        seg = _filled(lines[s + 1 : at[n + 1] if n + 1 < len(at) else len(lines)])
        if len(seg) < 2 or not _headline_like(seg[0]) or not is_prose(" ".join(seg[1:])):
            return None
        items.append(StampedItem(lines[s].strip(), seg[0], seg[1:]))
    return items


def _below(lines: list[str], at: list[int]) -> list[StampedItem] | None:
    """Each stamp under its item's text, the headline the line over the text; what stands
    over the first headline (masthead, greeting) is the mail's frame, what stands under
    the last stamp its footer."""
    items = []
    for n, s in enumerate(at):
        seg = _filled(lines[at[n - 1] + 1 if n else 0 : s])
        t = _text_start(seg)
        if not 0 < t < len(seg) or not _headline_like(seg[t - 1]):
            return None
        if not is_prose(" ".join(seg[t:])):
            return None
        items.append(StampedItem(lines[s].strip(), seg[t - 1], seg[t:]))
    return items


def _unnumbered(items: list[StampedItem]) -> list[StampedItem]:
    """The headlines without their bullets, and without their count where it runs 1, 2, 3."""
    counts = [m[0] if (m := _COUNT.match(i.headline)) else "" for i in items]
    runs = [int(re.sub(r"\D", "", c) or 0) for c in counts] == list(range(1, len(items) + 1))
    for item in items:
        item.headline = _COUNT.sub("", item.headline, count=1) if runs else item.headline
        item.headline = _BULLET.sub("", item.headline, count=1)
    return items


def stamped_items(part: str, least: int = 2) -> list[StampedItem]:
    """The stamped items of a part, where it holds `least` of them or more; [] otherwise.
    Stamps over headlines are tried first: under them the last item runs on to the end;
    stamps under texts leave nothing but the footer under the last."""
    lines = part.split("\n")
    at = [i for i, ln in enumerate(lines) if digest_stamp(ln) is not None]
    if len(at) < least:
        return []
    bare = [s.outlet.casefold() for i in at if (s := _bare_stamp(lines[i])) is not None]
    if len(bare) == len(at) and len(set(bare)) < 2:
        return []  # the same place and day again ('Berlin, 24.11.2025'): datelines, no stamps
    items = _above(lines, at) or _below(lines, at)
    return _unnumbered(items) if items else []
