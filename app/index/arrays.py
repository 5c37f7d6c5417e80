"""A segment's posting lists, field lengths and live documents as numpy arrays.

Whoosh's matchers walk and score one posting at a time in Python, so a word found in
half of 100,000 articles costs half a second. A segment never changes once written:
its arrays are read once, kept per segment, and a query becomes a few array operations.
"""

from __future__ import annotations

from collections import OrderedDict
from itertools import chain

import numpy as np
from whoosh import formats
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from app.index.blocks import (
    block_ids,
    block_weights,
    leaf_blocks,
    position_gaps,
    unpack_positions,
)
from app.index.facets import segment_key

#: bytes of posting lists kept per segment (the words a person types come back again)
POSTINGS_BYTES = 24 * 2**20
#: bytes of encoded position lists kept per segment, for phrases
VALUES_BYTES = 16 * 2**20
_EMPTY_IDS = np.zeros(0, dtype=np.int32)
_EMPTY_WEIGHTS = np.zeros(0, dtype=np.float32)
#: Whoosh stores a field's length in one byte; 0 means "no length", which scorers read as 1
_LENGTHS = np.array([1.0] + [float(byte_to_length(b)) for b in range(1, 256)], dtype=np.float32)


class SizedCache:
    """Least recently used entries, bounded by their total size in bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._entries: OrderedDict = OrderedDict()

    def get(self, key):
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
            return found[0]
        return None

    def put(self, key, value, size: int) -> None:
        self._entries[key] = (value, size)
        self.size += size
        while self.size > self.limit and len(self._entries) > 1:
            _key, (_value, old) = self._entries.popitem(last=False)
            self.size -= old


class SegmentArrays:
    """The arrays of one segment reader; built lazily, each at most once."""

    def __init__(self, reader) -> None:
        self.reader = reader
        self.doc_count_all = reader.doc_count_all()
        self._postings = SizedCache(POSTINGS_BYTES)
        self._values = SizedCache(VALUES_BYTES)
        self._lengths: dict[str, np.ndarray] = {}
        self._live: np.ndarray | None = None
        self._live_mask: np.ndarray | None = None

    def rebind(self, reader) -> None:
        """A newer reader of the same segment: postings stay, deletions may have grown."""
        if reader is not self.reader:
            self.reader, self._live = reader, None

    @property
    def live_ids(self) -> np.ndarray:
        """Docnums of the documents not deleted, ascending."""
        if self._live is None:
            if self.reader.has_deletions():
                self._live = np.fromiter(self.reader.all_doc_ids(), dtype=np.int32)
            else:
                self._live = np.arange(self.doc_count_all, dtype=np.int32)
            self._live_mask = None
        return self._live

    @property
    def live_mask(self) -> np.ndarray:
        """True at the docnum of each document not deleted."""
        ids = self.live_ids
        if self._live_mask is None:
            mask = np.zeros(self.doc_count_all, dtype=bool)
            mask[ids] = True
            self._live_mask = mask
        return self._live_mask

    def postings(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
        """(docnums ascending, weights) of a term, deleted documents included."""
        key = (fieldname, btext)
        found = self._postings.get(key)
        if found is None:
            found = self._read_postings(fieldname, btext)
            self._postings.put(key, found, found[0].nbytes + found[1].nbytes + 200)
        return found

    def _read_postings(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
        try:
            matcher = self.reader.postings(fieldname, btext)
        except (TermNotFound, KeyError):
            return _EMPTY_IDS, _EMPTY_WEIGHTS
        if isinstance(matcher, FilterMatcher):  # deletions: the live mask handles them
            matcher = matcher.child
        if not matcher.is_active():
            return _EMPTY_IDS, _EMPTY_WEIGHTS
        if isinstance(matcher, W3LeafMatcher):
            return _read_blocks(matcher)
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.array(ids, dtype=np.int32), np.array(weights, dtype=np.float32)

    def positions(self, fieldname: str, btext: bytes) -> Positions:
        """Every word position of a term, in the order of its postings."""
        key = (fieldname, btext)
        found = self._values.get(key)
        if found is None:
            found = self._read_positions(fieldname, btext)
            self._values.put(key, found, found.nbytes + 200)
        return found

    def _read_positions(self, fieldname: str, btext: bytes) -> Positions:
        fmt = self.reader.schema[fieldname].format
        matcher = self.reader.postings(fieldname, btext)
        if isinstance(matcher, FilterMatcher):
            matcher = matcher.child
        if not isinstance(matcher, W3LeafMatcher):  # inlined postings
            values = []
            while matcher.is_active():
                values.append(matcher.value())
                matcher.next()
            return Positions.from_gaps(*gap_arrays(values, fmt))
        counts, gaps = [], []
        for _block in leaf_blocks(matcher):
            if matcher._data is None:
                matcher._read_data()
            packed = matcher._data[2]
            if isinstance(packed, dict):  # packed by the bulk writer: arrays already
                block_counts, block_gaps = unpack_positions(packed)
            else:
                matcher._read_values()
                block_counts, block_gaps = gap_arrays(matcher._values, fmt)
            counts.append(block_counts)
            gaps.append(block_gaps)
        return Positions.from_gaps(np.concatenate(counts), np.concatenate(gaps))

    def lengths(self, fieldname: str) -> np.ndarray:
        """Each document's length of ``fieldname`` as BM25 sees it."""
        found = self._lengths.get(fieldname)
        if found is None:
            found = self._read_lengths(fieldname)
            self._lengths[fieldname] = found
        return found

    def _read_lengths(self, fieldname: str) -> np.ndarray:
        perdoc = getattr(self.reader, "_perdoc", None)
        if perdoc is None or not hasattr(perdoc, "_cached_reader"):
            lengths = [
                self.reader.doc_field_length(d, fieldname, 1) for d in range(self.doc_count_all)
            ]
            return np.array(lengths, dtype=np.float32)
        return _LENGTHS[length_codes(perdoc, fieldname, self.doc_count_all)]


