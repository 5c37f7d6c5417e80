"""An item's stamp line: the outlet, the day and the desk a clipping is printed under.

Monitoring digests print it over each item ("Märkische Allgemeine | 24.11.2025 | Ressort:
Brandenburg | Print, S. 9"), and analysts put the same line over a clipping they paste
into a document ("Abendzeitung · 25.11.2025 · Seite 9 · Ressort: München").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time

from app.importers.byline import author_of_line, stamp_person
from app.importers.dates import (
    STAMP_PARTS,
    before_weekday_stamp,
    find_dates,
    is_only_date,
    year_dates,
)
from app.importers.outlets import default_gazetteer
from app.importers.sections import stated_section
from app.importers.sitename import is_paper_name, is_press_name


@dataclass
class ItemStamp:
    """What a monitoring digest prints over an item: its outlet, day and desk."""

    outlet: str = ""
    published: datetime | None = None
    section: str = ""

    @property
    def complete(self) -> bool:
        """Both outlet and day: only such a stamp stands for an item's own source and day."""
        return bool(self.outlet) and self.published is not None


def first_desk(parts: list[str]) -> str:
    """The first desk ('Ressort: X', 'Раздел: Y') a stamp's parts state, or ''. Why: the
    one-line stamp and a digest's date line name the desk the same way."""
    return next((desk for part in parts if (desk := stated_section(part))), "")


# The outlet's label on a stamp's outlet part: "СМИ: Секрет фирмы", "Source: X · Date: …".
OUTLET_LABEL = re.compile(
    r"^(?:сми|издание|источник|outlet|publication|source|medium|quelle|zeitung)\s*:\s*",
    re.I,
)


# An outlet's tagline after its name and a dash ('bz – Zeitung für die Region Basel',
# 'Example Post — The Voice of the Valley'): three words at least, one of them lower case.
_TAGLINE = re.compile(r"^(?P<name>[^\s–—-][^–—]{0,40}?)\s+[–—-]\s+(?P<tag>\S+(?:\s+\S+){2,9})$")


def _without_tagline(name: str) -> str:
    """The outlet's name without the tagline its masthead prints after a dash. Why: a
    tagline names no outlet, and the source is the brand before it."""
    if " – " not in name and " — " not in name and " - " not in name:
        return name
    m = _TAGLINE.match(name.strip())
    if m is None or not any(w[:1].islower() for w in m["tag"].split()[1:]):
        return name
    return m["name"].strip()


# The kind of medium after the outlet's name, "Outlet (online)", "Outlet (City) - Print": the
# outlet is the same paper (the edition's place in brackets before the kind goes with it).
_MEDIUM_KIND = re.compile(
    r"\s*(?:\((?:online|print|web|e-?paper|digital|tv|radio|онлайн|печать|сайт)\)|"
    r"(?:\([^()]{2,30}\))?\s+[-–—]\s+(?:online|print|web|e-?paper|digital))$",
    re.I,
)


# A paper's issue and page after its name in a clip's source field ('Example, № 223, стр. 10',
# 'Example, Nr. 278, S. 9', 'Example, p. 4').
_ISSUE_PAGE = re.compile(
    r"(?:,\s*(?:№|nr\.|no\.|ausgabe|выпуск)\s*\d[\w/-]*|"
    r",\s*(?:стр\.|с\.|s\.|seite|p\.|pp\.|page)\s*\d+(?:\s*[-–]\s*\d+)?)+\s*$",
    re.I,
)


def bare_outlet(name: str) -> str:
    """An outlet's label value without its label and its kind of medium ('Source: Outlet
    (online)' -> 'Outlet'). Why: a monitoring service names the medium beside the outlet."""
    return _MEDIUM_KIND.sub("", OUTLET_LABEL.sub("", name))


def field_outlet(name: str) -> str:
    """A source field's outlet (see bare_outlet) without the paper's issue and page after it
    ('Источник: X (Москва), № 223, стр. 10' -> 'X (Москва)'). Why: the field names the
    clip's print place beside the outlet, and the whole of it became the source."""
    return bare_outlet(_ISSUE_PAGE.sub("", name))


# A monitoring digest's hit counter before the outlet: 'Treffer 1 von 5', 'Hit 2 of 12',
# 'Материал 3 из 7'.
_HIT_COUNTER = re.compile(
    r"^\s*(?:treffer|hit|result|item|artikel|beitrag|meldung|clip|"
    r"результат|материал|публикация|сообщение)\s+\d{1,3}\s*(?:von|of|/|из)\s*\d{1,3}\s*$",
    re.IGNORECASE,
)


_MARK_CATEGORIES = ("So", "Sm", "Sk", "Mn", "Cf", "Zs", "Po", "Pd")
_KEPT_MARKS = "«\"„“'([@#&."  # an outlet's quotes, brackets, a handle: part of its name


