"""Dates and times in German, English and Russian news text.

Month names appear in every grammatical form ("ноября", "ноябре", "Nov.", "Jänner"), dates
come numeric, ISO or spelled out, with or without a time and a zone. Each hit says whether
it has a time, a year and a weekday, so callers can tell a publication stamp from the
"today is Wednesday" date in a site's header bar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTH_FORMS: dict[int, tuple[str, ...]] = {
    1: ("januar", "januari", "jänner", "jaenner", "january", "jan", "янв", "январь", "января",
        "январе"),
    2: ("februar", "februari", "feber", "february", "feb", "febr", "фев", "февр", "февраль",
        "февраля", "феврале"),
    3: ("märz", "maerz", "mär", "mrz", "march", "mar", "мар", "март", "марта", "марте"),
    4: ("april", "apr", "апр", "апрель", "апреля", "апреле"),
    5: ("mai", "maj", "may", "май", "мая", "мае"),
    6: ("juni", "june", "jun", "июн", "июнь", "июня", "июне"),
    7: ("juli", "july", "jul", "июл", "июль", "июля", "июле"),
    8: ("august", "augusti", "aug", "авг", "август", "августа", "августе"),
    9: ("september", "sept", "sep", "сен", "сент", "сентябрь", "сентября", "сентябре"),
    10: ("oktober", "october", "okt", "oct", "окт", "октябрь", "октября", "октябре"),
    11: ("november", "nov", "ноя", "нояб", "ноябрь", "ноября", "ноябре"),
    12: ("dezember", "december", "dez", "dec", "дек", "декабрь", "декабря", "декабре"),
}  # fmt: skip
MONTHS = {form: month for month, forms in _MONTH_FORMS.items() for form in forms}
_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_WEEKDAYS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    "понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|"
    "mo|di|mi|do|fr|sa|so|пн|вт|ср|чт|пт|сб|вс|"
    # Danish and Norwegian, as the German-language papers of the border region print them
    "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
)
ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "msk": 3, "мск": 3, "mez": 1, "cet": 1, "mesz": 2, "cest": 2,
    "eet": 2, "eest": 3, "bst": 1, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "pst": -8,
    "pdt": -7, "mst": -7, "mdt": -6, "almt": 5, "ast": 5, "jst": 9, "kst": 9, "hkt": 8,
    "sgt": 8, "ist": 5.5,
    "myt": 8, "pht": 8, "wib": 7, "gst": 4, "aedt": 11, "aest": 10, "acdt": 10.5,
    "acst": 9.5, "awst": 8, "nzdt": 13, "nzst": 12, "ict": 7, "pkt": 5, "uzt": 5, "trt": 3,
    # the Caucasus, Central Asia, Russia's regions, Africa and Iran, as their agencies print
    # them ("14:25 AMT", "10:00 YEKT", "09:00 EAT")
    "amt": 4, "azt": 4, "get": 4, "samt": 4, "kgt": 6, "tjt": 5, "tmt": 5, "yekt": 5,
    "omst": 6, "krat": 7, "irkt": 8, "yakt": 9, "vlat": 10, "magt": 11, "pett": 12,
    "wat": 1, "cat": 2, "eat": 3, "sast": 2, "irst": 3.5, "npt": 5.75,
}  # fmt: skip
# North American zones named without the season ("12:33 PM ET"): standard time, or daylight
# saving time from the second Sunday in March to the first Sunday in November.
SEASONAL_ZONES = {"et": -5, "ct": -6, "mt": -7, "pt": -8}
# In capitals only where the name is also a word after a time: "10:30 et 11:00", "um 12:33
# ist", "12:00 est" are no zones.
_CAPITALS_ONLY = {*SEASONAL_ZONES, "ist", "est", "ast", "amt", "get", "samt", "wat", "cat", "eat"}
_ZONE_RE = "|".join(
    sorted((re.escape(z) for z in ZONES if z not in _CAPITALS_ONLY), key=len, reverse=True)
) + ("|(?-i:" + "|".join(sorted((z.upper() for z in _CAPITALS_ONLY), key=len, reverse=True)) + ")")
# A zone by its tz database name after the time, as CMS themes print it ("19:02 Asia/Tehran")
_ZONE_RE += r"|(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+"
# A zone's name in capitals between the day and the time ("2025-11-27 HKT 16:48", as a
# broadcaster's stamp prints it): only a known zone of three letters or more, so no word
# of a sentence reads as one
_ZONE_BETWEEN = (
    r"(?:(?-i:(?P<zb>"
    + "|".join(sorted((re.escape(z.upper()) for z in ZONES if len(z) >= 3), key=len, reverse=True))
    + r"))\s+)"
)

# An offset's sign: a hyphen first in the class, so it is no range ("[+-−]" took every
# character from "+" to U+2212, and "14:20 · 3 Min." read the middle dot as "+3"); spaced
# from its number only after a zone's name ("GMT + 3"), since "14:20 - 3 Min." is no zone.
_SIGN = r"(?(zone)[-+−]\s?|[-+−])"
_TIME = (
    # "5 AM PT", "11 p.m. ET", "Nov. 24, 2025 5 AM Central": the full hour alone only with
    # its half of the day after it; "am" in capitals or with a full stop only (German
    # "5 am Montag" is no time)
    # "10h41": the hour's letter between hour and minutes, as Portuguese and French
    # (and Angolan, Brazilian, Lusophone African) sites print their stamps
    r"(?P<H>[01]?\d|2[0-3])(?:(?:[:.]|h(?=[0-5]\d(?!\d)))(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
    r"|(?=\s?(?:(?-i:AM)|pm|[ap]\.\s?m\.?)(?![^\W\d_])))"
    # "AM" no half of a zone's name: "14:25 AMT" is Armenia's time
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![^\W\d_]))?(?:\s*(?:Uhr|h|ч\.?))?"
    rf"(?:\s*\(?(?:(?P<zone>{_ZONE_RE})\b)?\s*(?P<off>{_SIGN}\d{{1,2}}(?::?\d{{2}})?(?!\d))?\)?)?"
)
_YEAR = r"(?P<y>(?:19|20)\d{2})(?:\s*(?:г\.|года|год|г)(?!\w))?"
# "05.11.2025, 12:33", "06.02.2025. 13:47" (a full stop after the year, as in Croatian)
# "02.04.2025 · 10:15": a middle dot or bullet between date and time, as sites print them;
# "21.11.25 / 14:05": a slash between them ("Tue 24 Nov 2025 // 13:45 UTC": two);
# "28.11.2025 | Stand: 11:05 Uhr": the day's only time under its "as of" label
# "27 November ,2025: 03:12 PM": a colon between year and clock (a CMS theme's quirk)
# "November 21, 2025, Friday @ 15:42": the weekday's full name between date and time, and
# an at sign before the time, as some CMS themes print them; "20 november 2025 kl 11.42":
# the Scandinavian "klockan/klokken" before the time, as Nordic broadcasters' foreign-language
# services print their stamps
_WEEKDAY_BETWEEN = (
    r"(?:,?\s*(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|"
    r"четверг|пятница|суббота|воскресенье)(?!\w))?"
)
_SEP_TIME = (
    r"(?:" + _WEEKDAY_BETWEEN + r"\s*(?:,|\||//?|-|–|—|\.|·|•|@|um|at|в|,\s*um|,\s*at|,?\s*kl\.?|"
    r":(?=\s?[01]?\d:[0-5]\d))?\s*" + _ZONE_BETWEEN + "?"
    r"(?:Stand:?\s*)?\[?" + _TIME + r"\]?)?"
)

_DIGIT = re.compile(r"\d")
# Each with what it needs in the text before it can match: the separator of its numbers, or
# a month name (see _has_month), so find_dates runs only the patterns that can match.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2025-11-05, 2025-11-05T12:33:00+03:00
    (
        "-",
        re.compile(
            r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
            r"(?:(?:[T /]|\s+"
            + _ZONE_BETWEEN
            + r")(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?"
            r"\s*(?:(?i:(?P<zone>" + _ZONE_RE + r"))\b\s*)?"
            r"(?P<off>Z|(?(zone)[-+−]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})(?!\d))?)?(?!\d)"
        ),
    ),
    # 05.11.2025 12:33; "12. 3. 2025, 18:04 Uhr"; "14.11.25, 15:03 Uhr": a two-digit year
    # only with a time after it, or as the whole line ("20. 11. 25"; see _build)
    (
        ".",
        re.compile(
            r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<sp> )?(?P<m>[01]?\d)\.(?(sp) )"
            r"(?P<y>(?:(?:19|20)\d{2}|\d{2}))(?![\d.]\d)" + _SEP_TIME,
            re.IGNORECASE,  # zones are named in capitals ("05.11.2025 12:33 MSK")
        ),
    ),
    # 2025.11.20., 2025. 11. 20. 14:30: year first with dots, maybe a dot after the day
    # (Korean, Hungarian and Chinese style); never inside a longer run of dotted numbers
    (
        ".",
        re.compile(
            r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.(?P<sp> )?(?P<m>[01]?\d)\.(?(sp) )"
            r"(?P<d>[0-3]?\d)(?!\d)(?:\.(?![\d.]))?(?![\d.]\d)" + _SEP_TIME,
            re.IGNORECASE,
        ),
    ),
    # 20-01-2025 14:37: day, month, year with hyphens
    (
        "-",
        re.compile(
            r"(?<![\d-])(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>(?:19|20)\d{2})(?![\d-])" + _SEP_TIME,
            re.IGNORECASE,
        ),
    ),
    # 08/01/2025 03:45 PM: day first, as most of the world writes it; a second number
    # above 12 can only be a day, so "12/25/2025" is read month first (US pages). A
    # two-digit year ("20/11/25 15:33") as with dots: with a time after it, or alone
    (
        "/",
        re.compile(
            r"(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)/(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])"
            + _SEP_TIME,
            re.IGNORECASE,
        ),
    ),
    # 2025/04/16-17:35, 2025/04/16 17:35: year first with slashes (Japanese and Chinese sites)
    (
        "/",
        re.compile(
            r"(?<![\d/])(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])" + _SEP_TIME,
            re.IGNORECASE,
        ),
    ),
    # 5. November 2025, 05 November 2025 12:33, 5 ноября 2025 г.; "25th November 2025";
    # "27-Nov-2025 16:42:05 GMT" (news terminals), "17/NOV/2025" (a byline's day)
    (
        "month",
        re.compile(
            rf"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?(?:\s*|-(?=[^\W\d_])|"
            r"(?P<sl>/)(?=[^\W\d_]{3,9}\.?/(?:19|20)\d\d))(?:-го\s+)?"
            rf"(?P<mon>{_MONTH_RE})\.?(?!\w)(?:(?:\s?,?\s*|-|(?(sl)/|(?!))){_YEAR})?" + _SEP_TIME,
            re.IGNORECASE,
        ),
    ),
    # November 5, 2025 12:33 PM; Nov. 5; "Nov 25/2025" (a slash before the year); "Nov - 21 -
    # 2025 , 06:45" (spaced hyphens between the parts, then always with the year); "November,
    # 24, 2025 - 10:48" (a comma after the month too, then always with the year)
    (
        "month",
        re.compile(
            rf"(?<!\w)(?P<mon>{_MONTH_RE})\.?"
            r"(?:\s+|(?P<hy>\s*-\s*(?=[0-3]?\d\s*-\s*(?:19|20)\d\d))"
            r"|,\s*(?=[0-3]?\d,\s*(?:19|20)\d\d))(?P<d>[0-3]?\d)"
            rf"(?:st|nd|rd|th)?(?!\d)(?:(?:,?\s*|/|(?(hy)\s*-\s*|(?!))){_YEAR})?" + _SEP_TIME,
            re.IGNORECASE,
        ),
    ),
]
# "12:33, 5 ноября 2025" / "12:33 05.11.2025": the time before the date; "6.35pm, 25 Nov
# 2025": a full stop between hour and minutes with "am"/"pm" after them.
_TIME_FIRST = re.compile(
    r"(?<![\d:.])(?P<H>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d\s*[ap]\.?\s?m))(?P<M>[0-5]\d)"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    # the zone maybe in brackets: "14:00 (мск) 24 ноября 2025 года"
    # (or "on" before the day: "7:15 AM CST on Dec 1, 2025", a US city site's stamp)
    rf"(?:\s*\(?(?P<zone>{_ZONE_RE})\b\)?)?\s*(?:[,|/]|\son)?\s*$",
    re.IGNORECASE,
)
# "13.42 24 Nov 2025": a time of two-digit hours with a full stop and no "am"/"pm", alone
# before the date at the stamp's start (a broadcaster's style); anywhere else, or set off by
# a comma ("6.35, 25 Nov"), "13.42" may be a number.
_DOTTED_TIME_OPENS = re.compile(r"\s*(?P<H>[01]\d|2[0-3])\.(?P<M>[0-5]\d)(?P<ampm>)(?P<zone>)\s+$")
# A weekday right before a date ("Mittwoch, 5. November"): matched against the end of the
# text before the date with its trailing whitespace stripped, so only the last few characters
# are searched (the whole text before a date, searched for a pattern anchored at its end,
# cost more than everything else in find_dates).
_WEEKDAY_END = re.compile(rf"(?:{_WEEKDAYS})\.?,?\Z", re.IGNORECASE)
_WEEKDAY_SPAN = max(map(len, _WEEKDAYS.split("|"))) + 2  # the name, "." and ","

# A later revision's label before a stamp ("Aktualisiert", "Updated", "Обновлено"): the
# first publication is kept over it.
# "Updated", "Aktualisiert", "Last update on:" (The Daily Star's, without the -d)
REVISION_LABEL = re.compile(
    r"(?:aktualisiert|updated|last update|stand|обновлено|изменено)\b", re.IGNORECASE
)
# The first publication's time after a revision's stamp on the same line ("Updated
# November 26 2025 - 5:12pm, first published 12:30pm"): the day is the revision's.
_FIRST_TIME = re.compile(
    r"\b(?:first published|originally published|erstmals veröffentlicht|"
    r"zuerst veröffentlicht|впервые опубликовано)\s*(?:at|um|в)?\s*:?\s*"
    r"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)\s*(?P<ampm>[ap]\.?\s?m\.?)?(?!\w|[:.]\d)",
    re.IGNORECASE,
)
# A stamp line's parts between middle dots, bullets or bars ("27.11.2025, 09:48 · Von
# Jane Doe", "By X and Y · November 22, 2025 · 0 Comments"), each read on its own.
STAMP_PARTS = re.compile(r"\s+[·•|]\s+")

# Cheap tests that tell a pattern cannot match, so most lines run none or one of them:
# a numeric pattern needs a digit before its "-", "." or "/"; a spelled-out one a whole word
# that is a month name (its month group is always a whole run of letters).
_NUMERIC_DATE = re.compile(r"\d[-./]")
_LETTERS = re.compile(r"[^\W\d_]+")
_MONTH_WORD = re.compile(rf"(?:{_MONTH_RE})", re.IGNORECASE)
_MONTH_LENGTHS = range(min(map(len, MONTHS)), max(map(len, MONTHS)) + 1)
# The characters a month name matches under re.IGNORECASE whose str.lower() disagrees with
# that match (dotted/dotless i, long s, old Cyrillic letter forms); tests recompute the list.
MONTH_ODD_CASE = "\u0130\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85"
_ODD_CASE = re.compile(f"[{MONTH_ODD_CASE}]")


def _has_month(text: str) -> bool:
    """Whether a run of letters in `text` is a month name, as the patterns match it:
    lower-cased words looked up in MONTHS, and only a text with one of the odd characters
    checked word by word with the patterns' own case rule."""
    if not MONTHS.keys().isdisjoint(_LETTERS.findall(text.lower())):
        return True
    if text.isascii() or not _ODD_CASE.search(text):
        return False
    words = _LETTERS.findall(text)
    return any(len(w) in _MONTH_LENGTHS and _MONTH_WORD.fullmatch(w) for w in words)


