"""Date filters from the ``published`` column instead of Whoosh's range terms.

``DateRange`` on a DATETIME field expands into dozens of trie terms and reads all their
postings (58 ms on 5,000 articles). Here each segment keeps its dated documents sorted
by date, so a range is two bisections and a slice.
"""

from __future__ import annotations

import threading
from datetime import datetime

import numpy as np
from whoosh import query as wq
from whoosh.columns import NumericColumn
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.util.times import datetime_to_long

from app.index.facets import segment_key


class DateColumn:
    """Per segment: the dated documents' raw dates, ascending, and their docnums."""

    def __init__(self) -> None:
        self._segments: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._lock = threading.Lock()

    def between(self, reader, start: datetime | None, end: datetime | None) -> np.ndarray:
        """Live docnums of ``reader`` published in [start, end), ascending."""
        dates, docnums, _values = self._segment(reader)
        low = np.searchsorted(dates, datetime_to_long(start)) if start else 0
        high = np.searchsorted(dates, datetime_to_long(end)) if end else len(dates)
        found = np.sort(docnums[low:high])
        if reader.has_deletions():
            found = np.array([d for d in found.tolist() if not reader.is_deleted(d)], np.int32)
        return found

    def values(self, reader) -> np.ndarray:
        """Each docnum's raw date for sorting; undated documents get -1, before every date."""
        return self._segment(reader)[2]

    def _segment(self, reader) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        key = segment_key(reader)
        with self._lock:
            found = self._segments.get(key)
        if found is None:
            values = _load(reader)
            dated = np.flatnonzero(values >= 0).astype(np.int32)
            order = np.argsort(values[dated], kind="stable")
            found = (values[dated][order], dated[order], values)
            with self._lock:
                if len(self._segments) > 256:
                    self._segments.clear()
                self._segments[key] = found
        return found


def _load(reader) -> np.ndarray:
    """Raw column values (Whoosh's long form of a datetime, integers compare cheaply),
    -1 for an undated document, whose placeholder is no datetime."""
    values = np.full(reader.doc_count_all(), -1, dtype=np.int64)
    if not reader.has_column("published"):
        return values
    raw = reader.column_reader("published", translate=False)
    if not isinstance(raw, NumericColumn.Reader) or raw._typecode != "Q":
        raise TypeError(f"the published column is a {type(raw).__name__}, not 8-byte numbers")
    count = min(raw._count, len(values))  # 8 bytes a document, big-endian: read at once
    stored = np.frombuffer(raw._dbfile.get(raw._basepos, count * 8), dtype=">u8")
    values[:count] = np.where(stored == raw._default, -1, stored.astype(np.int64))
    return values


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
        if not len(docnums):
            return NullMatcher()
        return ListMatcher(docnums.tolist(), all_weights=self.boost)