def _unmarked(name: str) -> str:
    """An outlet's name without the mark a digest sets before it ('🔹 Outlet', '► Outlet',
    '• Outlet'). Why: a mark is no letter of any outlet's name, and it stayed in the source."""
    i = 0
    while i < len(name) and name[i] not in _KEPT_MARKS:
        if unicodedata.category(name[i]) not in _MARK_CATEGORIES:
            break
        i += 1
    return name[i:] if i < len(name) and name[i].isalnum() else name


_SITE_PART = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)


# The kind of medium as a part of its own ('National Press', 'Online', 'Radio/TV'): no desk.
_MEDIUM_PART = re.compile(
    r"^(?:(?:national|regional|local|trade|consumer|international|daily|weekly)\s+)?"
    r"(?:press|print|online|web|tv|radio|broadcast|magazines?|newspapers?|radio/tv|tv/radio)$",
    re.I,
)


def medium_name(text: str) -> bool:
    """Whether a text names the kind of medium ('online', 'Print', 'Radio/TV')."""
    return bool(_MEDIUM_PART.match(text.strip()))


def medium_after_day(line: str) -> bool:
    """Whether a part after a stamp line's outlet and day names the kind of medium
    ('Outlet | 23.11.2026 | online', 'Print', 'Radio/TV'): it marks the line an outlet's
    credit, as a page does, and names no desk."""
    return any(medium_name(p) for p in STAMP_PARTS.split(line)[2:])


def one_line_stamp(line: str) -> ItemStamp | None:
    """'Märkische Allgemeine | 24.11.2025 | Ressort: Brandenburg | Print, S. 9' as outlet,
    day and desk, or None when the line is not such a stamp. A monitoring tool's labels
    ('Source: X · Date: 24 Nov 2025, 18:12 · Reach: 1.2M') name the same parts: the
    outlet's label goes."""
    line = line.strip()
    if line[:1] == "[" and line[-1:] == "]":
        line = line[1:-1]  # a text newsletter's stamp in brackets ('[Region | 24.11.2025]')
    parts = STAMP_PARTS.split(line.strip())  # the outlet first
    if len(parts) >= 3 and parts[0][-1:].isdigit() and _HIT_COUNTER.match(parts[0]):
        parts = parts[1:]  # 'Treffer 1 von 5 | Outlet | date': the hit's number, no outlet
    if len(parts) == 1 and (labelled := _dashed_labelled(line)) is not None:
        parts = labelled
    if len(parts) == 1 and (slashed := _slashed_parts(line)) is not None:
        parts = slashed
    # a digest's item number before the outlet ('1. Outlet | date | desk') is no part of it
    parts[0] = _without_tagline(_bilingual(bare_outlet(ITEM_NUMBER.sub("", parts[0], count=1))))
    parts[0] = _unmarked(parts[0]) if parts[0][:1] and not parts[0][:1].isalnum() else parts[0]
    parts[0] = _without_edition_town(parts[0]) if len(parts) >= 3 else parts[0]
    if len(parts) >= 2 and (credit := credit_stamp(parts[0])) is not None:
        # a print clipping's label, its first part a credit by commas ('«Outlet», 26.11.2025,
        # № 47, с. 3 | Рубрика: X | Автор: Y'): the quoted outlet, its day, the labelled desk
        credit.outlet = credit.outlet.strip('«»"„“” ')
        credit.section = credit.section or first_desk(parts[1:])
        return credit if credit.outlet else None
    if len(parts) >= 2 and (desk := first_desk(parts[1:])) and (bare := comma_stamp(parts[0])):
        # 'Outlet, 23.11.2026 · Рубрика: X · Автор: Y': alone the outlet and day could be a
        # dateline's place and day; the labelled desk beside them makes them a credit
        return ItemStamp(bare.outlet.strip('«»"„“” '), bare.published, desk)
    if len(parts) < 2 or find_dates(parts[0]) or not 0 < len(parts[0].split()) <= 6:
        return None
    if _QUERY_LABEL.match(parts[0]):
        return None  # an alert's search line ('Search: X | 26 November 2025 | 2 new items')
    if author_of_line(parts[0]):
        return None  # a byline with its day ('By Jane Doe | 25 November 2025'): no outlet
    dated = [hit for part in parts[1:] for hit in year_dates(part)]
    if not dated:
        return None
    day = dated[0].value
    if len(parts) >= 3 and _named_before_outlet(parts):
        parts = parts[1:]  # 'Jane Doe | Example Post | Nov 3, 2026': the reporter, then the outlet
    if ":" in parts[0] and (desk := stated_section(parts[0])):
        # 'Ressort: Politik · 25.11.2025, 16:48 Uhr': a labelled desk is no outlet
        return ItemStamp("", day, desk)
    clock = next((m for part in parts[2:] if (m := _BARE_CLOCK.match(part.strip()))), None)
    if clock is not None and not dated[0].has_time and int(clock[1]) < 24 and int(clock[2]) < 60:
        # '24.11.2025 | 14:12 Uhr', 'November 25, 2025 | 7:45 pm'
        day = day.replace(hour=_clock_hour(clock), minute=int(clock[2]))
    # a monitoring tool's labelled fields after the desk ('Author: X | Sentiment: negative
    # | Reach: 48k') are no desk: the bare desk is read among the other parts
    # nor is the page ('Outlet | 25 November 2025 | Page 14 | Business': the desk after it)
    # nor the time in a part of its own ('Outlet | date | 7:45 pm | Counties')
    # nor the outlet's site beside its name ('Outlet | date | example.com.au | Environment')
    # nor the kind of medium between the outlet and the day ('Outlet · National Press · date')
    # or after it ('Outlet · date · Environment · online', 'Outlet | date | online')
    bare = [
        p
        for k, p in enumerate(parts)
        if not _FIELD_PART.match(p.strip())
        and not _PAGE_PART.match(p)
        and not _BARE_CLOCK.match(p.strip())
        and not (k and _SITE_PART.match(p.strip()))
        and not (k and _MEDIUM_PART.match(p.strip()))
    ]
    desk = first_desk(parts[1:]) or _bare_desk(bare)
    # a circulation figure last ('… / 01.12.2026 / Seite 15 / Zürich / Auflage 95'340'):
    # the desk after the day stands before it (a place between the outlet and the day, as
    # in 'Outlet · Country · date · Reach 6K', is no desk by that token)
    unfigured = [p for k, p in enumerate(bare) if not (k and _FIGURE_PART.match(p.strip()))]
    if not desk and 2 <= len(unfigured) < len(bare) and year_dates(unfigured[-2]):
        desk = _bare_desk(unfigured)
    return ItemStamp(parts[0], day, desk)


