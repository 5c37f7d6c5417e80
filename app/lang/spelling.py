"""Did-you-mean: rank correction candidates for a word, without knowing the search engine.

The engine side (``app.index.suggest``) finds candidate terms near a word in the index and
their document frequencies; here they are ranked: fewest edits first (transpositions count
once: *Lukahsenko*), then a candidate that sounds like the word (same name key: *Tokaew* →
*Tokajew*), then the most frequent. Words the archive knows well are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.lang.fold import fold
from app.lang.names import raw_name_key


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
    """The best corrections of ``word`` among ``(term, document frequency)`` candidates."""
    folded = fold(word)
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


def needs_suggestion(freq: int, best_alternative_freq: int, *, min_freq: int = 1) -> bool:
    """Suggest when the word is unknown or far rarer than its best neighbour (×20)."""
    return freq < min_freq or best_alternative_freq >= 20 * max(freq, 1)