_WEEKDAY_TAIL = re.compile(rf"\s*\b(?:{_WEEKDAYS})\.?,?\s*\Z", re.IGNORECASE)


def before_weekday_stamp(text: str) -> str:
    """What a line prints before a dated stamp that opens with its weekday ("Jane Doe Sun,
    November 23, 2025 at 8:14 AM" → "Jane Doe"): glued to a byline's name, the weekday
    reads as its last word. The line itself when no such stamp follows text."""
    hit = next((h for h in find_dates(text) if h.has_year), None)
    if hit is None or not hit.weekday:
        return text
    head = _WEEKDAY_TAIL.sub("", text[: hit.start])
    return head.rstrip() if head.strip() and head != text[: hit.start] else text


def _time_over_weekday(before: str) -> re.Match[str] | None:
    """The time before a date's weekday ("00:01 GMT, Thursday 4 December 2025", "10:00 Uhr,
    Mittwoch, 3. Dezember"), as releases print their embargo: the weekday stands between
    the time and the day, so the time is looked for in front of it. None without one."""
    if ":" not in before or not before[-1].isspace():
        return None
    tail = before.rstrip()[-_WEEKDAY_SPAN:]
    if not (wd := _WEEKDAY_END.search(tail)):
        return None
    head = before.rstrip()[: len(before.rstrip()) - len(tail) + wd.start()]
    if head and (head[-1].isalnum()):
        return None  # the weekday's name is the end of a longer word
    return _TIME_FIRST.search(head)