def _without_edition_town(name: str) -> str:
    """A listed outlet's name without its edition's town after a comma ('Tages-Anzeiger,
    Zürich' -> 'Tages-Anzeiger'), else the name. Why: a clipping service names the edition
    beside the paper, and the whole of it became the source."""
    head, comma, town = name.partition(",")
    words = town.split()
    if not comma or not 0 < len(words) <= 2 or re.search(r"\d", town):
        return name
    if not all(w[:1].isupper() for w in words):
        return name
    return head.strip() if default_gazetteer().named(head.strip()) is not None else name


def stamp_reporter(line: str) -> str:
    """The reporter a stamp names before its outlet ('Jane Doe | Example Post | Nov 3,
    2026'), else ''."""
    parts = STAMP_PARTS.split(line.strip())
    if len(parts) < 3 or not any(year_dates(p) for p in parts[2:]):
        return ""
    return stamp_person(parts[0].strip()) if _named_before_outlet(parts) else ""


def _named_before_outlet(parts: list[str]) -> bool:
    """Whether a stamp's first part is its reporter's name and the second the outlet's
    (a media database's 'Jane Doe | Example Post | Nov 3, 2026, 6:00 AM EST'). Why: the
    person was read as the outlet and the outlet as its desk."""
    first, second = parts[0].strip(), parts[1].strip()
    if not stamp_person(first) or find_dates(second) or ":" in second:
        return False
    # a place or a kind of medium after an outlet's name reads as no outlet: the second
    # part is one the gazetteer knows, or a name of the press, and the first is none
    gaz = default_gazetteer()
    return gaz.named(first) is None and (gaz.named(second) is not None or is_press_name(second))


# A monitoring digest's numbered, labelled item line whose parts a dash sets apart ('[2]
# Source: Outlet — 24.11.2025, 17:10 — Politics', '3. Quelle: X -- 25.11.2025 -- Wirtschaft').
ITEM_NUMBER = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
_DASHES = re.compile(r"\s+(?:[—–]|--)\s+")


# A clipping service's stamp whose parts slashes set apart ('Outlet / 01.12.2026 / Seite 15 /
# Desk / Auflage 95'340'): two slashes at least, the day a part of its own.
_SLASH = re.compile(r"\s+/\s+")


def _slashed_parts(line: str) -> list[str] | None:
    """The parts of a stamp set apart by slashes, or None. Why: read whole, the line was no
    stamp, and the clip's counter over it ('Artikel 1/4') was taken for its outlet; an
    outlet's two spellings ('X / Y') and a path ('A / B') hold no day of their own."""
    parts = _SLASH.split(line)
    if len(parts) < 3 or not any(is_only_date(p) for p in parts[1:]):
        return None
    return parts


# A circulation or reach figure after a stamp's day, with no colon ('Auflage 95'340', 'Reach
# 18K', 'Тираж 5000'): no desk.
_FIGURE_PART = re.compile(
    r"^(?:auflage|reichweite|leser|circulation|reach|readership|audience|тираж|охват)"
    r"\s+[$€£]?\d[\d'’., ]*\s*(?:k|m|mio\.?|tsd\.?|млн\.?|тыс\.?)?$",
    re.I,
)


