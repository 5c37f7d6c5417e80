"""Bytes → text: BOMs, UTF-16 without BOM, legacy Cyrillic and Western code pages.

charset-normalizer does the general detection; Cyrillic single-byte code pages are
re-ranked by letter statistics because cp1251 / KOI8-R / cp866 are easily confused on
short clippings and a wrong guess mangles every word.
"""

from __future__ import annotations

import codecs
import re

import webencodings
from charset_normalizer import CharsetMatches, from_bytes

from app.model import ExtractionError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CYRILLIC_PAGES = ("cp1251", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic")
# The most frequent Russian lower-case letters; genuine text is mostly lower case.
_FREQUENT_RU = set("оеаинтсрвлкмдпуяыьгзбчй")
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_PUNCTUATION = set("«»—–“”„…№‘’•·\u00a0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HIGH_BYTES = bytes(range(0x05))
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
_C1_BYTES = bytes(range(0x80, 0xA0))
# Latin-1, cp1252 and cp1250 read byte 0xA4 as the generic currency sign "¤", which no one
# types; ISO-8859-15 puts the euro there. A "¤" beside an amount ("¤600", "25 ¤") is a
# euro, and the text Latin-9.
_CURRENCY_SIGN = re.compile(
    r"¤\s?\d|[\d.]\s?¤|\b(?:Mio|Mrd|Tsd|Mill|Millionen|Milliarden|million|billion)\s?¤"
)
#: the console code pages of DOS; charset-normalizer guesses them for Latin text with a
#: few high bytes, which Windows programs write in cp1252
_DOS_PAGES = {"cp437", "cp850", "cp852", "cp855", "cp857", "cp858", "cp860", "cp861",
              "cp862", "cp863", "cp865", "cp869", "cp737", "cp775"}  # fmt: skip


def _count(data: bytes, which: bytes) -> int:
    """How many bytes of ``data`` are among ``which``: ``bytes.translate`` deletes them in
    C, where a generator over every byte took 0.15 ms of a typical file's import."""
    return len(data) - len(data.translate(None, which))


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]

    def high_half(half: bytes) -> bool:
        # The high byte of Latin/Cyrillic/Greek code points is 0x00-0x04 most of the time.
        return _count(half, _HIGH_BYTES) / len(half) > 0.9

    if high_half(odd) and not high_half(even):
        return "utf-16-le"
    if high_half(even) and not high_half(odd):
        return "utf-16-be"
    return None


def _russian_score(text: str) -> float:
    """Share of frequent lower-case Russian letters among all non-ASCII characters."""
    chars = [c for c in text if ord(c) >= 0x80 and c not in _PUNCTUATION]
    if not chars:
        return 0.0
    frequent = sum(1 for c in chars if c in _FREQUENT_RU)
    other_letters = sum(1 for c in chars if c in _RUSSIAN and c not in _FREQUENT_RU)
    return (frequent + 0.5 * other_letters) / len(chars)


def _best_cyrillic(data: bytes) -> str | None:
    best, best_score = None, 0.0
    for page in _CYRILLIC_PAGES:
        try:
            text = data.decode(page)
        except UnicodeDecodeError:
            continue
        score = _russian_score(text)
        if score > best_score:
            best, best_score = page, score
    return best if best_score > 0.55 else None


def _as_latin9(data: bytes, text: str) -> str | None:
    """The text read as ISO-8859-15 (Latin-9), when that changes nothing but its "¤" signs:
    a single-byte page guessed for it (cp1252, cp1250, Latin-1) read every other byte alike,
    so no correctly read letter is touched."""
    if _count(data, _C1_BYTES) or len(text) != len(data):
        return None
    latin9 = data.decode("iso8859_15")
    if any(a != b and a != "¤" for a, b in zip(text, latin9, strict=True)):
        return None
    return latin9


#: Central European pages a Western text is mistaken for: cp1252's "£" is cp1250's "Ł"
_CENTRAL_PAGES = {"cp1250": "cp1252", "iso8859_2": "iso8859_1", "latin_2": "iso8859_1"}


def _western_after_all(data: bytes, text: str, encoding: str) -> str | None:
    """The text in the Western page when the Central European one guessed for it only
    changes signs beside figures ("Ł140m" for "£140m"): in Polish or Czech text its own
    letters stand inside words."""
    western = _CENTRAL_PAGES.get(encoding)
    if western is None:
        return None
    try:
        other = data.decode(western)
    except UnicodeDecodeError:
        return None
    if len(other) != len(text):
        return None
    if _western_words(other):
        return other  # "Agência Brasil" in an English text, not "Agęncia"
    for i, (a, b) in enumerate(zip(text, other, strict=True)):
        beside = (text[i - 1] if i else "") + text[i + 1 : i + 2]
        if a != b and a.isalpha() and any(c.isalpha() for c in beside):
            return None  # a Central European letter in a word ("Łódź", "Škoda")
    return other


#: Baltic pages charset-normalizer guesses for a Western or Central European text
_BALTIC_PAGES = {"cp1257", "iso8859_13", "iso8859_4", "iso8859_10", "cp775"}
#: letters Lithuanian, Latvian and Estonian write beyond ASCII
_BALTIC_LETTERS = frozenset("ąčęėįšųūžāēģīķļņõäöüĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅÕÄÖÜ")
#: spacing accents ("ˇ", "¨"), which sit in a word only when a letter byte was misread
_SPACING_ACCENTS = frozenset("¨ˇ¸¯˛´˘˙˝")
#: Polish letters of the Baltic pages, which no Baltic language writes
_NOT_BALTIC = frozenset("żźłńśćŻŹŁŃŚĆ")


def _odd_letters(text: str) -> int:
    """Spacing accents touching a letter ("ˇilina"): the mark of a letter byte misread."""
    return sum(
        1
        for i, c in enumerate(text)
        if c in _SPACING_ACCENTS
        and ((i and text[i - 1].isalpha()) or text[i + 1 : i + 2].isalpha())
    )


def _not_baltic_after_all(data: bytes, text: str, encoding: str) -> str | None:
    """The text in cp1252 (Western function words) or cp1250 when the Baltic page guessed
    for it reads more unlikely letters than Baltic ones: spacing accents inside words and
    Polish letters that no Baltic language writes ("Hlavatż", "ˇilina" for a Slovak
    "Hlavatý", "Žilina", whose bytes cp1257 reads so)."""
    if encoding not in _BALTIC_PAGES:
        return None
    native = sum(c in _BALTIC_LETTERS for c in text)
    odd = _odd_letters(text) + sum(c in _NOT_BALTIC for c in text)
    if odd <= native:
        return None
    pages = ("cp1252", "cp1250") if _western_words(text) else ("cp1250", "cp1252")
    for page in pages:
        try:
            other = data.decode(page)
        except UnicodeDecodeError:
            continue
        if _odd_letters(other) < odd:
            return other
    return None


# Function words of Western languages that Central European ones do not use, and theirs
# that Western ones do not: which of the two a text is written in, whatever its names.
_WEST = "the and of is that for with from der die das und ist nicht mit von le les et des est"
_WEST_MORE = "el los las que por para os em il di che della"
_CENTRAL = "się jest nie że oraz jak jsou který které také és hogy nem egy az și cu pentru din sunt"
_WEST_WORDS = frozenset(f"{_WEST} {_WEST_MORE}".split())
_CENTRAL_WORDS = frozenset(_CENTRAL.split())


def _western_words(text: str) -> bool:
    """Whether the text's function words are those of a Western language (English,
    German, French, Spanish, Portuguese, Italian) and not a Central European one's."""
    words = text[:20000].lower().split()
    west = sum(w in _WEST_WORDS for w in words)
    central = sum(w in _CENTRAL_WORDS for w in words)
    return west >= _FEW_FUNCTION_WORDS and west > 5 * central


_FEW_FUNCTION_WORDS = 10


def _windows_page(matches: CharsetMatches) -> str:
    """The best-ranked Windows page among the guesses, else cp1252: bytes 0x80-0x9F are
    control characters in every ISO-8859 page and letters in Windows' ("Babiš" is 0x9A in
    cp1252 and cp1250), so a text holding them was not written in an ISO page."""
    return next((m.encoding for m in matches if m.encoding.startswith("cp125")), "cp1252")


def declared_codec(label: str) -> str | None:
    """The codec a browser or mail reader uses for a declared charset (the WHATWG Encoding
    Standard's labels): "iso-8859-1" and "latin1" mean windows-1252, whose dashes and
    quotes in bytes 0x80-0x9F Latin-1 has as control characters, and pages labelled
    Latin-1 are full of them. "us-ascii" stays strict ASCII: it is the label mailers put on
    any 8-bit text, which detection reads better than windows-1252 would. Labels the
    standard lacks, and UTF-16 (whose byte order mark Python's codec reads), go to Python's
    codecs; None when neither knows the label."""
    label = label.strip()
    try:
        python = codecs.lookup(label).name
    except LookupError:
        python = None
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name.startswith("utf-16") or python == "ascii":
        return python
    return encoding.codec_info.name


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters outside a UTF-16 text."""
    sample = data[:8000]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = _count(sample, _CONTROL_BYTES)
    return controls / len(sample) > 0.05


def decode(data: bytes) -> str:
    """Decode a text file; raise ExtractionError when it is not text at all."""
    name = _bom(data) or _utf16_without_bom(data)
    if name:
        try:
            return data.decode(name).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise ExtractionError(f"the file claims to be {name} but is damaged") from exc
    if b"\x00" in data and data.count(b"\x00") <= max(8, len(data) // 1000):
        data = data.replace(b"\x00", b"")  # stray NULs (a copy gone wrong) in a text
    if looks_binary(data):
        raise ExtractionError("this is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:20000]
    high = bytes(b for b in head if b >= 0x80)
    ascii_letters = sum(1 for b in head if 65 <= b <= 90 or 97 <= b <= 122)
    # Cyrillic single-byte text is mostly high bytes; Western text only has a few umlauts.
    mostly_high = len(high) > 0.5 * (len(high) + ascii_letters)
    cyr = _best_cyrillic(high) if high and mostly_high else None
    if cyr:
        return data.decode(cyr)
    matches = from_bytes(data[:200000])
    guess = matches.best()
    encoding = guess.encoding if guess else "cp1252"
    if encoding.startswith(("iso8859", "latin")) and _count(data, _C1_BYTES):
        encoding = _windows_page(matches)
    if encoding in _DOS_PAGES and not mostly_high:
        # a DOS code page for Latin text with a few high bytes ("Copyright©" read "ę" in
        # cp852): texts are written in Windows' code page, not the console's
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("cp1252", errors="replace")
    text = _western_after_all(data, text, encoding) or text
    text = _not_baltic_after_all(data, text, encoding) or text
    if _CURRENCY_SIGN.search(text):
        text = _as_latin9(data, text) or text
    if len(_CONTROL.findall(text[:8000])) > 20:
        raise ExtractionError("this is a binary file, not text")
    return text
