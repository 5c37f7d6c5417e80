"""Date filters from the ``published`` column instead of Whoosh's range terms.

``DateRange`` on a DATETIME field expands into dozens of trie terms and reads all their
postings (58 ms on 5,000 articles). Here each segment keeps its dated documents sorted
by date, so a range is two bisections and a slice.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from datetime import datetime

import numpy as np
from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.util.times import datetime_to_long

from app.index.facets import segment_key


class DateColumn:
    """Per segment: (published, docnum) pairs of the documents that have a date, sorted."""

    def __init__(self) -> None:
        self._segments: dict[str, tuple[list[int], list[int]]] = {}
        self._values: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def between(self, reader, start: datetime | None, end: datetime | None) -> list[int]:
        """Live docnums of ``reader`` published in [start, end), in docnum order."""
        dates, docnums = self._sorted(reader)
        low = bisect_left(dates, datetime_to_long(start)) if start else 0
        high = bisect_left(dates, datetime_to_long(end)) if end else len(dates)
        found = sorted(docnums[low:high])
        if reader.has_deletions():
            found = [d for d in found if not reader.is_deleted(d)]
        return found

    def values(self, reader) -> np.ndarray:
        """Each docnum's raw date for sorting; undated documents get -1, before every date."""
        key = segment_key(reader)
        with self._lock:
            found = self._values.get(key)
        if found is None:
            dates, docnums = self._sorted(reader)
            found = np.full(reader.doc_count_all(), -1, dtype=np.int64)
            found[np.array(docnums, dtype=np.int64)] = dates
            with self._lock:
                if len(self._values) > 256:
                    self._values.clear()
                self._values[key] = found
        return found

    def _sorted(self, reader) -> tuple[list[int], list[int]]:
        key = segment_key(reader)
        with self._lock:
            if key not in self._segments:
                if len(self._segments) > 256:
                    self._segments.clear()
                self._segments[key] = _load(reader)
            return self._segments[key]


def _load(reader) -> tuple[list[int], list[int]]:
    """Raw column values (Whoosh's long form of a datetime): an undated document's
    placeholder cannot be turned into a datetime, and comparing integers is cheaper."""
    if not reader.has_column("published"):
        return [], []
    years = reader.column_reader("c_year") if reader.has_column("c_year") else None
    raw = reader.column_reader("published", translate=False)
    pairs = sorted(
        (value, docnum)
        for docnum, value in enumerate(raw)
        if years is None or years[docnum]  # documents without a date have no year
    )
    return [p[0] for p in pairs], [p[1] for p in pairs]


class PublishedBetween(wq.Query):
    """Articles published in [start, end) (the article's own wall-clock time)."""

    def __init__(self, start: datetime | None, end: datetime | None, column: DateColumn):
        self.start, self.end, self.column = start, end, column
        self.boost = 1.0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PublishedBetween) and (self.start, self.end) == (
            other.start,
            other.end,
        )

    def __hash__(self) -> int:
        return hash((PublishedBetween, self.start, self.end))

    def __repr__(self) -> str:
        return f"PublishedBetween({self.start!r}, {self.end!r})"

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, ixreader) -> int:
        return ixreader.doc_count()

    def matcher(self, searcher, context=None):
        docnums = self.column.between(searcher.reader(), self.start, self.end)
        if not docnums:
            return NullMatcher()
        return ListMatcher(docnums, all_weights=self.boost)
