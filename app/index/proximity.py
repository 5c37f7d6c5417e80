"""Proximity: words within N words of each other, in any order.

``"Lukaschenko Tokajew"~10``, ``Lukaschenko NEAR/10 Tokajew`` and ``w/10`` mean what Nexis,
Factiva and Lucene users expect: both words at most ten words apart, whichever comes first
("Tokajew sprach mit Lukaschenko" is a match). A plain phrase stays ordered and exact.

With more than two words, all of them lie inside one stretch of ``N × (words − 1)``
positions: the ordered reading (each word at most N after the one before) is a special case,
so no match it gave is lost.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from whoosh import query as wq
from whoosh.matching import NullMatcher, WrappingMatcher
from whoosh.query.spans import SpanNear2


class Near(wq.Phrase):
    """The words of ``words`` within ``slop`` words of each other, in any order.

    The array evaluator (``app.index.evaluate``) runs it over position arrays; Whoosh's
    own matcher (a field without arrays) is its unordered span query, which agrees for
    two words.
    """

    def __repr__(self) -> str:
        return f"Near({self.fieldname!r}, {self.words!r}, slop={self.slop})"

    def window(self) -> int:
        """How far apart the first and the last word may be."""
        return self.slop * max(1, len(self.words) - 1)

    def matcher(self, searcher, context=None):
        """Whoosh's phrase matcher (``wq.Phrase.matcher``), its span query unordered."""
        field = searcher.schema[self.fieldname]
        reader = searcher.reader()
        terms = []
        for word in self.words:
            btext = field.to_bytes(word)
            if (self.fieldname, btext) not in reader:
                return NullMatcher()
            terms.append(wq.Term(self.fieldname, btext))
        near = SpanNear2(terms, slop=self.window(), ordered=False, mindist=1)
        found = near.matcher(searcher, context)
        return WrappingMatcher(found, boost=self.boost) if self.boost != 1.0 else found


def within_window(keys: list[np.ndarray], words: list[bytes], window: int) -> np.ndarray:
    """Documents (the high halves of the keys) where every word has a position inside one
    stretch of ``window``.

    ``keys[i]``: the sorted (document << 32 | position) keys of ``words[i]``. A stretch that
    holds all words starts at a position of one of them, so each key of any word is tried
    as a start: for each word, the ``m``-th key at or after the start (``m``: how often the
    word is asked for) must lie within ``window`` of it, in the same document.
    """
    anchors = np.unique(np.concatenate(keys))
    ok = np.ones(len(anchors), dtype=bool)
    for word, need in Counter(words).items():
        mine = keys[words.index(word)]
        if len(mine) < need:
            return np.zeros(0, dtype=np.int64)
        at = np.searchsorted(mine, anchors) + (need - 1)
        inside = at < len(mine)
        reach = np.where(inside, mine[np.minimum(at, len(mine) - 1)], 0) - anchors
        ok &= inside & (reach <= window)
        if not ok.any():
            return np.zeros(0, dtype=np.int64)
    return np.unique(anchors[ok] >> 32)
