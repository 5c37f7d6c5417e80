"""A capital that only opens a sentence is no sign of a name.

The name keys (``app.lang.names``) are indexed for capitalised words only, since names are
capitalised in German, English and Russian. But every sentence opens with a capital: "Tramp
ships return to the Black Sea" gave the English word *Tramp* the key of *Трамп*, and a
search for Трамп found tramp steamers. So before the name keys are made, a word that opens
a sentence (or the title, a line, a quotation) is written in lower case when it is a common
word of its script, the text never writes it with a capital elsewhere and no capitalised
word follows it: *Tramp* there is a word; *Putin* in "… said Putin", *Trump* in "President
Trump" and *Hunter* in "Hunter Biden said" keep theirs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.lang import WORD_CACHE, morph
from app.lang.names import COMMON_ZIPF, CYRILLIC
from app.lang.wordlists import zipf_table

_WORD = re.compile(r"\w+(?:[.'’]\w+)*")
#: what between two words ends a sentence: a full stop, ?, !, …, a colon or a line break
_BREAK = re.compile(r"[.!?…:\n]")
#: a word whose full stop ends no sentence: *Mr.*, *Dr.*, *St.*, *U.S.* (``_WORD`` keeps
#: inner dots, not the last)
_ABBREVIATION = re.compile(r"[A-ZА-Я][a-zа-я]{0,2}|\w+\.\w+")
#: a title capitalising every word of this many letters is in title case: its capitals
#: tell nothing
TITLE_CASE_LETTERS = 4


@lru_cache(maxsize=WORD_CACHE)
def common_word(word: str) -> bool:
    """Whether a word is a common word (``COMMON_ZIPF``) of its script's languages
    (*tramp*, *буфет*), not a name: Russian by its dictionary forms, unless the dictionary
    knows it as a name too (*Трамп*: also the tramp steamer)."""
    lower = word.casefold()
    if CYRILLIC.search(word):
        if morph.may_be_name(lower):
            return False
        table = zipf_table("ru", COMMON_ZIPF)
        return any(form in table for form in (lower, *morph.lemmas(lower)))
    return any(lower in zipf_table(lang, COMMON_ZIPF) for lang in ("en", "de"))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _opens(gap: str, last: str) -> bool:
    """Whether the word after ``gap`` (and after the word ``last``) opens a sentence."""
    if _BREAK.search(gap) is None:
        return False
    return not (gap[:1] == "." and "\n" not in gap and _ABBREVIATION.fullmatch(last))


def _title_cased(title: str) -> bool:
    """Whether a title capitalises every word but the short ones (*Hotel Buffet Prices
    Rise*, *Talks on the Future of Grain*; not *Trump meets Putin*)."""
    words = [w for w in _WORD.findall(title) if len(w) >= TITLE_CASE_LETTERS and w.isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


#: languages that capitalise every noun: a capital there tells a name from no word (the
#: name keys index their nouns anyway), so their openers keep theirs (*Kasachstan wählt*)
NOUNS_CAPITALISED = frozenset({"de"})


def name_texts(language: str, title: str, *texts: str) -> tuple[str, ...]:
    """``sentence_case`` for a text in ``language``; as they are where nouns are capitalised."""
    if language in NOUNS_CAPITALISED:
        return (title, *texts)
    return sentence_case(title, *texts)


def sentence_case(title: str, *texts: str) -> tuple[str, ...]:
    """``title`` and ``texts`` with each sentence-opening common word that the texts never
    capitalise elsewhere in lower case (the title counts as a sentence; one in title case
    gives no evidence either way). Every word keeps its place and length."""
    parts = (title, *texts)
    openers: list[list[tuple[int, str]]] = []
    inside: set[str] = set()  # words written with a capital inside a sentence
    for number, text in enumerate(parts):
        title_case = number == 0 and _title_cased(text)
        found: list[tuple[int, str]] = []
        end, last, after_opener = 0, "", False
        for match in _WORD.finditer(text):
            word = match.group()
            opening = end == 0 or _opens(text[end : match.start()], last)
            end, last = match.end(), word
            if not _capitalised(word):
                after_opener = False
                continue
            if opening or title_case:
                found.append((match.start(), word))
            else:
                inside.add(word)
                if after_opener:  # *Hunter Biden*, *New York*: the opener starts a name
                    inside.add(found.pop()[1])
            after_opener = opening and not title_case
        openers.append(found)
    out = []
    for text, found in zip(parts, openers, strict=True):
        lowered = [
            (start, word)
            for start, word in found
            if word not in inside and len(word[0].lower()) == 1 and common_word(word)
        ]
        if lowered:
            chars = list(text)
            for start, word in lowered:
                chars[start] = word[0].lower()
            text = "".join(chars)
        out.append(text)
    return tuple(out)
