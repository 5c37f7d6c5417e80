"""Index-backed suggestions: did-you-mean for a query, key terms of an article.

The ranking lives in ``app.lang`` (engine-free); this module only asks Whoosh's reader for
candidate terms and document frequencies in the unstemmed ``body`` field, which holds every
article's words as written (folded but for umlauts and ß, with their folded forms marked).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from whoosh.reading import IndexReader

from app.index.analysis import FOLD_MARK, _all_stopwords, exact_form
from app.lang.fold import fold
from app.lang.keyterms import key_terms
from app.lang.spelling import (
    dictionary_candidates,
    is_known_word,
    max_edits,
    needs_suggestion,
    rank_suggestions,
)
from app.model import Article
from app.query.parser import OPERATORS

FIELD = "body"
# A bare word of the query language: not a field name, an operator, a wildcard or a date.
_WORD = re.compile(r"(?<![\w:*?\-])([^\W\d_][\w'’]*)(?![\w:*?])")


def suggest_word(
    reader: IndexReader,
    word: str,
    field: str = FIELD,
    limit: int = 3,
    found: Callable[[str], bool] | None = None,
    count: Callable[[str], int] | None = None,
) -> list[str]:
    """Corrections of one word that the index knows, best first; ``[]`` if it looks fine.

    ``found`` tells whether the search itself matches the word: a word absent from the
    as-written field may still be a stem (*Traktor*) or a compound's part (*Hafen* in
    *Flughäfen*), and a word that finds clippings is no typo. A word the archive has as
    written that is also a word of its language (*Weiz*, the town) is none either.

    ``count`` (clippings the search finds for a word) lets a word with no close spelling in
    the index take a common word of its language instead, if the search finds that one
    (*выбары* → *выборы* where the archive only says *выборах*). Stop words are never
    offered: nobody searches for *weil*.
    """
    folded = fold(word)
    if len(folded) < 3 or field not in reader.schema:
        return []
    freq = written_frequency(reader, field, word)
    if freq > 0 and is_known_word(word):
        return []
    if freq == 0 and found is not None and found(word):
        return []
    stop = _all_stopwords()
    candidates = [
        (term, reader.doc_frequency(field, term))
        for term in reader.terms_within(field, exact_form(word), max_edits(folded), prefix=1)
        if term not in stop and not term.startswith(FOLD_MARK) and fold(term) != folded
    ]
    if freq == 0 and count is not None:
        known = {term for term, _ in candidates}
        for term in dictionary_candidates(word):
            if term not in known and term not in stop and (hits := count(term)):
                candidates.append((term, hits))
    best = max((f for t, f in candidates if t != folded), default=0)
    if not needs_suggestion(freq, best):
        return []
    return rank_suggestions(word, candidates, limit=limit)


def written_frequency(reader: IndexReader, field: str, word: str) -> int:
    """Clippings with ``word`` as written, its umlauts aside (*wahlen* counts *wählen*): a
    spelling without umlauts is its folded term, one with them also has it marked
    (``FOLD_MARK``)."""
    folded = fold(word)
    return reader.doc_frequency(field, folded) + reader.doc_frequency(field, FOLD_MARK + folded)


def did_you_mean(
    reader: IndexReader,
    query: str,
    field: str = FIELD,
    found: Callable[[str], bool] | None = None,
    count: Callable[[str], int] | None = None,
) -> str | None:
    """The query with each unknown or suspiciously rare word corrected, or ``None``.

    Operators, field names, wildcards and quoted phrases keep their place: only bare words are
    replaced, by the best correction in the index's own spelling (folded). ``found`` and
    ``count`` are as for ``suggest_word``.
    """
    corrected, _unknown = correct_query(reader, query, field, found, count)
    return corrected


def keep_case(typed: str, correction: str) -> str:
    """The correction in the case the user typed (the index's spelling is folded to lower
    case): *Kasachstn* → *Kasachstan*, *NATP* → *NATO*, *wheta* → *wheat*."""
    if len(typed) > 1 and typed.isupper():
        return correction.upper()
    if typed[:1].isupper():
        return correction[:1].upper() + correction[1:]
    return correction


def correct_query(
    reader: IndexReader,
    query: str,
    field: str = FIELD,
    found: Callable[[str], bool] | None = None,
    count: Callable[[str], int] | None = None,
) -> tuple[str | None, bool]:
    """``did_you_mean``'s correction, and whether a word it replaced is unknown to the
    archive (in no clipping as written): a sure typo, where a rare word may be meant."""
    changed = unknown = False

    def replace(match: re.Match[str]) -> str:
        nonlocal changed, unknown
        word = match.group(1)
        if word in OPERATORS:
            return word
        suggestions = suggest_word(reader, word, field, limit=1, found=found, count=count)
        if not suggestions:
            return word
        changed = True
        unknown = unknown or written_frequency(reader, field, word) == 0
        return keep_case(word, suggestions[0])

    corrected = _WORD.sub(replace, query)
    return (corrected, unknown) if changed else (None, False)


def article_key_terms(reader: IndexReader, article: Article, limit: int = 8) -> list[str]:
    """Tag suggestions for an article: its words that are frequent in it and rare in the archive."""
    return key_terms(
        article.title,
        f"{article.lead}\n{article.body}",
        article.language,
        doc_frequency=lambda term: written_frequency(reader, FIELD, term),
        doc_count=reader.doc_count(),
        limit=limit,
    )
