"""Text analysis for the index: folding, per-language stemming.

Every analyzer takes Whoosh's ``mode`` ("index" or "query") into account, so that
index-only expansions (compound parts, transliterations) never widen a query.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)

LANGUAGES = ("de", "en", "ru")
TOKEN_PATTERN = re.compile(r"\w+(?:[.'’]\w+)*")

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
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "’": "'",
    }
)
_COMBINING = re.compile(r"[\u0300-\u036f]")
# Cyrillic letters whose decomposition must be kept (й is и + breve).
_KEEP = str.maketrans({"й": "\0", "Й": "\1"})
_RESTORE = str.maketrans({"\0": "й", "\1": "Й"})


def fold(text: str) -> str:
    """Lower-case, accent-free form used by the unstemmed field and the snippets."""
    text = text.translate(_SPECIAL_FOLDS).translate(_KEEP)
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", text.translate(_RESTORE)).lower()


class FoldFilter(Filter):
    """Accent and special-letter folding (ß→ss, ё→е, ł→l …)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


@cache
def analyzer(kind: str) -> Analyzer:
    """The analyzer for a field kind: ``exact`` (folded, unstemmed) or a language code."""
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()
    if kind == "exact":
        return chain | FoldFilter()
    if kind in LANGUAGES:
        pre = FoldFilter() if kind == "ru" else _PreFold()
        return chain | pre | StopFilter(lang=kind) | StemFilter(lang=kind) | FoldFilter()
    raise ValueError(f"unknown analyzer kind {kind!r}")


class _PreFold(Filter):
    """Only the folds a Snowball stemmer does not do itself (ß is kept for German)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = t.text.replace("ё", "е")
            yield t