def _weekday_before(text: str) -> bool:
    """Whether `text` ends with a weekday name (then "." "," and whitespace)."""
    return bool(_WEEKDAY_END.search(text.rstrip()[-_WEEKDAY_SPAN:]))


@dataclass
class DateHit:
    """One date found in a line of text."""

    start: int
    end: int
    value: datetime
    has_time: bool
    has_year: bool
    weekday: bool


def _us_daylight(when: datetime) -> bool:
    """Whether US daylight saving time is in force at the local time `when` (rules since
    2007: from 2:00 on the second Sunday in March to 2:00 on the first Sunday in November)."""
    march = datetime(when.year, 3, 8 + (6 - datetime(when.year, 3, 8).weekday()) % 7, 2)
    november = datetime(when.year, 11, 1 + (6 - datetime(when.year, 11, 1).weekday()) % 7, 2)
    return march <= when.replace(tzinfo=None) < november


def _offset(zone: str | None, off: str | None, when: datetime | None = None) -> timezone | None:
    if off:
        off = off.replace("−", "-").replace(" ", "")
        if off.upper() == "Z":
            return UTC
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        hours = int(digits[:-2] if len(digits) > 2 else digits)
        minutes = int(digits[-2:]) if len(digits) > 2 else 0
        if hours > 14 or minutes > 59:
            return None  # "2025-11-20 10:00 -2500": a number after the stamp, no zone
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if zone and zone.lower() in SEASONAL_ZONES:
        hours = SEASONAL_ZONES[zone.lower()]
        return timezone(timedelta(hours=hours + (when is not None and _us_daylight(when))))
    if zone and "/" in zone:
        return _named_zone(zone, when)
    if zone:
        return timezone(timedelta(hours=ZONES[zone.lower()]))
    return None


