"""Listed place names the German stemmer must leave whole.

Snowball cuts *München* to ``munch``, the stem of the surname *Münch*, and *Polen* to
``pol``, that of *Pol* (a pole): a search for the city found "BKA-Chef Holger Münch".
A place name of the built-in places list (``resources/places.yaml``; the user's list may
change, the index must not) whose stem is also that of a shorter word of the German word
list is kept whole, and its genitive and adjective (*Münchens*, *Münchener*) read as the
name. A place whose stem only longer words share (*Ukraine*, *Ukrainer*) is stemmed as
before, so it still finds its people's name.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from app.lang.fold import fold
from app.lang.stemming import snowball
from app.lang.wordlists import zipf_table

PLACES_FILE = Path(__file__).resolve().parents[2] / "resources" / "places.yaml"
#: word-list frequency (Zipf) from which a shorter word counts as taking the place's stem
MIN_ZIPF = 2.5
#: what the shorter word may add to the stem (*Münch*, *Pole*, *Indie*)
_ENDINGS = ("", "e", "s", "n", "en", "er", "es")
_ONE_WORD = re.compile(r"[^\W\d_]+")


@cache
def unstemmed_places() -> frozenset[str]:
    """The lower-case place names (and their folded spellings) kept whole."""
    stem = snowball("de")
    words = zipf_table("de", MIN_ZIPF)
    kept: set[str] = set()
    groups = yaml.safe_load(PLACES_FILE.read_text(encoding="utf-8")) or []
    places = {str(name).lower() for group in groups if isinstance(group, list) for name in group}
    for place in places:
        if _ONE_WORD.fullmatch(place) and _stem_taken(place, stem, words, places):
            kept.update((place, fold(place)))
    return frozenset(kept)


def _stem_taken(place: str, stem, words: dict[str, float], places: set[str]) -> bool:
    """Whether a shorter word of the list has the place's stem (*münch* for *münchen*);
    another name of a place (*Athen* for *Athens*) does not count."""
    cut = stem(place.replace("ß", "ss"))
    if fold(place) == fold(cut):
        return False
    prefix = place[: len(cut)]
    for ending in _ENDINGS:
        word = prefix + ending
        shorter = len(word) < len(place) and word not in places
        if shorter and word.replace("ß", "ss") in words and stem(word) == cut:
            return True
    return False


#: a kept place's genitive and its adjective's forms (*Münchens*, *Münchener Unternehmen*)
PLACE_ENDINGS = ("s", "er", "ern", "ers", "erin", "erinnen")


def place_word(word: str) -> str | None:
    """The place name ``word`` (lower-case) is, or is the genitive or adjective of, if kept
    whole: *Münchener* met *München* through their stem before, and still does."""
    kept = unstemmed_places()
    if word in kept:
        return word
    for ending in PLACE_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in kept:
            return word[: -len(ending)]
    return None
