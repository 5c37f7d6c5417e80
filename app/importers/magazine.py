"""A magazine page saved from its app or e-paper: masthead, pull quotes and issue line.

Why: a magazine prints its name in capitals over the article ("NEW OUTLOOK"), sets a
sentence of the text again in large type as a pull quote, and closes with the issue the
piece appeared in and the app's export note. Read as text, the masthead gave no source,
and the pull quote, the issue line and the export note stayed in the article's text.
"""

from __future__ import annotations

import re

from app.importers.agency import bare_dateline
from app.importers.compose import Hints, is_prose
from app.importers.dates import find_dates
from app.importers.sections import VOCABULARY
from app.importers.sitename import has_cyrillic, latin_name, unshouted

_I = re.IGNORECASE
# "This article appears in the 28 November – 4 December 2025 issue of X", "Dieser Artikel
# erschien in der Ausgabe 48/2025", "Статья опубликована в номере …": the issue, not the text.
_ISSUE_LINE = re.compile(
    r"^(?:this (?:article|story|piece|essay) (?:appears|appeared|was first published|"
    r"was published) in (?:the|our)\b.*\b(?:issue|edition)\b|"
    r"dieser (?:artikel|beitrag|text) (?:erschien|ist erschienen) in (?:der )?(?:ausgabe|heft)\b|"
    r"(?:статья|материал) (?:опубликован[а]?|вышла?) в (?:номере|выпуске)\b)",
    _I,
)
# "Exported from the X app · 27/11/2025 08:41 · For personal use only".
_APP_EXPORT = re.compile(
    r"^(?:exported|printed|shared|saved) from (?:the )?.{2,40}\b(?:app|e-?paper|reader)\b|"
    r"^(?:exportiert|gedruckt) aus der .{2,40}(?:app|e-?paper)\b",
    _I,
)
_QUOTES = "“”„\"«»‘’'‹›"
_WORD = re.compile(r"\w+")
_PULL_WORDS = (6, 40)  # a pull quote: a sentence or two
_PULL_SHARE = 0.8  # of its words the text has in one paragraph


def _masthead(lines: list[str], hints: Hints) -> None:
    """The masthead in capitals on the page's first line is the source when the text
    names it too, in its own case and inside a sentence ('… issue of the New Outlook')."""
    name = lines[0] if lines else ""
    words = name.split()
    if not (0 < len(words) <= 4 and name.isupper()) or re.search(r"\d", name):
        return
    if name.lower() in VOCABULARY:
        return  # a section's name in capitals ("POLITICS"), no masthead
    text = next((ln for ln in lines[1:] if is_prose(ln)), "")
    if (placed := bare_dateline(text)) is not None and placed.place.lower() == name.lower():
        return  # the local desk's place ("REGENSBURG"), the text's dateline: no masthead
    written = re.compile(rf"(?<=[^\W\d_] )({re.escape(name)})(?!\w)", _I)
    for line in lines[1:]:
        for m in written.finditer(line):
            found = m.group(1)
            if not found.isupper() and all(w[:1].isupper() for w in found.split()):
                hints.fallback_source = hints.fallback_source or found
                return


# A magazine's running head: its name, the issue's number and day, maybe its address
# ("«Name» № 46 (5911) · 24 ноября 2025 · example.ru/name", "NAME Nr. 12 | 3. März 2025").
_ISSUE_HEAD = re.compile(
    r"^(?P<name>[^\d|·•]{2,40}?)\s*(?:№|no\.|nr\.|heft|ausgabe|issue)\s*\d+"
    r"(?:\s*\(\d[\d\u00a0 ]*\))?\s*[·•|,]\s*(?P<rest>.*\d{4}.*)$",
    _I,
)