def _named_zone(zone: str, when: datetime | None) -> timezone | None:
    """A tz database zone's offset on that day ("Asia/Tehran": +03:30); None if unknown."""
    try:
        info = ZoneInfo(zone)
    except (ValueError, ZoneInfoNotFoundError):
        return None
    offset = (when or datetime(2000, 1, 1)).replace(tzinfo=info).utcoffset()
    return timezone(offset) if offset is not None else None


def _two_digit_year_ok(parts: dict[str, str | None], alone: bool) -> bool:
    """A two-digit year ("14.11.25") is a stamp's with a time after it, or when the date is
    the whole line (a stamp of its own, as "20. 11. 25" under a headline); in a sentence it
    may be a version or a list number, and spaced ("3. 2. 24, 09:05") only alone (a legal
    reference's paragraph numbers are spaced so)."""
    if alone:
        return True
    return bool(parts.get("H")) and not parts.get("sp")


def _build(
    m: re.Match[str], default_year: int | None, alone: bool = False
) -> tuple[datetime, bool, bool] | None:
    parts = m.groupdict()
    if "/" in m.group(0)[:6] and parts.get("m") and int(parts["m"]) > 12 >= int(parts["d"]):
        parts["d"], parts["m"] = parts["m"], parts["d"]  # 12/25/2025: month first
    if parts.get("mon"):
        month = MONTHS.get(parts["mon"].lower())
        if month is None:  # matched only case-insensitively: "APRİL", "ſeptember"
            return None
    else:
        month = int(parts["m"])
    year_text = parts.get("y")
    has_year = bool(year_text)
    if year_text and len(year_text) == 2 and not _two_digit_year_ok(parts, alone):
        return None
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000 if year < 70 else 1900
    elif default_year:
        year = default_year
    else:
        year = 1900
    hour = int(parts["H"]) if parts.get("H") else 0
    minute = int(parts["M"]) if parts.get("M") else 0
    second = int(parts["S"]) if parts.get("S") else 0
    ampm = (parts.get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        value = datetime(year, month, int(parts["d"]), hour, minute, second)
    except ValueError:
        return None
    tz = _offset(parts.get("zone") or parts.get("zb"), parts.get("off"), value)
    if tz is not None and parts.get("H"):
        value = value.replace(tzinfo=tz)
    return value, bool(parts.get("H")), has_year


def _stamp_before(before: str) -> bool:
    """Whether nothing but a stamp's time stands before a date ending its line ("14:35,
    26.11.25"): the date is then the line's alone, a two-digit year included."""
    if not before.strip():
        return True
    tm = _TIME_FIRST.search(before)
    return bool(tm) and not before[: tm.start()].strip()


# A date opening its line, set off by a dash or bar from a meta line's other parts ("27.11.25
# - Leipzig, Deutschland - Redaktion"): a stamp, whose two-digit year is a year.
_SET_OFF = re.compile(r"\s+[-–—|·•]\s")


def find_dates(text: str, default_year: int | None = None) -> list[DateHit]:
    """Every date in `text`, left to right, overlapping matches resolved by first pattern."""
    if not _DIGIT.search(text):  # every pattern needs a day number: most lines have none
        return []
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    numeric = bool(_NUMERIC_DATE.search(text))
    month: bool | None = None  # whether a month name is in the text, once asked
    for need, pattern in _PATTERNS:
        if need == "month":
            if month is None:
                month = _has_month(text)
            if not month:
                continue
        elif not numeric or need not in text:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            alone = (not text[m.end() :].strip() and _stamp_before(text[: m.start()])) or (
                not text[: m.start()].strip() and bool(_SET_OFF.match(text, m.end()))
            )
            built = _build(m, default_year, alone)
            if built is None:
                continue
            value, has_time, has_year = built
            start = m.start()
            before = text[: m.start()]
            if not has_time and (
                (tm := _TIME_FIRST.search(before))
                or (tm := _DOTTED_TIME_OPENS.match(before))
                or (tm := _time_over_weekday(before))
            ):
                hour = int(tm["H"])
                ampm = (tm["ampm"] or "").replace(".", "").replace(" ", "").lower()
                hour = hour + 12 if ampm == "pm" and hour < 12 else hour
                hour = 0 if ampm == "am" and hour == 12 else hour
                value = value.replace(hour=hour, minute=int(tm["M"]))
                if tm["zone"]:
                    value = value.replace(tzinfo=_offset(tm["zone"], None, value))
                has_time, start = True, tm.start()
            weekday = _weekday_before(text[:start])
            taken.append((m.start(), m.end()))
            hits.append(DateHit(start, m.end(), value, has_time, has_year, weekday))
    return sorted(hits, key=lambda h: h.start)


# A print issue named on a stamp: "aus FALTER 47/25 vom 19.11.2025", "Ausgabe 12/2025 vom
# …", "from issue 47/25 of": the paper's name and number belong to the stamp, not to prose.
_PRINT_ISSUE = re.compile(
    r"\b(?:(?:aus|in|erschienen in|from)\s+(?:der |dem |the )?(?:[\w.+-]+\s+){0,3}"
    r"|(?:ausgabe|nr\.|no\.|issue|heft|№)\s*)\d{1,3}/(?:\d{2}|\d{4})(?!\d)(?:\s+(?:vom|of)\b)?"
    # a weekly's volume and number after the day: "[ VOL 26 , NO 1337]", "(Vol. 3, No. 41)"
    r"|\bvol(?:ume)?\.?\s*\d{1,4}\s*,?\s*(?:no|nr|issue)\.?\s*\d{1,5}\b",
    re.IGNORECASE,
)


def without_issue(text: str) -> str:
    """`text` with a print-issue reference blanked out (same length, so the offsets of
    `find_dates` hits still hold): what is left is the stamp's label."""
    return _PRINT_ISSUE.sub(lambda m: " " * len(m[0]), text)


def year_dates(text: str) -> list[DateHit]:
    """The dates in ``text`` that print their year. Why: a stamp's day is the item's own;
    a yearless '24.11.' could be any year's, so no stamp reader takes one."""
    return [hit for hit in find_dates(text) if hit.has_year]


# A page's line of its owner's rights ('© 2025 Example', 'Все права защищены. Интерфакс,
# 2025', '(c) 1991-2025 X', 'Alle Rechte vorbehalten'), whose last year is the page's.
_RIGHTS = re.compile(
    r"©|\(c\)|\bcopyright\b|all rights reserved|alle rechte vorbehalten|все права защищены", re.I
)
_RIGHTS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_RIGHTS_WORDS = 20  # a rights line is a short notice, no paragraph of text


def rights_year(lines: list[str]) -> int | None:
    """The latest year a page's rights notice prints, or None. Why: a dateline's day
    without a year ('Минск. 27 ноября.') is the story's; the notice tells the page's year
    when no other date on the page does."""
    years = [
        int(y)
        for line in lines
        if len(line.split()) <= _RIGHTS_WORDS and _RIGHTS.search(line)
        for y in _RIGHTS_YEAR.findall(line)
    ]
    return max(years) if years else None


def is_only_date(text: str) -> bool:
    """Whether ``text`` is one date and nothing else ("24 November 2025", "24.11.2025 10:15"),
    a stray mark or two after it aside."""
    hits = find_dates(text)
    return len(hits) == 1 and hits[0].start == 0 and len(text) - hits[0].end <= 2


def parse_date(text: str) -> datetime | None:
    """The first complete date in a metadata value (front matter, meta tag, CSV cell)."""
    text = text.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        return value
    for hit in find_dates(text):
        if hit.has_year:
            return hit.value
    return None


# A stamp that names the day relative to the day of reading: "вчера, 18:40", "gestern,
# 18:40 Uhr", "yesterday at 6.40pm", "сегодня в 09:12", "today 9:12 AM".
_RELATIVE = re.compile(
    r"^(?P<day>позавчера|вчера|сегодня|vorgestern|gestern|heute|yesterday|today)"
    r"(?:\s*,)?(?:\s+(?:в|um|at))?\s*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    r"\s*(?P<half>[ap]\.?\s?m\.?)?(?:\s*(?:uhr|ч\.?))?$",
    re.IGNORECASE,
)
_DAYS_BACK = {"позавчера": 2, "вчера": 1, "сегодня": 0, "vorgestern": 2, "gestern": 1,
              "heute": 0, "yesterday": 1, "today": 0}  # fmt: skip


def relative_stamp(line: str, today: date | None = None) -> datetime | None:
    """The moment a relative stamp names, counted from `today` (the day the page was read,
    which its header bar prints); with no day to count from, 1 January 1 at that time
    (enough to tell a stamp from text). None when `line` is no such stamp."""
    m = _RELATIVE.match(line.strip())
    if not m:
        return None
    hour = int(m["hour"])
    if m["half"]:  # "6.40pm", "12.05am"
        hour = hour % 12 + (12 if m["half"][0].lower() == "p" else 0)
    moment = time(hour, int(m["minute"]))
    if today is None:
        return datetime.combine(date(1, 1, 1), moment)
    return datetime.combine(today - timedelta(days=_DAYS_BACK[m["day"].lower()]), moment)


def first_published_time(line: str, hits: list[DateHit]) -> DateHit | None:
    """The first publication's time printed after a revision's dated stamp with no day of
    its own ("Updated November 26 2025 - 5:12pm, first published 12:30pm"), on that day (the
    day before when its clock is later than the revision's: published before midnight).
    Why: such a stamp names the day once; the first publication is the article's date."""
    m = _FIRST_TIME.search(line)
    if m is None:
        return None
    day = next((h for h in reversed(hits) if h.has_year and h.end <= m.start()), None)
    if day is None or any(h.start >= m.start() for h in hits):
        return None  # no day before it, or a day of its own after the label
    hour = int(m["H"])
    half = (m["ampm"] or "").replace(".", "").replace(" ", "").lower()
    hour = hour % 12 + 12 if half == "pm" else (hour % 12 if half == "am" else hour)
    value = day.value.replace(hour=hour, minute=int(m["M"]), second=0)
    if day.has_time and value > day.value:
        value -= timedelta(days=1)
    return DateHit(m.start("H"), m.end(), value, True, True, False)
