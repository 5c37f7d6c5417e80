"""Where a sentence of running text ends. A full stop after an ordinal ('am 1. Juli', 'des
20. Jahrhunderts'), an abbreviation ('72 Mrd. Dollar', 'St. Johann', 'z.B. in', '5 млрд.
рублей') or a name's initial ('Thomas D. Trummer') ends none: the word after it is a month,
written in lower case or a noun. Why: a clipping without a headline is titled by its first
sentence, and a title cut at 'Die Slowakei übernimmt am 1.' names nothing."""

from __future__ import annotations

import re

from app.importers.dates import MONTHS

# Abbreviations (lower case, without their last full stop) that stand before the word they
# belong to or after a figure, seldom at a sentence's end ('usw.', 'etc.', 'Co.' often are).
_ABBREVIATIONS = frozenset({
    # German
    "abs", "abt", "bd", "bzgl", "bzw", "ca", "dr", "evtl", "fr", "ggf", "hl", "hr", "inkl",
    "jh", "jhd", "max", "mio", "min", "mind", "mrd", "nr", "prof", "rd", "sog", "st", "str",
    "tsd", "vgl", "wr", "z.b", "z.t", "u.a", "d.h", "o.ä", "s.o", "u.u",
    # English
    "approx", "dept", "gen", "gov", "jr", "mr", "mrs", "ms", "mt", "no", "nos", "sen", "sr",
    "vs", "e.g", "i.e", "rep",
    # Russian
    "вкл", "г", "гг", "долл", "им", "коп", "млн", "млрд", "напр", "проф", "руб", "св", "ст",
    "стр", "т.е", "т.к", "т.н", "тыс", "ул",
})  # fmt: skip

# Words that open a sentence after a figure or an abbreviation ('… stieg auf 25. Die …'):
# articles, pronouns, conjunctions, prepositions and sentence adverbs. A capitalised word
# that is none of them is read as the noun an ordinal or abbreviation stands before.
_OPENERS = frozenset({
    # German
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
    "einen", "er", "sie", "es", "wir", "ihr", "ich", "man", "dies", "diese", "dieser",
    "dieses", "damit", "dann", "da", "doch", "aber", "und", "oder", "denn", "auch", "so",
    "nun", "noch", "nicht", "nur", "im", "in", "am", "an", "auf", "aus", "bei", "mit",
    "nach", "von", "vor", "zu", "zum", "zur", "für", "über", "unter", "um", "seit", "bis",
    "als", "wie", "wenn", "wo", "was", "wer", "warum", "weil", "ob", "laut", "trotz",
    "dabei", "dazu", "davon", "daher", "deshalb", "zudem", "außerdem", "jetzt", "heute",
    "gestern", "bereits", "schon", "zuletzt", "insgesamt", "allerdings", "jedoch", "sein",
    "seine", "ihre", "unser", "kein", "keine", "alle", "viele", "mehr", "immer", "hier",
    "dort", "damals", "seitdem", "inzwischen", "mittlerweile", "derzeit", "zuvor",
    # English
    "the", "a", "he", "she", "it", "we", "they", "i", "this", "that", "these",
    "those", "there", "on", "at", "for", "but", "and", "or", "as", "if", "when", "while",
    "after", "before", "with", "by", "from", "to", "his", "her", "its", "their", "our",
    "not", "also", "yet", "meanwhile",
    # Russian
    "в", "во", "на", "с", "со", "по", "к", "о", "об", "от", "до", "из", "за", "и", "а",
    "но", "это", "этот", "эта", "он", "она", "оно", "они", "мы", "я", "как", "что",
    "когда", "также", "кроме", "при", "для", "после", "перед", "уже", "еще", "ещё",
})  # fmt: skip

_CANDIDATE = re.compile(r"[.!?](?=\s|$)")
_NEXT_WORD = re.compile(r"\s+[\"„“«'‚(]?(?P<word>[^\W_][\w-]*)")
_ORDINAL = re.compile(r"\d{1,3}")
_INITIAL = re.compile(r"[A-ZÄÖÜА-ЯЁ]")
_MONTH_ABBREVIATION = 4  # 'Jan', 'Sept', 'нояб'
_DOTTED = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]")  # 'z.B', 'U.S', 'т.е'


def _stops_before(token: str) -> bool:
    """A token whose full stop leaves the sentence open when a noun or month follows."""
    return bool(
        _ORDINAL.fullmatch(token)
        or token.lower() in _ABBREVIATIONS
        or _INITIAL.fullmatch(token)
        or _DOTTED.fullmatch(token)
    )


def ends_sentence(text: str, at: int) -> bool:
    """Whether the '.', '!' or '?' at `at` (followed by a space or the end) ends a sentence."""
    if text[at] != ".":
        return True
    before = text[max(0, at - 40) : at].split()
    token = before[-1].lstrip("(\"„“«'‚") if before else ""
    nxt = _NEXT_WORD.match(text, at + 1)
    if not token or nxt is None:
        return True
    word = nxt["word"]
    if token.lower() in MONTHS and len(token) <= _MONTH_ABBREVIATION:
        return not word[:1].isdigit()  # 'Jan. 5', 'Dez. 2025'
    if not _stops_before(token):
        return True
    if not word[:1].isupper():
        return False  # 'am 3. und 4. Mai', 'z.B. in', '5 млрд. рублей', '20. 3. 2016'
    if word.lower() in MONTHS:
        return False  # 'am 1. Juli', 'Bis 6. März', 'Jan. 5'
    return word.lower() in _OPENERS


def first_sentence(text: str) -> str:
    """The text up to the end of its first sentence (all of it when none ends)."""
    for m in _CANDIDATE.finditer(text):
        if m.start() and ends_sentence(text, m.start()):
            return text[: m.end()]
    return text