def _dashed_labelled(line: str) -> list[str] | None:
    """The parts of an outlet-labelled item line split at its dashes, its number gone, or
    None. Why: only the outlet's label tells such a line from a headline with a dash in it
    ('Ош — Иркештам'), so the dash splits only a line that opens with it."""
    line = ITEM_NUMBER.sub("", line, count=1)
    if not OUTLET_LABEL.match(line):
        return None
    parts = _DASHES.split(line)
    return parts if len(parts) >= 2 else None


# A bilingual outlet name, its other spelling after a slash or in brackets ('Uralskaya
# Nedelya (Уральская неделя)', 'Хроника Туркменистана / Chronicles of Turkmenistan').
_BILINGUAL = re.compile(
    r"^(?P<a>[^()/]{2,60}?)\s*(?:\((?P<b>[^()/]{2,60})\)|/\s*(?P<c>[^()/]{2,60}))$"
)


_HOST = re.compile(r"^(?:www\.)?[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}$")


def _bilingual(name: str) -> str:
    """The Latin spelling of an outlet named in two scripts, else the name. Why: the archive
    names media in Latin script, and the outlet's own Latin name beats a transliteration."""
    if "(" not in name and "/" not in name:
        return name
    m = _BILINGUAL.match(name.strip())
    if m is None:
        return name
    one, other = m["a"].strip(), (m["b"] or m["c"]).strip()
    if m["b"] and _HOST.match(other):
        return one  # 'Курсив (kursiv.media)': the site's address beside its name, no spelling
    cyr = [bool(re.search(r"[А-Яа-яЁё]", x)) for x in (one, other)]
    if cyr[0] == cyr[1] or not all(re.search(r"[^\W\d_]", x) for x in (one, other)):
        return name
    return other if cyr[0] else one


# A monitoring alert's search or profile by its label: what was searched, no outlet.
_QUERY_LABEL = re.compile(
    r"^(?:search(?: term| profile)?|suche|suchprofil|suchbegriff|suchauftrag|query|keywords?|"
    r"stichw(?:ort|örter)|topic|thema|профиль|поисковый запрос|запрос)\s*:",
    re.I,
)


# An alert's count of what it found, first on its header line ('4 new mentions', '12 results',
# '3 neue Treffer', '5 новых упоминаний'): no outlet's name.
_FOUND_COUNT = re.compile(
    r"^\d{1,4}\s+(?:new|neue[nr]?|новых|новые)?\s*(?:mentions?|items?|results?|hits?|clips?|"
    r"articles?|stories|treffer|artikel|beiträge|meldungen|erwähnungen|ergebnisse|"
    r"упоминани\w*|материал\w*|публикаци\w*|сообщени\w*|результат\w*)\b",
    re.I,
)


def is_found_count(name: str) -> bool:
    """Whether a stamp's outlet is an alert's count of its finds ('4 new mentions · Dec 1,
    2026 – Dec 2, 2026'): the alert's header line, no clip's outlet."""
    return bool(_FOUND_COUNT.match(name.strip()))


# A labelled field of a monitoring tool's stamp ('Sentiment: negative', 'Reach: 48k').
_FIELD_PART = re.compile(r"^[^\W\d][\w -]{1,20}:\s*\S")
# A print clip's page among a stamp's parts: 'Page 14', 'Seite 3', 'S. 9', 'p. 2', 'стр. 5'.
_PAGE_PART = re.compile(r"^\s*(?:page|seite|s\.|p\.|pp?\.|стр\.|с\.)\s*\d{1,3}\s*$", re.I)


# A stamp's time in a part of its own after the day ('… | 24.11.2025 | 14:12 Uhr').
_BARE_CLOCK = re.compile(
    r"^(\d{1,2})[:.](\d{2})(?:\s*(?:uhr|h|ч\.?|(?P<half>[ap])\.?\s?m\.?))?$", re.I
)  # '14:12 Uhr', '7:45 pm'


def _clock_hour(clock: re.Match[str]) -> int:
    """The hour of a bare clock on the 24-hour dial ('7:45 pm' → 19)."""
    hour, half = int(clock[1]), (clock["half"] or "").lower()
    if half and 1 <= hour <= 12:
        return hour % 12 + (12 if half == "p" else 0)
    return hour


# A stamp's part that names the edition or the feed, no desk: "Ausgabe Münster", "Lokalausgabe
# X", "Northern edition", "Лента новостей", "Newsticker".
EDITION_PART = re.compile(
    r"^(?:(?:lokal)?ausgabe|edition|выпуск)\s|\s(?:edition|ausgabe)$|^(?:лента новостей|"
    r"новостная лента|newsticker|nachrichtenticker|news ?feed|news ?wire|ticker)$",
    re.I,
)


_PAGE_TAIL = re.compile(r",\s*(?:page|seite|s\.|p\.|стр\.|с\.)\s*\d{1,3}\s*$", re.I)