def issue_head(line: str, hints: Hints) -> None:
    """The day and the magazine's name from the running head over its pages (the head is
    dropped from the text as it repeats, so the issue it names is read from it here)."""
    m = _ISSUE_HEAD.match(line.strip())
    if not m or not (hits := find_dates(m["rest"])) or not hits[0].has_year:
        return
    hints.published = hints.published or hits[0].value
    name = m["name"].strip(" " + _QUOTES)
    name = _address_spelling(name, m["rest"]) or unshouted(name)
    hints.fallback_source = hints.fallback_source or name
    # a newspaper's head ends in the page's desk ('… | 28 ноября 2025 года | ОБЩЕСТВО')
    desk = _HEAD_PARTS.split(m["rest"].strip())[-1].strip()
    if len(desk) > 3 and desk.lower() in VOCABULARY:
        hints.section = hints.section or (desk.capitalize() if desk.isupper() else desk)


_HEAD_PARTS = re.compile(r"\s+[|·•]\s+")


def _dated_head(line: str, hints: Hints) -> bool:
    """A magazine's running head of name, day and address with no issue number ('THE
    EXAMPLE | 22 NOVEMBER 2025 | WWW.EXAMPLE.CO.UK'): the name the address spells is the
    source and the day the issue's. Whether the line was one (it then goes)."""
    parts = _HEAD_PARTS.split(line.strip())
    name = parts[0].strip(" " + _QUOTES)
    if len(parts) < 3 or re.search(r"\d", name) or not 0 < len(name.split()) <= 4:
        return False
    hits = [h for part in parts[1:] for h in find_dates(part) if h.has_year]
    spelt = re.sub(r"^the|\W", "", name.lower())
    named = any("." in p and " " not in p.strip() and spelt in p.lower() for p in parts[1:])
    if not hits or len(spelt) < 3 or not named:
        return False
    hints.published = hints.published or hits[0].value
    hints.fallback_source = hints.fallback_source or unshouted(name)
    return True


def _address_spelling(name: str, rest: str) -> str:
    """A Cyrillic one-word name as its own address spells it in Latin ('«Огонёк»' over
    'example.ru/ogoniok' is 'Ogoniok'): the outlet's spelling beats our transliteration."""
    ours = latin_name(name).lower()
    if " " in name or not has_cyrillic(name) or len(ours) < 4:
        return ""
    for address in _ADDRESS.findall(rest):
        for part in re.split(r"[./]", address):
            if part.isalpha() and part[:4] == ours[:4] and abs(len(part) - len(ours)) <= 2:
                return part.capitalize()
    return ""


_ADDRESS = re.compile(r"\b[\w-]+\.[a-z]{2,6}(?:/[\w-]+)*", _I)


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _pull_quote(lines: list[str], at: int) -> bool:
    """A line in quotation marks that repeats (or nearly) a sentence of another paragraph."""
    stripped = lines[at].strip()
    if len(stripped) < 2 or stripped[0] not in _QUOTES or stripped[-1] not in _QUOTES:
        return False
    words = _tokens(stripped)
    if not _PULL_WORDS[0] <= len(words) <= _PULL_WORDS[1]:
        return False
    for i, other in enumerate(lines):
        if i == at or not is_prose(other):
            continue
        have = set(_tokens(other))
        if sum(w in have for w in words) >= _PULL_SHARE * len(words):
            return True
    return False


def magazine_page(lines: list[str], hints: Hints) -> list[str]:
    """The lines without pull quotes, the issue line and an app's export note; the
    masthead's name as the fallback source."""
    _masthead(lines, hints)
    if lines and _dated_head(lines[0], hints):
        lines = lines[1:]
    # a pull quote stands inside the text; a quoted headline over it is no pull quote
    first_text = next((i for i, line in enumerate(lines) if is_prose(line)), len(lines))
    kept = []
    for i, line in enumerate(lines):
        if len(line.split()) <= 40 and (_ISSUE_LINE.match(line) or _APP_EXPORT.match(line)):
            continue
        if i > first_text and _pull_quote(lines, i):
            continue
        kept.append(line)
    return kept
