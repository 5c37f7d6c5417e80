"""An article as a press database exports it: a record with a field header and a trailer.

Two shapes, whichever format carries them (RTF, DOCX, PDF, text):

- the news-database record (LexisNexis-style): headline first, then the publication
  ('Outlet (Place)'), the day ('November 25, 2025 Tuesday'), 'Edition …', 'Copyright …',
  'Section: Desk; Pg. 14', 'Length: 262 words', 'Byline: Name', a bare 'Body' marker, the
  text, then 'Load-Date: …' (the day the database loaded it, not the article's) and
  'End of Document';
- the press-archive record (Genios/WISO-style): a line 'Outlet vom 20.11.2025, Seite 4 /
  Desk' over the headline, the text, then a block of fields ('Quelle: …', 'Ressort: …',
  'Dokumentnummer: …', 'Dauerhafte Adresse des Dokuments: …', rights lines).

Why: the record's fields are the article's metadata, stated; read as text, its first field
line became the headline, 'Length: 262 words' the title, 'Desk; Pg. 14' the section, and the
load date the publication day.
"""

from __future__ import annotations

import re
from datetime import datetime

from app.importers.dates import find_dates

Fields = dict[str, str | datetime | None]

_SPAN = 14  # the fields stand over the text
_BODY_MARK = frozenset({"body", "text", "text:"})
_NEXIS_FIELD = re.compile(
    r"^(?P<key>Section|Length|Byline|Edition|Copyright|Highlight|Dateline|Load-Date)\b:?\s*"
    r"(?P<value>.*)$"
)
_LENGTH = re.compile(r"^Length:\s*\d[\d,.]*\s+words?$", re.IGNORECASE)
_PAGE_OF = re.compile(r"^Page \d+ of \d+$", re.IGNORECASE)
_RECORD_END = re.compile(
    r"^(?:Load-Date|Classification|Graphic|Document-Type|Publication-Type|Subject|"
    r"Geographic|Company|Notes|Correction-Date):|^End of Document$"
)
_PAGE_PART = re.compile(r";\s*(?:Pg\.|Page|S\.)\s*\w+.*$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s*\([^()]{2,40}\)$")

# 'Outlet vom 20.11.2025, Seite 4 / Desk' (the desk may be missing)
_ARCHIVE_HEAD = re.compile(
    r"^(?P<outlet>\S.{1,80}?) vom (?P<day>\d{1,2}\.\d{1,2}\.\d{4})(?:,\s*Seite\s+\w+)?"
    r"(?:\s*/\s*(?P<desk>[^/]{2,60}))?$"
)
_ARCHIVE_FIELD = re.compile(
    r"^(?:Quelle|Ressort|Rubrik|Dokumentnummer|Dauerhafte Adresse des Dokuments|"
    r"Alle Rechte vorbehalten|Ausgabe|Seite|Wörter|Autor):",
)


def read_record(text: str) -> tuple[str, Fields]:
    """The text without the record's fields, and the fields (named as compose's hints);
    the text unchanged and no fields if it is no record."""
    if "Length:" in text and ("Load-Date:" in text or "End of Document" in text):
        return _nexis(text)
    if " vom " in text and "Dokumentnummer:" in text:
        return _archive(text)
    return text, {}


def _nexis(text: str) -> tuple[str, Fields]:
    lines = [ln.strip() for ln in text.split("\n")]
    nonempty = [i for i, ln in enumerate(lines) if ln]
    head = [i for i in nonempty[:_SPAN] if not _PAGE_OF.match(lines[i])]
    marks = [i for i in head if lines[i].lower() in _BODY_MARK]
    lengths = [i for i in head if _LENGTH.match(lines[i])]
    if not head or not (marks or lengths):
        return text, {}
    if marks:
        start = marks[0]
    else:  # no marker: the text starts past the fields under 'Length: N words'
        start = lengths[0]
        while start + 1 < len(lines) and (
            not lines[start + 1] or _NEXIS_FIELD.match(lines[start + 1])
        ):
            start += 1
    fields = [i for i in head if i < start]
    if not fields:
        return text, {}
    title = lines[fields[0]]
    source = section = author = ""
    day = None
    for i in fields[1:]:
        line = lines[i]
        m = _NEXIS_FIELD.match(line)
        if m:
            key, value = m["key"], m["value"].strip()
            if key == "Section":
                section = _PAGE_PART.sub("", value).strip(" ;")
            elif key == "Byline":
                author = value
            continue
        if day is None and (hits := find_dates(line)):
            day = hits[0].value
        elif not source and day is None:
            source = _PLACE_AFTER.sub("", line)
    body: list[str] = []
    for line in lines[start + 1 :]:
        if _RECORD_END.match(line):
            break
        body.append(line)
    fields = {"title": title, "source": source, "published": day, "section": section}
    return "\n".join([title, *body]), {**fields, "author": author}


def _archive(text: str) -> tuple[str, Fields]:
    lines = [ln.strip() for ln in text.split("\n")]
    nonempty = [i for i, ln in enumerate(lines) if ln]
    for i in nonempty[:3]:
        m = _ARCHIVE_HEAD.match(lines[i])
        if m:
            break
    else:
        return text, {}
    hits = find_dates(m["day"])
    rest = lines[i + 1 :]
    for k, line in enumerate(rest):
        if _ARCHIVE_FIELD.match(line):
            rest = rest[:k]
            break
    fields: Fields = {
        "fallback_source": m["outlet"].strip(),
        "published": hits[0].value if hits else None,
        "section": (m["desk"] or "").strip(),
    }
    return "\n".join(rest), fields
