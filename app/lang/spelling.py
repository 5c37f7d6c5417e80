"""Did-you-mean: rank correction candidates for a word, without knowing the search engine.

The engine side (``app.index.suggest``) finds candidate terms near a word in the index and
their document frequencies; here they are ranked: fewest edits first (transpositions count
once: *Lukahsenko*), then a candidate that sounds like the word (same name key: *Tokaew* →
*Tokajew*), then the most frequent. Words the archive knows well are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from app.lang.fold import exact_form, fold
from app.lang.names import raw_name_key
from app.lang.once import loaded_once
from app.lang.wordlists import cache_file, cached, zipf_table

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: a word a language's list holds this often (per 10⁹ words, as Zipf) is a word, no typo,
#: when the archive has it too ("Weiz", the Styrian town, is no misspelt "weil")
KNOWN_ZIPF = 2.5
#: dictionary words offered as corrections: common ones only (Zipf 3: once in a million words)
DICTIONARY_ZIPF = 3.0


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance, or ``limit + 1`` once it is certain to exceed it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def max_edits(word: str) -> int:
    """Short words tolerate fewer edits: one typo in four letters is already a different word."""
    return 1 if len(word) <= 5 else 2


def rank_suggestions(
    word: str, candidates: Iterable[tuple[str, int]], *, limit: int = 3
) -> list[str]:
    """The best corrections of ``word`` among ``(term, document frequency)`` candidates
    (terms as the exact fields write them: umlauts kept, ``fold.exact_form``)."""
    folded = exact_form(word)
    key = raw_name_key(word)
    allowed = max_edits(folded)
    scored = []
    for term, freq in candidates:
        if term == folded or freq <= 0:
            continue
        distance = edit_distance(folded, term, allowed)
        if distance > allowed:
            continue
        sounds_alike = raw_name_key(term) == key
        scored.append((distance - (0.5 if sounds_alike else 0.0), -freq, term))
    scored.sort()
    return [term for _, _, term in scored[:limit]]


def languages_of(word: str) -> tuple[str, ...]:
    """The word lists a word's script can belong to."""
    return ("ru",) if _CYRILLIC.search(word) else ("de", "en")


def is_known_word(word: str) -> bool:
    """A word of one of its script's languages (a word list has it, casefolded)."""
    lowered = word.casefold()
    return any(zipf_table(lang).get(lowered, 0.0) >= KNOWN_ZIPF for lang in languages_of(word))


@loaded_once
def _dictionary(lang: str) -> dict[tuple[str, int], list[str]]:
    """Common words of ``lang``, folded, by first letter and length, most frequent first
    (built in 0.5–1 s, then kept in the cache folder: later processes load it at once)."""

    def build() -> dict[tuple[str, int], list[str]]:
        buckets: dict[tuple[str, int], list[str]] = {}
        for word, zipf in sorted(zipf_table(lang).items(), key=lambda item: -item[1]):
            if zipf < DICTIONARY_ZIPF or not word.isalpha():
                continue
            folded = fold(word)
            buckets.setdefault((folded[:1], len(folded)), []).append(folded)
        return buckets

    return cached(cache_file(f"spelling-{lang}-{DICTIONARY_ZIPF}-v1"), build)


def dictionary_candidates(word: str, limit: int = 5) -> list[str]:
    """Common words of the word's languages within its edit budget (same first letter, as
    for the index's terms), closest and most frequent first: corrections for a word that
    the archive does not know in any spelling (*выбары* → *выборы* in an archive that
    never says *выборы* as written, only *выборах*). RapidFuzz's C distance: 1–3 ms."""
    folded = fold(word)
    allowed = max_edits(folded)
    if len(folded) < 3:
        return []
    scored: list[tuple[int, int, str]] = []
    for lang in languages_of(word):
        buckets = _dictionary(lang)
        for length in range(len(folded) - allowed, len(folded) + allowed + 1):
            choices = buckets.get((folded[0], length), [])
            for term, distance, rank in process.extract(
                folded, choices, scorer=OSA.distance, score_cutoff=allowed, limit=None
            ):
                if term != folded:
                    scored.append((distance, rank, term))
    scored.sort()
    found: list[str] = []
    for _distance, _rank, term in scored:
        if term not in found:
            found.append(term)
    return found[:limit]


def needs_suggestion(freq: int, best_alternative_freq: int, *, min_freq: int = 1) -> bool:
    """Suggest when the word is unknown or far rarer than its best neighbour (×20)."""
    return freq < min_freq or best_alternative_freq >= 20 * max(freq, 1)
