"""Run a compiled Whoosh query over a segment's arrays: matches and BM25F scores.

The scores are the ones Whoosh's own matchers compute (BM25F with Whoosh's idf, field
lengths and boosts; unions and intersections add their children's scores), in array
operations instead of a Python loop per posting. Query types without an array form
(a field without positions) run through Whoosh's matcher on the segment.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25F

from app.index.absent import Absent
from app.index.arrays import SegmentArrays
from app.index.dates import PublishedBetween
from app.index.proximity import Near, within_window

Matches = tuple[np.ndarray, np.ndarray]  # docnums ascending (int32), scores (float32)

_NO_IDS = np.zeros(0, dtype=np.int32)
_NO_SCORES = np.zeros(0, dtype=np.float32)
EMPTY: Matches = (_NO_IDS, _NO_SCORES)


class Statistics:
    """Collection-wide figures BM25 needs, from the top-level searcher."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        weighting = searcher.weighting
        if not isinstance(weighting, BM25F):
            raise TypeError("array evaluation reproduces BM25F only")
        self.weighting = weighting
        self._avg: dict[str, float] = {}

    def idf(self, fieldname: str, btext: bytes) -> float:
        return self.searcher.idf(fieldname, btext)

    def average_length(self, fieldname: str) -> float:
        if fieldname not in self._avg:
            self._avg[fieldname] = self.searcher.avg_field_length(fieldname) or 1.0
        return self._avg[fieldname]

    def b(self, fieldname: str) -> float:
        return self.weighting._field_B.get(fieldname, self.weighting.B)


