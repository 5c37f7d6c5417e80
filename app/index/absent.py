"""Clippings without a value in a facet's column: ``source:""``, ``tag:""``, ``date:""``.

The "(no source)" entries of the facets filter with these; a column read once per segment
answers them (an index term for "nothing" would need a rebuild of every index).
"""

from __future__ import annotations

import threading

import numpy as np
from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher

from app.index.facets import segment_key

#: query field → the column that is empty when the clipping has no value
ABSENT_COLUMNS = {"source": "c_source", "tag": "c_tags", "date": "c_year"}

_cache: dict[tuple[str, str], np.ndarray] = {}
_lock = threading.Lock()


def absent_docnums(reader, column: str) -> np.ndarray:
    """Docnums (of this segment reader, deleted ones included) whose ``column`` is empty."""
    key = (segment_key(reader), column)
    with _lock:
        found = _cache.get(key)
    if found is None:
        if reader.has_column(column):
            values = reader.column_reader(column)
            found = np.fromiter((not v for v in values), bool, reader.doc_count_all())
            found = np.flatnonzero(found).astype(np.int32)
        else:
            found = np.arange(reader.doc_count_all(), dtype=np.int32)
        with _lock:
            if len(_cache) > 1024:
                _cache.clear()
            _cache[key] = found
    return found


class Absent(wq.Query):
    """Documents whose facet ``column`` holds nothing."""

    def __init__(self, column: str) -> None:
        self.column = column
        self.boost = 1.0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Absent) and other.column == self.column

    def __hash__(self) -> int:
        return hash((Absent, self.column))

    def __repr__(self) -> str:
        return f"Absent({self.column!r})"

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, ixreader) -> int:
        return ixreader.doc_count()

    def docnums(self, reader) -> np.ndarray:
        return absent_docnums(reader, self.column)

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        docnums = [d for d in self.docnums(reader).tolist() if not reader.is_deleted(d)]
        if not docnums:
            return NullMatcher()
        return ListMatcher(docnums, all_weights=self.boost)