def _bare_desk(parts: list[str]) -> str:
    """The desk a stamp names without its label between the outlet and the day ('Outlet |
    Heidelberg | 24.11.2025': the local desk) or after the day ('66.ru | 25 ноября 2025,
    12:47 | Город'), or ''. Two or three capitalised words alone ('Jane Doe') are rather the
    author's name, unless the author's name follows ('Outlet · date · Lokales Münster ·
    Jane Doe': the desk, then who wrote it)."""
    if len(parts) == 4 and year_dates(parts[1]) and not year_dates(" ".join(parts[2:])):
        desk = parts[2].strip()
        plain = 0 < len(desk.split()) <= 3 and not re.search(r"[\d.!?:;,@]", desk)
        return desk if plain and stamp_person(parts[3]) else ""
    group = parts[1].strip() if len(parts) == 4 else ""
    if group.isupper() and len(group.split()) == 1 and year_dates(parts[2]):
        # 'Outlet | MLZ | 02.12.2026 | Schweiz': the publishing group's initials before the
        # day, the desk after it
        parts = [parts[0], parts[2], parts[3]]
    if len(parts) != 3 or bool(year_dates(parts[1])) == bool(year_dates(parts[2])):
        return ""
    desk = parts[2] if year_dates(parts[1]) else parts[1]
    if "," in desk:
        desk = _PAGE_TAIL.sub("", desk)  # 'Lokales, S. 11': the desk, its page after it
    words = desk.split()
    if not 0 < len(words) <= 3 or re.search(r"[\d.!?:;,@]", desk) or EDITION_PART.match(desk):
        return ""
    if _MEDIUM_KIND.search(desk):
        return ""  # 'Outlet (Print)', 'X (online)': an outlet with its medium, never a desk
    if len(words) == 1 or not all(w[:1].isupper() for w in words):
        return desk
    # capitalised words that cannot be a name ('Kanton Uri', 'County Kerry'): the desk
    return desk if _ADMIN_UNIT.match(desk) else ""


# The word for an administrative unit that opens a regional desk's name, never a first name.
_ADMIN_UNIT = re.compile(
    r"^(?:Kanton|Canton|Landkreis|Bezirk|Gemeinde|Stadt|County|Province|Oblast|Район|Область|"
    r"Край|Регион|Город)\s"
)


# The credit a colleague types under a pasted article: "Example.ru, 24 ноября 2025".
_COMMA_STAMP = re.compile(r"^(?P<outlet>[^,:;\d]{2,60}?),\s*(?P<rest>[^:]*\d{4}[^:]*)$")


_BY_LABEL = re.compile(r"^(?:by|von|автор:?)\s", re.I)
_DASHED_CHARS = 160  # a credit line with its byline runs no longer


# a byline after the day, set off by a dash: 'Example Post, 10 December 2025 – by Jane Doe'
_DASHED_BY = re.compile(r"\s+[–—-]\s+(?=(?:by|von|автор:?)\s)", re.I)