class SegmentEvaluator:
    def __init__(self, leaf_searcher, arrays: SegmentArrays, stats: Statistics) -> None:
        self.leaf = leaf_searcher
        self.arrays = arrays
        self.stats = stats
        self.schema = leaf_searcher.schema

    def run(self, query: wq.Query) -> Matches:
        """Live matching documents of this segment and their scores."""
        ids, scores = self.node(query)
        live = self.arrays.live_mask
        keep = live[ids]
        return ids[keep], scores[keep]

    def node(self, query: wq.Query) -> Matches:
        if query is wq.NullQuery or isinstance(query, wq.NullQuery.__class__):
            return EMPTY
        if type(query) is wq.Term:
            return self.term(query)
        if isinstance(query, wq.Or) and type(query).matcher is wq.Or.matcher:
            return union([self.node(q) for q in query.subqueries], query.boost)
        if type(query) is wq.And:
            return self.intersection(query)
        if type(query) is wq.Not:
            return self.complement(self.node(query.query), query.boost)
        if type(query) is wq.Every and not query.fieldname:
            return self.complement(EMPTY, query.boost)
        if type(query) in (wq.Prefix, wq.Wildcard, wq.Regex):
            return self.multi_term(query)
        if type(query) in (wq.Phrase, Near):
            return self.phrase(query)
        if isinstance(query, Absent):
            return _constant(query.docnums(self.arrays.reader), query.boost)
        if isinstance(query, PublishedBetween):
            found = query.column.between(self.arrays.reader, query.start, query.end)
            return _constant(found.astype(np.int32), query.boost)
        return self.whoosh(query)

    def term(self, query: wq.Term) -> Matches:
        field = self.schema[query.fieldname]
        btext = query.text if isinstance(query.text, bytes) else field.to_bytes(query.text)
        ids, weights = self.arrays.postings(query.fieldname, btext)
        if not len(ids):
            return EMPTY
        if field.scorable:
            name = query.fieldname
            idf = self.stats.idf(name, btext)
            k1, b = self.stats.weighting.K1, self.stats.b(name)
            norm = (1 - b) + b * self.arrays.lengths(name)[ids] / self.stats.average_length(name)
            scores = idf * (weights * (k1 + 1)) / (weights + k1 * norm)
        else:
            scores = weights
        return ids, (scores * query.boost).astype(np.float32)

    def intersection(self, query: wq.And) -> Matches:
        positive = [q for q in query.subqueries if type(q) is not wq.Not]
        negative = [q for q in query.subqueries if type(q) is wq.Not]
        if positive:
            ids, scores = self.all_of(positive)
        else:
            ids, scores = self.complement(EMPTY, 1.0)
        for other in negative:
            if not len(ids):
                break
            keep = ~np.isin(ids, self.node(other.query)[0], assume_unique=True)
            ids, scores = ids[keep], scores[keep] + other.boost  # Whoosh's Not scores its boost
        return ids, scores * query.boost

    @staticmethod
    def all_of_matches(parts: Iterable[Matches]) -> Matches:
        """Documents in every part, their scores added; stops at an empty result (a
        generator's later parts are then never computed)."""
        parts = iter(parts)
        ids, scores = next(parts)
        while len(ids):
            other = next(parts, None)
            if other is None:
                return ids, scores
            ids, mine, theirs = np.intersect1d(
                ids, other[0], assume_unique=True, return_indices=True
            )
            scores = scores[mine] + other[1][theirs]
        return EMPTY

    def all_of(self, queries: list[wq.Query]) -> Matches:
        """Documents every query matches, their scores added; stops at an empty result."""
        return self.all_of_matches(self.node(query) for query in queries)

    def phrase(self, query: wq.Phrase) -> Matches:
        """Documents with the words in order, each at most ``slop`` positions after the
        one before (a ``Near``: in any order, see ``app.index.proximity``); scored like
        Whoosh's phrase, by the sum of its words' scores. A phrase with ``alternatives``
        (the forms of a Russian word, ``app.index.compile``) takes any of a position's words
        there, scored as their union."""
        field = self.schema[query.fieldname]
        if not field.format or not field.format.supports("positions"):
            return self.whoosh(query)
        alternatives = getattr(query, "alternatives", None) or [[w] for w in query.words]
        slots = [[field.to_bytes(word) for word in words] for words in alternatives]
        if not slots:
            return EMPTY
        name = query.fieldname
        ids, scores = self.all_of_matches(
            union([self.term(wq.Term(name, word)) for word in words]) for words in slots
        )
        if not len(ids) or len(slots) == 1:
            return ids, scores * query.boost
        if isinstance(query, Near):
            keys = [self._slot_keys(name, words, ids) for words in slots]
            keep = within_window(keys, [words[0] for words in slots], query.window())
        else:
            keep = self._in_order(name, slots, ids, query.slop)
        return ids[keep], scores[keep] * query.boost

    def _slot_keys(self, fieldname: str, words: list[bytes], ids: np.ndarray) -> np.ndarray:
        """Sorted (index into ``ids`` << 32 | position) keys of any of ``words`` in ``ids``."""
        found = []
        for word in words:
            postings = self.arrays.postings(fieldname, word)[0]
            having = np.nonzero(np.isin(ids, postings, assume_unique=True))[0]
            if not len(having):
                continue
            rows = np.searchsorted(postings, ids[having])
            owner, positions = self.arrays.positions(fieldname, word).of(rows)
            found.append((having[owner].astype(np.int64) << 32) | positions.astype(np.int64))
        return np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)

    def _in_order(self, fieldname: str, slots: list[list[bytes]], ids: np.ndarray, slop: int):
        """Indexes into ``ids`` of the documents where some position of a word of each slot
        follows one of the slot before by 1..``slop``. A (document, position) pair is one
        int64 key, so each step is a sorted search over all candidates at once."""
        reached = None
        for words in slots:
            keys = self._slot_keys(fieldname, words, ids)
            if reached is not None:
                before = np.searchsorted(reached, keys) - 1  # the nearest key below each
                gap = keys - reached[np.maximum(before, 0)]
                keys = keys[(before >= 0) & (gap > 0) & (gap <= slop)]
            reached = np.unique(keys)
            if not len(reached):
                break
        return np.unique(reached >> 32)

    def complement(self, matches: Matches, boost: float) -> Matches:
        """Every live document not in ``matches``, at a constant score (Whoosh's Not)."""
        live = self.arrays.live_ids
        ids = live[~np.isin(live, matches[0], assume_unique=True)] if len(matches[0]) else live
        return _constant(ids, boost)

    def multi_term(self, query: wq.Query) -> Matches:
        """A prefix, wildcard or pattern: the union of its expanded terms, each scored by BM25
        (Whoosh gives every match the same score; a document using the words more
        often is the better hit)."""
        terms = [
            wq.Term(query.fieldname, btext, boost=query.boost)
            for btext in query._btexts(self.arrays.reader)
        ]
        return union([self.term(term) for term in terms])

    def whoosh(self, query: wq.Query) -> Matches:
        """Whoosh's own matcher for what has no array form (phrases, proximity)."""
        matcher = query.matcher(self.leaf, self.leaf.context())
        ids, scores = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            scores.append(matcher.score())
            matcher.next()
        return np.array(ids, dtype=np.int32), np.array(scores, dtype=np.float32)


def union(parts: list[Matches], boost: float = 1.0) -> Matches:
    """Documents in any part; a document's score is the sum of its parts' scores."""
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return EMPTY
    if len(parts) == 1:
        ids, scores = parts[0]
    else:
        ids, inverse = np.unique(np.concatenate([p[0] for p in parts]), return_inverse=True)
        scores = np.bincount(inverse, weights=np.concatenate([p[1] for p in parts]))
        ids = ids.astype(np.int32)
    return ids, (scores * boost).astype(np.float32)


def _constant(ids: np.ndarray, score: float) -> Matches:
    return ids, np.full(len(ids), score, dtype=np.float32)
