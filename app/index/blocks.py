"""Posting blocks packed as a few byte strings instead of tuples of Python objects.

Whoosh 3 pickles each block of up to 128 postings as ``(ids, weights, values)`` tuples:
unpickling creates one int, one float and one bytes object per posting, which is most
of what reading a posting list costs (a cold search reads hundreds of them). Here the
ids are little-endian uint32 deltas, the weights float32 and the values one byte
string with their lengths in front, so a block unpickles as three objects; numpy turns
them into arrays directly. The same files otherwise: term dictionary, block headers,
compression and inlining are Whoosh's. A segment records its codec, so segments
written before keep being read the old way; merges rewrite them packed.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Iterator
from pickle import dumps

import numpy as np
from whoosh.codec import whoosh3
from whoosh.matching import ListMatcher
from whoosh.system import pack_uint


class PackedPostingsWriter(whoosh3.W3PostingsWriter):
    def _mini_ids(self):
        if self._byteids:  # a term vector's ids are words: Whoosh's form
            return super()._mini_ids()
        return np.diff(np.asarray(self._ids, np.int64), prepend=0).astype("<u4").tobytes()

    def _mini_weights(self):
        weights = self._weights
        first = weights[0]
        if all(w == first for w in weights):
            return None if first == 1.0 else first
        return np.asarray(weights, "<f4").tobytes()

    def _mini_values(self):
        fixed = self._format.fixed_value_size()
        if fixed is not None and fixed >= 0:
            return super()._mini_values()
        values = self._values
        lengths = np.fromiter(map(len, values), "<u4", len(values))
        return [lengths.tobytes(), b"".join(values)]  # a list: Whoosh's form is a tuple


class PackedLeafMatcher(whoosh3.W3LeafMatcher):
    def _read_ids(self) -> None:
        if self._data is None:
            self._read_data()
        if isinstance(self._data[0], bytes):
            self._ids = block_ids(self._data[0]).tolist()
        else:
            super()._read_ids()

    def _read_weights(self) -> None:
        if self._data is None:
            self._read_data()
        if isinstance(self._data[1], bytes):
            self._weights = array("f", block_weights(self._data[1], self._blocklength).tobytes())
        else:
            super()._read_weights()

    def _read_values(self) -> None:
        if self._data is None:
            self._read_data()
        packed = self._data[2]
        if isinstance(packed, list):
            self._values = split_values(packed)
        elif isinstance(packed, dict):
            self._values = whoosh_positions(*unpack_positions(packed))
        else:
            super()._read_values()


def leaf_blocks(matcher) -> Iterator[None]:
    """Move a Whoosh 3 leaf matcher (ours or Whoosh's) to each of its posting blocks in
    turn; at each step the caller reads the block the matcher stands on."""
    while True:
        yield
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def block_ids(packed: bytes) -> np.ndarray:
    """A packed block's document numbers."""
    return np.cumsum(np.frombuffer(packed, "<u4"), dtype=np.int64)


def block_weights(packed, count: int) -> np.ndarray:
    """A block's weights as float32, from any of the forms Whoosh and we write."""
    if packed is None:
        return np.ones(count, dtype=np.float32)
    if isinstance(packed, float):
        return np.full(count, packed, dtype=np.float32)
    if isinstance(packed, bytes):
        return np.frombuffer(packed, "<f4").astype(np.float32)
    return np.array(packed, dtype=np.float32)


def split_values(packed: list) -> tuple[bytes, ...]:
    lengths, blob = packed
    ends = np.cumsum(np.frombuffer(lengths, "<u4"), dtype=np.int64).tolist()
    return tuple(blob[start:end] for start, end in zip([0, *ends], ends, strict=False))


def pack_positions(counts: np.ndarray, deltas: np.ndarray) -> dict:
    """A block's word positions: each posting's count and its position deltas (the first
    one absolute), as two arrays of one width; Whoosh pickles a list per posting."""
    top = max(int(counts.max(initial=0)), int(deltas.max(initial=0)))
    width = 2 if top < 2**16 else 4
    kind = f"<u{width}"
    return {"n": counts.astype(kind).tobytes(), "d": deltas.astype(kind).tobytes(), "w": width}


def unpack_positions(packed: dict) -> tuple[np.ndarray, np.ndarray]:
    """(counts, deltas) of a block written by ``pack_positions``."""
    kind = f"<u{packed['w']}"
    counts = np.frombuffer(packed["n"], kind).astype(np.int64)
    return counts, np.frombuffer(packed["d"], kind).astype(np.int64)


def position_gaps(values) -> list[list[int]]:
    """Values in Whoosh's ``Positions`` encoding (a 4-byte count, then a pickled list of
    gaps) decoded with one ``pickle.loads``: the lists are spliced into one pickled list
    instead of unpickled one by one."""
    parts = [b"\x80\x02]"]  # protocol 2, EMPTY_LIST
    for value in values:  # b"\x80\x02" + list ops (+ b"." unless stripped)
        parts.append(value[6:-1] if value.endswith(b".") else value[6:])
        parts.append(b"a")  # APPEND the list to the outer one
    parts.append(b".")
    return pickle.loads(b"".join(parts))


def encode_gaps(gaps: list[int]) -> bytes:
    """One posting's value as Whoosh's ``Positions`` format encodes it: the count, then
    the pickled gaps (``Positions.encode`` without its per-call overhead)."""
    return pack_uint(len(gaps)) + dumps(gaps, 2)


def whoosh_positions(counts: np.ndarray, deltas: np.ndarray) -> tuple[bytes, ...]:
    """Each posting's value as Whoosh's ``Positions`` format encodes it (for the code
    that reads postings through Whoosh's matchers)."""
    flat = deltas.tolist()
    values, start = [], 0
    for count in counts.tolist():
        values.append(encode_gaps(flat[start : start + count]))
        start += count
    return tuple(values)


class PackedCodec(whoosh3.W3Codec):
    """Whoosh 3's codec with packed posting blocks."""

    def postings_writer(self, dbfile, byteids=False):
        return PackedPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            return ListMatcher(
                ids, weights, values, format_, scorer=scorer, term=term, terminfo=terminfo
            )
        offset, _length = terminfo.extent()
        return PackedLeafMatcher(dbfile, offset, _length, format_, term=term, scorer=scorer)