def dashed_byline(line: str) -> tuple[str, str]:
    """A credit line split before the byline it ends in after a dash ('Example Post, 10
    December 2025 – by Jane Doe' → ('Example Post, 10 December 2025', 'by Jane Doe')); the
    line and '' where it ends in none."""
    if " by " not in line and " von " not in line.lower() and "втор" not in line:
        return line, ""
    parts = _DASHED_BY.split(line, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (line, "")


def comma_stamp(line: str) -> ItemStamp | None:
    """'Outlet, 24 November 2025' alone on its line as outlet and day (maybe with a dashed
    byline after it: '– by Jane Doe'), else None. A byline before the comma ('By Jane Doe,
    Example Press | Dec. 17, 2025') names no outlet."""
    line = dashed_byline(line)[0] if len(line) < _DASHED_CHARS else line
    m = _COMMA_STAMP.match(line.strip())
    if not m or not 0 < len(m["outlet"].split()) <= 4 or len(line.split()) > 10:
        return None
    if m["outlet"][:1] in "BVАвbvа" and _BY_LABEL.match(m["outlet"]):
        return None
    hits = year_dates(m["rest"])
    return ItemStamp(m["outlet"].strip(), hits[0].value) if hits else None


# A page's stamp under its headline, the outlet before a slash and the time and day after it:
# "Example Daily Herald / 05:36 AM November 26, 2025".
_SLASH_STAMP = re.compile(r"^(?P<outlet>[^/:\d]{2,60}?)\s+/\s+(?P<rest>[^/]*\d{4}[^/]*)$")


def slash_stamp(line: str) -> ItemStamp | None:
    """'Outlet / 05:36 AM November 26, 2025' alone on its line as outlet and day, else None.
    A byline before the slash ('By Jane Doe / 26.11.2025', or a bare 'Jane Doe / …' with no
    newspaper's word in it) names no outlet."""
    m = _SLASH_STAMP.match(line.strip())
    if not m or not 0 < len(m["outlet"].split()) <= 5 or author_of_line(m["outlet"]):
        return None
    if stamp_person(m["outlet"]) and not is_press_name(m["outlet"]):
        return None
    hits = year_dates(m["rest"])
    return ItemStamp(m["outlet"].strip(), hits[0].value) if hits else None


_RUNNING_HEAD = re.compile(r"^(?P<outlet>[^/:·|•\d]{2,60}?)\s+[·|•/]\s+(?P<rest>.*\d{4}.*)$")


def press_running_head(line: str, repeated: bool = False) -> str:
    """The paper a print page's running head names before its day ('Example Tagespost ·
    Donnerstag, 20. November 2025', 'The Example Herald | November 20, 2025'), else ''.
    Only a name with a newspaper's word in it: a desk or a person stands there too. A head
    the copy prints again over the next page (`repeated`) is the paper's whatever its name,
    its day after the weekday with no bar between ('Example AZ Donnerstag, 4. Dezember
    2025')."""
    if "2" not in line:
        return ""
    if repeated and (name := before_weekday_stamp(line.strip())) != line.strip():
        # a desk's head ('Politik Donnerstag, …') is one word, a paper's is two or a press word
        words = len(name.split())
        if (2 <= words <= 5 or is_paper_name(name)) and name[:1].isupper():
            return name
    if not (m := _RUNNING_HEAD.match(line.strip())):
        return ""
    outlet = m["outlet"].strip()
    if glued := list(_GLUED_RUBRIC.finditer(outlet)):
        # the page's rubric run into the name where the PDF lost the space ("Wirtschaft in
        # der RegionExample Post", "KREIS WESTSTADTExample Bote"): the name after the seam
        outlet = outlet[glued[-1].end() :]
    if len(outlet.split()) > 5 or not is_paper_name(outlet) or not year_dates(m["rest"]):
        return ""
    return outlet


# A print page's folio row under its running head: the rubric and the page's number
# ("Politik 3", "4 Politik", "Lokales 12").
_FOLIO_ROW = re.compile(
    r"^(?:\d{1,3}\s+(?P<after>[^\W\d_][\w &-]{1,30})|(?P<before>[^\W\d_][\w &-]{1,30}?)\s+\d{1,3})$"
)


def folio_rubric(line: str) -> str:
    """The rubric a page's folio row prints beside the page's number, or ''."""
    if len(line) > 40 or not (m := _FOLIO_ROW.match(line.strip())):
        return ""
    rubric = (m["after"] or m["before"]).strip()
    return rubric if len(rubric.split()) <= 3 else ""


def page_heads(lines: list[str]) -> set[int]:
    """The lines of an e-paper's text copy that are page furniture: a running head the copy
    prints again over the next page ('Example AZ Donnerstag, 4. Dezember 2025') and the
    folio row under each ('Politik 3', '4 Politik')."""
    counts: dict[str, int] = {}
    for line in lines:
        if line[-1:].isdigit() and 12 < len(line) <= 80:
            counts[line] = counts.get(line, 0) + 1
    heads = {ln for ln, n in counts.items() if n > 1 and press_running_head(ln, repeated=True)}
    found: set[int] = set()
    for i, line in enumerate(lines):
        if line in heads:
            found.add(i)
            if i + 1 < len(lines) and folio_rubric(lines[i + 1]):
                found.add(i + 1)
    return found


_GLUED_RUBRIC = re.compile(r"[a-zäöüß](?=[A-ZÄÖÜ])|[A-ZÄÖÜ](?=[A-ZÄÖÜ][a-zäöüß])")


# A clipping service's credit under an item's headline: "Outlet, 26.11.2025, S. 8 (Desk)",
# "example.at, 25.11.2025, 17:32 (Desk)", a press database's "Outlet, 27.11.2026, Nr. 276,
# S. 17 – Desk": the outlet, the day, maybe the issue and the page, the desk.
_ISSUE_NO = r"(?:№|no\.|nr\.|n(?=\s\d))\s*\d{1,3}(?:[.,]\d{3})*\d*(?:\s*\(\d[\d\s]*\))?"
_CREDIT = re.compile(
    # the outlet maybe with its site in brackets: "Outlet (outlet.ru), 25.11.2025 09:30, …"
    # (a name may carry digits: "НГС24, 24.11.2025, рубрика «Город»")
    # or its medium: "Outlet (online), 25.11.2025, 16:31"
    # (a numbered review's count before it is no part of the name: "2. Outlet, 27.11.2025, …")
    r"^(?:\d{1,3}[.)]\s+)?(?P<outlet>[^,:;()]{2,60}?)(?:\s*\((?P<site>[\w.-]{2,30}\.[a-z]{2,6}|online|print|web)\))?"
    # the day after the outlet by a comma, or by 'vom'/'from'/'от': "Outlet vom 24.11.2025, …"
    r"(?:,|\s+(?:vom|from|dated|от)\s+(?=\d))"
    # the issue's number may come before the day: "Outlet, № 44 (10812), 21.11.2025, с. 5"
    rf"(?P<early>\s*{_ISSUE_NO},)?"
    r"\s*(?P<day>[^,()]*\d{4}(?:,?\s*\d{1,2}:\d{2}(?:\s*uhr)?)?)"
    # the issue's number before the page: "Outlet, 26.11.2025, № 131, с. 3", with the
    # running count in brackets or thousands set apart ('№ 217 (28011)', 'No. 54,118')
    rf"(?P<issue>,\s*{_ISSUE_NO})?"
    # a page may carry its part's letter: "Seite A3"
    r"(?P<page>,\s*(?:s\.|seite|p\.|page|с\.|стр\.)\s*[A-Z]?\d+)?(?:\s*\((?P<desk>[^()\d]{2,40})\)|"
    # the desk by its label after a comma: "Outlet, 26.11.2025, 12:15, рубрика «Экономика»"
    r",\s*(?:рубрика|раздел|ressort|rubrik|section|desk)\s*:?\s*[«\"„“]?"
    r"(?P<named>[^«»\"„“”,()\d]{2,40}?)[»\"“”]?"
    # and the page after the desk: "Outlet, 27.11.2025, Ressort: Wirtschaft, S. 19"
    r"(?:,\s*(?:s\.|seite|p\.|page|с\.|стр\.)\s*[A-Z]?\d+)?|"
    # or bare after the page: "Outlet, 27.11.2025, Seite 15, Wirtschaft"
    r"(?<=\d),\s*(?P<bare>[^\W\d_][^,()\d:|«»]{1,30})|"
    # or after a dash: "Outlet, 27.11.2026, Nr. 276, S. 17 – Wirtschaft"
    r"(?<=\d)\s+[–—-]\s+(?!(?:by|von|автор)\s)(?P<dashed>[^\W\d_][^,()\d:|«»–—]{1,30}))?"
    # and the author last: "…, рубрика «Город», автор: Jane Doe"
    # (or after the desk's sentence stop: "…, рубрика «Город». Автор: Jane Doe")
    r"(?:(?:[,.]|\s+[–—])\s*(?:автор|author|autor|von|by)\s*:?\s*(?P<author>[^,()\d:]{2,60}))?"
    # and the agency it credits: "…, 16:31 | Quelle: APA"
    r"(?:\s*\|\s*(?:quelle|source|источник)\s*:\s*(?P<agency>[^\W\d][^|,:]{1,30}))?"
    # or the item's address: "…, 27 November 2026 (Desk) – https://example.com/a/1"
    r"(?:\s+[–—-]\s+https?://\S+)?$",
    re.I,
)


# The issue's number with its day in brackets ('Outlet, Nr. 22 (21.11.2026), S. 4').
_ISSUE_DAY = re.compile(
    r",\s*(?P<issue>(?:№|no\.|nr\.)\s*\d{1,4})\s*\((?P<day>\d{1,2}[./\s][^()]*\d{4})\)", re.I
)


def issue_day_first(line: str) -> str:
    """A credit whose issue's number carries the day in brackets with the day first, as
    such credits mostly print it ('Outlet, Nr. 22 (21.11.2026), S. 4' -> 'Outlet,
    21.11.2026, Nr. 22, S. 4'). Why: the day in brackets went unread, the credit with it."""
    return _ISSUE_DAY.sub(r", \g<day>, \g<issue>", line, count=1)


def credit_stamp(line: str) -> ItemStamp | None:
    """'Outlet, 26.11.2025, S. 8 (Desk)' as outlet, day and desk, else None. A page or a
    desk it names tells it from a dateline ('Berlin, 24.11.2025')."""
    m = _CREDIT.match(issue_day_first(line.strip()))
    hits = year_dates(m["day"]) if m else []
    if m is None or not hits:
        return None
    # a page, a desk, an issue or an agency names a credit, and so does an online outlet's
    # site in brackets with its author ('Outlet (outlet.com), date – by Jane Doe')
    named = m["page"] or m["desk"] or m["named"] or m["issue"] or m["early"] or m["agency"]
    if not (named or (m["site"] and m["author"])):
        return None
    if (m["bare"] or m["dashed"]) and not m["page"]:
        return None  # 'Berlin, 24.11.2025, Wirtschaft' names no page: a dateline's day
    # a desk's label vouches for a longer name ('Ministry of Example Region, …, рубрика «X»')
    if not 0 < len(m["outlet"].split()) <= (7 if m["named"] else 4) or find_dates(m["outlet"]):
        return None
    if not re.search(r"[^\W\d_]", m["outlet"]):
        return None  # a number is no outlet's name
    desk = m["desk"] or m["named"] or m["bare"] or m["dashed"] or ""
    return ItemStamp(m["outlet"].strip(), hits[0].value, desk.strip())


def credit_author(line: str) -> str:
    """The author a clipping service's credit names last ('…, рубрика «X», автор: Jane
    Doe'), or ''."""
    m = _CREDIT.match(issue_day_first(line.strip()))
    return (m["author"] or "").strip() if m and credit_stamp(line) else ""


# The time an item went online, alone on its line under a newsletter's headline: "18:05".
_CLOCK = re.compile(r"^(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s*(?:uhr|h))?$", re.I)


def clock_time(line: str) -> time | None:
    """The time of a line that is a clock and nothing else ("18:05", "9.40 Uhr"), or None."""
    m = _CLOCK.match(line.strip())
    return time(int(m["hour"]), int(m["minute"])) if m else None


def clock_stamp(line: str) -> tuple[time, str] | None:
    """A newsletter item's time with its rubric, over or under the headline ('12:40 |
    Politik', 'Wirtschaft · 9.15 Uhr', '18:05'), as (time, rubric or ''), else None."""
    parts = STAMP_PARTS.split(line.strip())
    clocks = [t for part in parts if (t := clock_time(part)) is not None]
    rest = [part for part in parts if clock_time(part) is None]
    if len(clocks) != 1 or len(rest) > 1:
        return None
    rubric = rest[0] if rest else ""
    if rubric and (len(rubric.split()) > 3 or re.search(r"[\d.!?:;,]", rubric)):
        return None
    return clocks[0], rubric


# A reader's typed source line, the outlet's name and the day alone: "The Guardian, 29
# November 2025", "Süddeutsche Zeitung, 28.11.2025", "«Коммерсантъ», 28 ноября 2025"; a
# digest's numbered item line ("2) Example Post, 28.11.2025") the same with its number.
_TYPED_CREDIT = re.compile(
    r"^(?:(?P<number>\d{1,3})[.)]\s+)?(?P<outlet>[^\W\d_«„\"“][^,;:|·•\d]{1,58}?|"
    r"[«„\"“][^«»„\"“”]{2,58}[»\"“”])\s*,\s*(?P<day>\S.*)$"
)
_TYPED_WORDS = 5  # an outlet's name is a few words, no sentence
# "Der Tagesspiegel", "Die Zeit": a German name with its article is an outlet's, no town's
# (an English one may be a town's: "The Hague")
_NAME_ARTICLE = re.compile(r"^(?:Der|Die|Das)\s+[^\W\d_]")


def typed_credit(line: str, numbered: bool = False) -> ItemStamp | None:
    """'Outlet, date' alone on a line as the outlet and its day; else None. Why: a place
    and a day read the same ('Berlin, 27.11.2025' over a release), so the name must say it
    is an outlet: a press word ('Zeitung', 'Guardian', 'Post'), its article ('Die X') or its
    quotes ('«X»'); an item's number in a digest that counts its items (``numbered``: the
    caller saw the count run 1, 2, 3) vouches for any name."""
    m = _TYPED_CREDIT.match(line.strip())
    if m is None or not is_only_date(m["day"]) or not year_dates(m["day"]):
        return None
    outlet = m["outlet"].strip()
    if not 0 < len(outlet.split()) <= _TYPED_WORDS or outlet.endswith("."):
        return None
    if re.search(r"[—–]|\s-\s", outlet):
        return None  # 'Headline — Outlet, date': a contents entry, its headline first
    quoted = outlet[:1] in '«„"“'
    named = is_press_name(outlet) or quoted or bool(_NAME_ARTICLE.match(outlet))
    if not (named or (numbered and m["number"])):
        return None
    return ItemStamp(outlet.strip('«»„"“” '), year_dates(m["day"])[0].value)


def credit_number(line: str) -> int | None:
    """The item's number before a typed credit line ('2) Outlet, 28.11.2025'), or None."""
    m = _TYPED_CREDIT.match(line.strip())
    return int(m["number"]) if m and m["number"] else None


def day_first_row(line: str) -> tuple[ItemStamp, str] | None:
    """A clip's row under its headline that opens with its day and names its page or site,
    its desk and its writer ('25 Nov 2026 · Page 9 · News · Jane Doe', '24 Nov 2026, 5:41pm ·
    example.com.au · Health · Jane Doe'), as (day and desk, writer); None for any other
    line. Why: a monitoring alert's card prints the outlet over the headline and this row
    under it; read as no stamp, the clip took the mail's day and lost its desk and writer."""
    parts = [p.strip() for p in STAMP_PARTS.split(line.strip()) if p.strip()]
    if not 3 <= len(parts) <= 5 or not is_only_date(parts[0]):
        return None
    hits = year_dates(parts[0])
    if not hits:
        return None
    rest = parts[1:]
    placed = [p for p in rest if any(r.match(p) for r in (_PAGE_PART, _SITE_PART, _MEDIUM_PART))]
    if not placed:
        return None  # the page or the site marks the row a clip's, not a dated kicker
    rest = [p for p in rest if p not in placed]
    writer = stamp_person(rest[-1]) if rest else ""
    rest = rest[:-1] if writer else rest
    if len(rest) > 1 or any(re.search(r"[\d.!?:;@]", p) or len(p.split()) > 3 for p in rest):
        return None
    return ItemStamp("", hits[0].value, rest[0] if rest else ""), writer
