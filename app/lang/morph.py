"""Russian morphology at query time (pymorphy3 with the OpenCorpora dictionary).

Snowball stems a Russian word by cutting endings, so a fleeting vowel splits one word in two:
*Египет* → ``египет`` but *Египте*/*Египта* → ``египт``; *отец*/*отца*, *день*/*дня* alike.
The query compiler therefore asks for the stems of every form of the query word's lexeme
(``forms``): *Египте* finds "в Египет" and *Египет* finds "в Египте", with no index rebuild.

Only confident noun and adjective readings are expanded (verbs' stems change with aspect and
tense, and a rare reading such as *стали* = "of steel" would pull in *стать*'s forms), and a
capitalised word that the dictionary only knows as a common noun is left alone (*Токаев* is
read as the genitive plural of *токай*, a wine: its forms would make the surname find *тока*).

The dictionary (15 MB, 0.2 s) loads on first use; ``Archive.warm_up`` loads it early.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.lang import WORD_CACHE
from app.lang.once import loaded_once

_CYRILLIC_WORD = re.compile(r"^[а-яё]+(?:-[а-яё]+)*$")
#: parts of speech whose lexemes are expanded
_EXPANDED = frozenset({"NOUN", "ADJF", "ADJS", "NUMR"})
_NAMED = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})
#: readings below this share of the best one are ignored
_MIN_SHARE = 0.2
#: a surname in -ов/-ев/-ин/-ын (Токаев, Путин) and the endings it takes
_SURNAME = re.compile(r"^([а-я]{2,}(?:ов|ев|ин|ын))(?:а|у|ым|е|ой|ы|ых|ыми)?$")
_SURNAME_ENDINGS = ("", "а", "у", "ым", "е", "ой", "ы", "ых", "ыми")
#: at most this many word forms per query word (a noun has 12, an adjective 28)
MAX_FORMS = 32


@loaded_once
def _analyzer():
    """pymorphy3's analyzer, or None where the package or its dictionary is missing."""
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang="ru")
    except Exception:  # pragma: no cover - a broken dictionary only costs the expansion
        return None


def load() -> bool:
    """Load the dictionary now (for ``Archive.warm_up``); whether morphology is available."""
    return _analyzer() is not None


def _readings(word: str):
    """pymorphy3's confident readings of a lower-case Russian word."""
    if not _CYRILLIC_WORD.match(word):
        return []  # before loading: a query in Latin letters never loads the dictionary
    morph = _analyzer()
    if morph is None:
        return []
    parses = morph.parse(word)
    if not parses:
        return []
    best = max(p.score for p in parses)
    return [p for p in parses if p.score >= best * _MIN_SHARE]


@lru_cache(maxsize=WORD_CACHE)
def lemmas(word: str) -> tuple[str, ...]:
    """Dictionary forms of a Russian word (*экспортом* → *экспорт*); () for other words."""
    word = word.lower().replace("ё", "е")
    return tuple(dict.fromkeys(p.normal_form.replace("ё", "е") for p in _readings(word)))


@lru_cache(maxsize=WORD_CACHE)
def name_lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of a Russian word read as one person's name (*Владимира* →
    *владимир*, *Ангелу* → *ангела*; *Ангел*, an angel or a plural of Ангела, none)."""
    readings = _readings(word.lower().replace("ё", "е"))
    named = (
        p.normal_form.replace("ё", "е")
        for p in readings
        if _NAMED & p.tag.grammemes and "sing" in p.tag
    )
    return tuple(dict.fromkeys(named))


def is_name(word: str) -> bool:
    """Whether the dictionary reads a Russian word only as a name (*путин*, *москве*; not
    *роза*, also a flower), so that it is a name even typed in lower case."""
    readings = _readings(word.lower().replace("ё", "е"))
    return bool(readings) and all(_NAMED & p.tag.grammemes for p in readings)


def may_be_name(word: str) -> bool:
    """Whether the dictionary reads a Russian word as a name at all (*трамп*: a surname
    and the tramp steamer; *роза*: a name and a flower)."""
    return any(_NAMED & p.tag.grammemes for p in _readings(word.lower().replace("ё", "е")))


@lru_cache(maxsize=WORD_CACHE)
def forms(word: str) -> tuple[str, ...]:
    """Every form of the lexemes ``word`` is a noun or adjective form of (``word`` first),
    at most ``MAX_FORMS``; just ``(word,)`` where there is nothing to add."""
    capitalised = word[:1].isupper()
    word = word.lower().replace("ё", "е")
    readings = [p for p in _readings(word) if p.tag.POS in _EXPANDED]
    if capitalised:
        # a name the dictionary knows as a name (Surn, Name, Geox, Orgn) keeps those readings
        # only; one it knows only as a common noun is not expanded (Токаев ≠ токай) unless
        # it is declined as a Russian surname
        readings = [p for p in readings if _NAMED & p.tag.grammemes]
        if not readings and (surname := _SURNAME.match(word)):
            stem = surname.group(1)
            return tuple(dict.fromkeys([word, *(stem + end for end in _SURNAME_ENDINGS)]))
    found: dict[str, None] = {word: None}
    for parse in readings:
        for form in parse.lexeme:
            found.setdefault(form.word.replace("ё", "е"), None)
            if len(found) >= MAX_FORMS:
                return tuple(found)
    return tuple(found)
