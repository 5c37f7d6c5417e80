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
from functools import lru_cache

# Letters that Unicode decomposition leaves alone, or folds the wrong way.
_SPECIAL_FOLDS = str.maketrans(
    {
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
)
_COMBINING = re.compile(r"[\u0300-\u036f]")
# Cyrillic letters whose decomposition must be kept (й is и + breve, ї is і + diaeresis).
_KEEP = str.maketrans({"й": "\0", "Й": "\1", "ї": "\2", "Ї": "\3"})
_RESTORE = str.maketrans({"\0": "й", "\1": "Й", "\2": "ї", "\3": "Ї"})


@lru_cache(maxsize=200_000)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = text.translate(_SPECIAL_FOLDS).translate(_KEEP)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        text = unicodedata.normalize("NFC", text.translate(_RESTORE))
    return text.lower()


def fold(text: str) -> str:
    """Lower-case, accent-free form used by the unstemmed field and the snippets.

    Short strings (tokens) are cached: analysis folds every token of every article.
    """
    if len(text) <= 40:
        return _fold_word(text)
    return _fold(text)


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