def length_codes(perdoc, fieldname: str, doc_count: int) -> np.ndarray:
    """Each document's length byte of ``fieldname`` (0: none) from a Whoosh 3 per-document
    reader, read at once where the column allows."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    codes = np.zeros(doc_count, dtype=np.uint8)  # 0: no length (past the end)
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return codes
    if getattr(column, "_fixedlen", None) == 1 and hasattr(column, "_basepos"):
        count = min(column._count, doc_count)  # one byte a document: read at once
        codes[:count] = np.frombuffer(column._dbfile.get(column._basepos, count), np.uint8)
    else:
        codes[:] = [column[d] for d in range(doc_count)]
    return codes


class Positions:
    """A term's positions as one array: those of its ``i``-th posting are
    ``flat[offsets[i]:offsets[i + 1]]``, ascending."""

    def __init__(self, offsets: np.ndarray, flat: np.ndarray) -> None:
        self.offsets, self.flat = offsets, flat

    @classmethod
    def from_gaps(cls, counts: np.ndarray, gaps: np.ndarray) -> Positions:
        """From each posting's count and the position gaps (each posting's first gap
        counted from 0)."""
        offsets = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        summed = np.cumsum(gaps, dtype=np.int64)
        before = np.where(offsets[:-1] > 0, summed[offsets[:-1] - 1], 0)  # earlier docs
        return cls(offsets, (summed - np.repeat(before, counts)).astype(np.int32))

    @property
    def nbytes(self) -> int:
        return self.offsets.nbytes + self.flat.nbytes

    def of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(index into ``rows``, position) of every position of the postings ``rows``."""
        starts, counts = self.offsets[rows], np.diff(self.offsets)[rows]
        owner = np.repeat(np.arange(len(rows)), counts)
        first = np.cumsum(counts) - counts  # where each row's run begins in the output
        picked = np.arange(int(counts.sum())) - np.repeat(first - starts, counts)
        return owner, self.flat[picked]


def decode_positions(values: list[bytes], fmt) -> Positions:
    """A posting list's values, encoded by ``fmt``, decoded at once."""
    return Positions.from_gaps(*gap_arrays(values, fmt))


def gap_arrays(values: list[bytes], fmt) -> tuple[np.ndarray, np.ndarray]:
    """(each posting's number of positions, all position gaps, each posting's first one
    absolute) of values encoded by ``fmt``."""
    if type(fmt) is formats.Positions:
        gaps = position_gaps(values)
    else:
        gaps = [
            [b - a for a, b in zip([0, *d], d, strict=False)]
            for d in map(fmt.decode_positions, values)
        ]
    counts = np.fromiter(map(len, gaps), dtype=np.int64, count=len(gaps))
    flat = np.fromiter(chain.from_iterable(gaps), np.int64, int(counts.sum()))
    return counts, flat


def _read_blocks(matcher) -> tuple[np.ndarray, np.ndarray]:
    """Every block of a Whoosh 3 posting list, decoded by numpy: a block holds its ids as
    deltas (a tuple, or packed bytes) and its weights in one of ``block_weights``' forms."""
    if matcher._byteids:
        raise TypeError("byte ids are a term vector's, not a posting list's")
    ids, weights = [], []
    for _block in leaf_blocks(matcher):
        if matcher._data is None:
            matcher._read_data()
        deltas, packed_weights = matcher._data[0], matcher._data[1]
        if isinstance(deltas, bytes):
            block = block_ids(deltas).astype(np.int32)
        else:
            block = np.cumsum(np.array(deltas, dtype=np.int64)).astype(np.int32)
        ids.append(block)
        weights.append(block_weights(packed_weights, len(block)))
    return np.concatenate(ids), np.concatenate(weights)


class ArrayCache:
    """``SegmentArrays`` per live segment; a segment's arrays outlive new commits."""

    def __init__(self) -> None:
        self._segments: dict[str, SegmentArrays] = {}

    def for_searcher(self, searcher) -> list[tuple[object, int, SegmentArrays]]:
        """(leaf searcher, docnum offset, arrays) for each segment of ``searcher``."""
        found, live = [], set()
        for leaf, offset in searcher.leaf_searchers():
            reader = leaf.reader()
            key = segment_key(reader)
            live.add(key)
            arrays = self._segments.get(key)
            if arrays is None:
                arrays = self._segments[key] = SegmentArrays(reader)
            else:
                arrays.rebind(reader)
            found.append((leaf, offset, arrays))
        for stale in set(self._segments) - live:
            del self._segments[stale]
        return found
