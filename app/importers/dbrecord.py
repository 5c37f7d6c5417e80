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

from app.importers.byline import author_of_line
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
    if " words\n" in text[:600] or " Wörter\n" in text[:600]:
        return _dowjones(text)
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
                # the name without the role run on after it ('JANE DOE Local democracy
                # reporter'), cased as a name
                author = author_of_line(f"By {value}") or value
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


# The Dow Jones (Factiva-style) record: headline, 'By Name', '612 words', the day, the
# publication ('Outlet (Country)'), its code ('BSDAFR'), the language, the rights line, then
# the text and 'Document CODE0020251205el10000b' closing it.
_WORD_COUNT = re.compile(r"^\d[\d,.]*\s+(?:words|Wörter)$")
_DJ_BY = re.compile(r"^(?:By|Von)\s+(?P<name>\S.{2,80})$")
_DJ_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
_DJ_LANGUAGE = frozenset({"english", "german", "russian", "french", "spanish", "deutsch"})
_DJ_RIGHTS = re.compile(r"^(?:\(c\)|©|copyright\b)", re.IGNORECASE)
_DJ_END = re.compile(r"^Document [A-Za-z0-9]{16,40}$")
_DJ_CREDIT = re.compile(r"\((\w[\w ]{1,30})\)")
_DJ_HEAD = 4  # the word count stands within the headline's and the byline's lines
_DJ_FIELDS = 6  # day, publication, code, language, rights (and a section) under it


def headless_record(text: str, under: int = 0) -> bool:
    """Whether a text opens with a Dow Jones record's fields ('By Name' over '612 words'),
    under ``under`` lines (its headline)."""
    if " words" not in text[:300] and " Wörter" not in text[:300]:
        return False
    text = text.lstrip().split("\n", under)[-1]
    first, _, rest = text.lstrip().partition("\n")
    if _DJ_BY.match(first.strip()):
        first = rest.partition("\n")[0]
    return bool(_WORD_COUNT.match(first.strip()))


def _dowjones(text: str) -> tuple[str, Fields]:
    """A Dow Jones record's fields: its headline, byline, day and publication stated over
    the text. Why: read as text, the word count and the publication's code became the
    headline's neighbours, the publication no source and the closing document number text."""
    lines = [ln.strip() for ln in text.strip().split("\n")]
    count = next((i for i, ln in enumerate(lines[: _DJ_HEAD + 1]) if _WORD_COUNT.match(ln)), None)
    if not count or not lines[0]:
        return text, {}
    author = ""
    for line in lines[1:count]:
        if m := _DJ_BY.match(line):
            author = m["name"].strip()
    day = None
    source = ""
    start = count + 1
    for i in range(count + 1, min(count + 1 + _DJ_FIELDS, len(lines))):
        line = lines[i]
        if not line:
            start = i
            break
        if day is None and (hits := find_dates(line)) and len(line) < 40:
            day = hits[0].value
        elif _DJ_CODE.match(line) or line.lower() in _DJ_LANGUAGE or _DJ_RIGHTS.match(line):
            pass
        elif not source and day is not None:
            source = _PLACE_AFTER.sub("", line)
        start = i + 1
    if day is None or not source:
        return text, {}
    body = [ln for ln in lines[start:] if not _DJ_END.match(ln)]
    opener = next((ln for ln in body if ln), "")[:80]
    if (m := _DJ_CREDIT.search(opener)) and source.startswith(m[1] + " "):
        source = m[1]  # 'Reuters News' over 'LONDON, Dec 3 (Reuters) -': the agency's credit
    fields: Fields = {"title": lines[0], "source": source, "published": day, "section": ""}
    return "\n".join([lines[0], "", *body]).strip(), {**fields, "author": author}


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
