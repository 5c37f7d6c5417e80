"""Key terms of an article, for tag suggestions.

TF-IDF over the article's words: term frequency in the article (title words count three times,
as the index ranks them) against how common the word is elsewhere. With an index at hand the
caller passes its document frequencies; without one, wordfreq's general frequencies stand in for
them, so a fresh archive already gets sensible suggestions. Stop words, numbers and words under
four letters never qualify; inflected forms of one name count together (by name key), and each
term is shown in the spelling the article uses most often.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache

from app.lang.fold import fold
from app.lang.names import raw_name_key
from app.lang.wordlists import zipf_table

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
LANGUAGES = ("de", "en", "ru")


@cache
def _stopwords() -> frozenset[str]:
    from whoosh.lang import stopwords_for_language

    words: set[str] = set()
    for lang in LANGUAGES:
        words.update(fold(w) for w in stopwords_for_language(lang))
    return frozenset(words)


def _general_idf(term: str, lang: str) -> float:
    """How surprising a word is in general text: 8 − Zipf (a word never seen scores 8)."""
    table = zipf_table(lang if lang in LANGUAGES else "en")
    return 8.0 - table.get(term, 0.0)


def key_terms(
    title: str,
    body: str,
    lang: str = "",
    *,
    doc_frequency: Callable[[str], int] | None = None,
    doc_count: int = 0,
    limit: int = 8,
) -> list[str]:
    """The ``limit`` most characteristic words of an article, most characteristic first.

    ``doc_frequency(folded_term)`` and ``doc_count`` come from the index when there is one
    (with fewer than 50 documents the general frequencies are used: IDF is noise then).
    """
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    stop = _stopwords()
    for weight, text in ((3, title), (1, body)):
        for match in _WORD.finditer(text):
            surface = match.group()
            term = fold(surface)
            if len(term) < 4 or term in stop:
                continue
            group = raw_name_key(term)  # Kasachstan and Kasachstans are one term
            counts[group] += weight
            spellings[group][surface] += 1
    use_index = doc_frequency is not None and doc_count >= 50
    scored = []
    for group, tf in counts.items():
        shown = _display(spellings[group])
        term = fold(shown)
        if use_index:
            assert doc_frequency is not None
            idf = math.log((doc_count + 1) / (doc_frequency(term) + 1)) + 1
        else:
            idf = _general_idf(term, lang)
        scored.append((-(1 + math.log(tf)) * idf, shown))
    scored.sort()
    return [shown for _, shown in scored[:limit]]


def _display(spellings: Counter[str]) -> str:
    """The article's own spelling; a capitalised one wins a tie (nouns and names)."""
    return max(spellings.items(), key=lambda item: (item[1], item[0][:1].isupper()))[0]
