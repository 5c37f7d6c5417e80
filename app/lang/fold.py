"""Folding: the accent-free, case-free form of a word.

``fold`` is what the unstemmed ``*_exact`` fields index, so it stays close to the letters the
author wrote: it removes accents and case, writes ß as ``ss`` (Whoosh's ``accent_map`` makes it a
single ``s``, which merges *Masse* and *Maße* with *Mase*), ё as е, and folds letters that Unicode
decomposition leaves alone (ł ı ø đ æ œ þ).

``fold_digraphs`` is the German convention of writing an umlaut as a digraph (*Mueller* for
*Müller*). It is applied only where a word may be German or a name (the German stemmed field and
the name key), never in the exact field, because "ue" is often not an umlaut: *Quelle*, *neue*,
*Steuer*, *Bauer*, English *blue*, *guess*, *true*. The guard (no rewrite after a vowel or q, nor
at the start of a word) keeps most of them intact; ``benchmarks/eval_multilingual.py`` measures
the collisions the rule still introduces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from app.lang import WORD_CACHE

# Letters that Unicode decomposition leaves alone, or folds the wrong way.
_SPECIAL_FOLDS = {
    "ß": "ss",
    "ẞ": "ss",
    "ё": "е",
    "Ё": "Е",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "İ": "I",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "ħ": "h",
    "ŀ": "l",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "Þ": "TH",
    "’": "'",
    "ʼ": "'",
}
_COMBINING = re.compile(r"[\u0300-\u036f]")
# Cyrillic letters whose decomposition must be kept (й is и + breve, ї is і + diaeresis).
_KEEP = {"й": "\0", "Й": "\1", "ї": "\2", "Ї": "\3"}
_RESTORE = {mark: letter for letter, mark in _KEEP.items()}


def _replacer(table: dict[str, str]) -> Callable[[str], str]:
    """``text.translate(table)``, where a long text is changed by a regex that visits only
    the characters in ``table``: ``translate`` looks every character of a non-ASCII text
    up in a dict, and folding a whole article (duplicate detection does, on every import)
    took 0.3 ms that way instead of 0.05 ms. A word is still translated (fewer calls)."""
    pattern = re.compile("[" + "".join(re.escape(c) for c in table) + "]")
    translation = str.maketrans(table)
    lookup = table.__getitem__

    def replace(text: str) -> str:
        if pattern.search(text) is None:
            return text
        if len(text) <= 100:
            return text.translate(translation)
        return pattern.sub(lambda m: lookup(m.group()), text)

    return replace


# One pass for both tables: their keys differ and no special fold yields a kept letter.
_fold_letters = _replacer(_SPECIAL_FOLDS | _KEEP)
_restore_kept = _replacer(_RESTORE)


@lru_cache(maxsize=WORD_CACHE)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = _fold_letters(text)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        text = unicodedata.normalize("NFC", _restore_kept(text))
    return text.lower()


def fold(text: str) -> str:
    """Lower-case, accent-free form used by the unstemmed field and the snippets.

    Short strings (tokens) are memoised: a word is folded by several analyzers.
    """
    if len(text) <= 40:
        return _fold_word(text)
    return _fold(text)


_UMLAUTS = {"ä": "\x10", "ö": "\x11", "ü": "\x12", "ß": "\x13"}
_PROTECT = str.maketrans(_UMLAUTS)
_RESTORE_UMLAUTS = str.maketrans({mark: letter for letter, mark in _UMLAUTS.items()})


@lru_cache(maxsize=WORD_CACHE)
def exact_form(word: str) -> str:
    """``fold`` but for ä ö ü ß, which tell German words apart (*Wahlen*/*wählen*,
    *Masse*/*Maße*): the form the exact fields index a word by."""
    word = word.lower()
    if not any(letter in word for letter in _UMLAUTS):
        return fold(word)
    return fold(word.translate(_PROTECT)).translate(_RESTORE_UMLAUTS)


# ue/oe/ae as an umlaut: not after a vowel (neue, Steuer, Bauer), not after q (Quelle),
# not at the start of a word (Uebel is rare, but "aero", "oe" in names are common).
# Nor before v/w: Russian surnames in scholarly spelling (Tokaev, Nikolaev, Zuev). Nor at the
# end of a word: English and French (blue, due, Joe, rue) and German "tue" end in -ue/-oe.
_DIGRAPH = re.compile(r"(?<=[^aeiouyäöüq\W\d_])([aou])e(?=[^\W\d_vw])")
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def fold_digraphs(word: str, umlaut: bool = False) -> str:
    """``ue``/``oe``/``ae`` → ``u``/``o``/``a`` (or ``ü``/``ö``/``ä`` with ``umlaut=True``).

    Takes a lower-case word. ``umlaut=True`` is for the German stemmer, which treats ü and u
    differently; the name key wants plain letters.
    """
    if "e" not in word:
        return word
    if umlaut:
        return _DIGRAPH.sub(lambda m: _UMLAUT[m.group(1)], word)
    return _DIGRAPH.sub(r"\1", word)


def fold_value(text: str) -> str:
    """A metadata value as ``source:`` and ``tag:`` compare it: folded, each umlaut digraph
    read as the letter, so *Laender*, *Länder* and *LANDER* are one value (ß is ``ss``)."""
    return fold_digraphs(fold(text))
