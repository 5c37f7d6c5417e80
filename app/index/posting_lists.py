"""Whole posting lists: read from a segment, written to one, a term at a time.

Whoosh writes and merges postings one at a time: a tuple per posting into a sorting
pool, then a method call per posting into the postings writer. Most of a bulk import
went there. Here a term's postings are lists (document numbers, weights and, by the
field's format, frequencies or word positions) that are read, renumbered and written
a block at a time, into the files ``PackedCodec`` reads.

Most terms have a few postings, where a numpy call costs more than the Python list
work it would save; so postings are Python lists (``SmallList``) and only long lists
(``LONG`` postings or more) become arrays (``PostingList``).
"""

from __future__ import annotations

import io
import pickle
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass
from enum import Enum
from hashlib import md5
from itertools import accumulate, chain, pairwise

import numpy as np
from whoosh import formats
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort

from app.index.blocks import (
    block_ids,
    block_weights,
    encode_gaps,
    pack_positions,
    position_gaps,
    split_values,
    unpack_positions,
)

#: zlib level of posting blocks (Whoosh 3's default)
COMPRESSION = 3
#: blocks are compressed from this many bytes (zlib costs more than it saves on a few
#: postings: setting up a stream alone is some microseconds)
COMPRESS_FROM = 256
#: posting lists at least this long are handled as arrays
LONG = 256
_TERMINFO = W3TermInfo._struct
_BLOCK_LENGTH = struct.Struct("!i")
_KEY_VALUE_LENGTHS = struct.Struct("!ii")  # filetables' record header
_UINT = struct.Struct("!I")
_FIELD_NUMBER = struct.Struct("!H")
_EXTENT = struct.Struct("!qi")  # a term's postings: offset and length (pack_long, pack_int)
_NATIVE_LE = sys.byteorder == "little"


class Values(Enum):
    """What a posting carries besides its document and weight, by the field's format."""

    NONE = "none"  # Existence
    FREQUENCY = "frequency"  # Frequency: a count
    POSITIONS = "positions"  # Positions: word positions
    BYTES = "bytes"  # any other format: its encoded bytes

    @classmethod
    def of(cls, fmt: formats.Format) -> Values:
        if fmt.fixed_value_size() == 0:
            return cls.NONE
        if type(fmt) is formats.Frequency:
            return cls.FREQUENCY
        if type(fmt) is formats.Positions:
            return cls.POSITIONS
        return cls.BYTES


#: (document numbers, weights, values), ascending documents; a value is a frequency
#: (FREQUENCY), a list of position gaps whose first one is absolute (POSITIONS), the
#: encoded bytes (BYTES) or anything (NONE)
SmallList = tuple[list, list, list]


@dataclass
class PostingList:
    """A long posting list as arrays: ``counts`` are frequencies (FREQUENCY) or each
    posting's number of positions (POSITIONS), ``deltas`` all position gaps (each
    posting's first one absolute), ``raw`` the encoded values (BYTES)."""

    ids: np.ndarray
    weights: np.ndarray
    counts: np.ndarray | None = None
    deltas: np.ndarray | None = None
    raw: list[bytes] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def remapped(self, startdoc: int, docmap: np.ndarray | None) -> PostingList:
        """The postings renumbered for a merged segment: shifted by ``startdoc``, or
        through ``docmap`` (new number per old one, -1 for a deleted document)."""
        new_ids = self.ids + startdoc if docmap is None else docmap[self.ids]
        keep = new_ids >= 0
        if keep.all():
            return PostingList(new_ids, self.weights, self.counts, self.deltas, self.raw)
        counts = deltas = raw = None
        if self.counts is not None:
            counts = self.counts[keep]
            if self.deltas is not None:
                deltas = self.deltas[np.repeat(keep, self.counts)]
        if self.raw is not None:
            raw = [value for value, kept in zip(self.raw, keep.tolist(), strict=True) if kept]
        return PostingList(new_ids[keep], self.weights[keep], counts, deltas, raw)


def gaps(positions: list[int]) -> list[int]:
    """Ascending positions as gaps, the first one absolute (how postings keep them)."""
    if len(positions) < 2:
        return positions
    return [positions[0], *(b - a for a, b in pairwise(positions))]


def length(postings: SmallList | PostingList) -> int:
    return len(postings[0]) if isinstance(postings, tuple) else len(postings)


def as_arrays(kind: Values, postings: SmallList | PostingList) -> PostingList:
    if not isinstance(postings, tuple):
        return postings
    ids, weights, values = postings
    plist = PostingList(np.array(ids, np.int64), np.array(weights, np.float32))
    if kind is Values.FREQUENCY:
        plist.counts = np.array(values, np.int64)
    elif kind is Values.POSITIONS:
        plist.counts = np.fromiter(map(len, values), np.int64, len(values))
        total = int(plist.counts.sum())
        plist.deltas = np.fromiter(chain.from_iterable(values), np.int64, total)
    elif kind is Values.BYTES:
        plist.raw = list(values)
    return plist


def as_small(kind: Values, postings: SmallList | PostingList) -> SmallList:
    if isinstance(postings, tuple):
        return postings
    if kind is Values.FREQUENCY:
        values = postings.counts.tolist()
    elif kind is Values.POSITIONS:
        flat = postings.deltas.tolist()
        bounds = list(accumulate(postings.counts.tolist()))
        values = [flat[a:b] for a, b in zip([0, *bounds], bounds, strict=False)]
    elif kind is Values.BYTES:
        values = list(postings.raw)
    else:
        values = [b""] * len(postings)
    return postings.ids.tolist(), postings.weights.tolist(), values


def joined(kind: Values, parts: list[SmallList | PostingList]) -> SmallList | PostingList:
    """One term's postings from parts in ascending document order."""
    if len(parts) == 1:
        return parts[0]
    parts = [part.decoded() if isinstance(part, StoredList) else part for part in parts]
    if sum(map(length, parts)) < LONG:
        ids, weights, values = [], [], []
        for part in parts:
            part_ids, part_weights, part_values = as_small(kind, part)
            ids += part_ids
            weights += part_weights
            values += part_values
        return ids, weights, values
    arrays = [as_arrays(kind, part) for part in parts]

    def column(name: str) -> np.ndarray | None:
        found = [getattr(part, name) for part in arrays]
        return None if found[0] is None else np.concatenate(found)

    raw = None
    if arrays[0].raw is not None:
        raw = list(chain.from_iterable(part.raw for part in arrays))
    return PostingList(column("ids"), column("weights"), column("counts"), column("deltas"), raw)


# -- reading ---------------------------------------------------------------------


@dataclass
class StoredList:
    """A term's postings as a segment stores them: its dictionary entry and, unless
    inlined there, its posting blocks; to be renumbered by ``shift`` documents. Most
    terms of a merge are in one of the merged segments only: those are copied with
    their numbers shifted instead of being decoded and encoded again."""

    kind: Values
    entry: bytes
    blocks: bytes | None
    shift: int = 0

    def __len__(self) -> int:
        return _TERMINFO.unpack_from(self.entry)[2]

    def decoded(self) -> SmallList | PostingList:
        kind = self.kind
        if self.blocks is None:
            ids, weights, values = pickle.loads(self.entry[_TERMINFO.size :])
            postings = (list(ids), list(weights), _decoded(kind, values, len(ids)))
        elif len(self) < LONG:
            postings = joined(kind, [_small_block(kind, *b) for b in _blocks(self.blocks)])
        else:
            postings = joined(kind, [_array_block(kind, *b) for b in _blocks(self.blocks)])
        if not self.shift:
            return postings
        if isinstance(postings, tuple):
            return [docnum + self.shift for docnum in postings[0]], postings[1], postings[2]
        return postings.remapped(self.shift, None)


def segment_lists(reader, kinds: dict[str, Values]):
    """Yield ``(fieldname, btext, StoredList)`` for every term of a segment reader in
    the fields of ``kinds``, deleted documents included. The term dictionary is walked
    in file order rather than looked up term by term."""
    terms = reader._terms
    postfile, fieldnames = terms._postfile, terms._fieldunmap
    for key, entry in terms._tindex.items():
        fieldname = fieldnames[_FIELD_NUMBER.unpack_from(key)[0]]
        kind = kinds.get(fieldname)
        if kind is None:
            continue
        blocks = None
        if not entry[0]:  # the flags byte: not inlined
            offset, size = _EXTENT.unpack_from(entry, _TERMINFO.size)
            blocks = postfile.get(offset, size)
        yield fieldname, key[2:], StoredList(kind, entry, blocks)


def _blocks(data: bytes):
    """(count, ids, weights, values) of each block of a posting list's bytes."""
    for header, payload in _raw_blocks(data):
        yield (header[0], *pickle.loads(payload))


def _raw_blocks(data: bytes):
    """(header, uncompressed pickled data) of each block of a posting list's bytes."""
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a posting list")
    view = memoryview(data)
    position = 4
    while True:
        (size,) = _BLOCK_LENGTH.unpack_from(view, position)
        position += 4
        end = position + abs(size)
        stream = io.BytesIO(view[position:end])
        header = pickle.load(stream)
        block = view[position + stream.tell() : end]
        yield header, (zlib.decompress(block) if header[3] else block)
        position = end
        if size < 0:
            return


def _decoded(kind: Values, values, count: int) -> list:
    """Whoosh-encoded values (a tuple of bytes) in ``SmallList`` form."""
    if kind is Values.FREQUENCY:
        return [_UINT.unpack(value)[0] for value in values]
    if kind is Values.POSITIONS:
        return position_gaps(values)
    if kind is Values.BYTES:
        return list(values)
    return [b""] * count


def _small_block(kind: Values, count: int, ids, weights, values) -> SmallList:
    if isinstance(ids, bytes):
        id_list = list(accumulate(_unpacked("I", ids)))
    else:  # Whoosh's own block: tuples
        id_list = list(accumulate(ids))
    if weights is None:
        weight_list = [1.0] * count
    elif isinstance(weights, float):
        weight_list = [weights] * count
    elif isinstance(weights, bytes):
        weight_list = _unpacked("f", weights)
    else:
        weight_list = list(weights)
    if kind is Values.FREQUENCY:
        value_list = list(struct.unpack(f"!{count}I", values))
    elif kind is Values.POSITIONS and isinstance(values, dict):
        counts = _unpacked("H" if values["w"] == 2 else "I", values["n"])
        flat = _unpacked("H" if values["w"] == 2 else "I", values["d"])
        bounds = list(accumulate(counts))
        value_list = [flat[a:b] for a, b in zip([0, *bounds], bounds, strict=False)]
    elif isinstance(values, list):  # packed bytes: [lengths, blob]
        value_list = _decoded(kind, split_values(values), count)
    else:
        value_list = _decoded(kind, values or (), count)
    return id_list, weight_list, value_list


def _array_block(kind: Values, count: int, ids, weights, values) -> PostingList:
    if isinstance(ids, bytes):
        plist = PostingList(block_ids(ids), block_weights(weights, count))
    else:
        plist = PostingList(np.cumsum(np.array(ids, np.int64)), block_weights(weights, count))
    if kind is Values.FREQUENCY:
        plist.counts = np.frombuffer(values, ">u4").astype(np.int64)
    elif kind is Values.POSITIONS and isinstance(values, dict):
        plist.counts, plist.deltas = unpack_positions(values)
    elif kind in (Values.POSITIONS, Values.BYTES):
        small = _small_block(kind, count, b"", None, values)
        return as_arrays(kind, (plist.ids.tolist(), plist.weights.tolist(), small[2]))
    return plist


def _unpacked(code: str, data: bytes) -> list:
    """Little-endian numbers of one ``array`` type code from bytes."""
    found = array(code, data)
    if not _NATIVE_LE:
        found.byteswap()
    return found.tolist()


def _packed(code: str, numbers) -> bytes:
    found = array(code, numbers)
    if not _NATIVE_LE:
        found.byteswap()
    return found.tobytes()


# -- writing ---------------------------------------------------------------------


class TermWriter:
    """Writes the terms of one field, in term order, into a Whoosh 3 field writer."""

    def __init__(
        self, fieldwriter, fieldname: str, fieldobj, codes: np.ndarray, limits: tuple[int, int]
    ) -> None:
        fieldwriter.start_field(fieldname, fieldobj)
        self._prefix = pack_ushort(fieldwriter._fieldid)
        self._postfile = fieldwriter._postfile
        self._offset = self._postfile.tell()  # kept here: a tell per term adds up
        self._entries = _TermEntries(fieldwriter._tindex)
        self.kind = Values.of(fieldobj.format)
        self._codes, self._code_list = codes, codes.tolist()
        self._inline_limit, self._block_limit = limits

    def write(self, btext: bytes, postings: SmallList | PostingList | StoredList) -> None:
        if isinstance(postings, StoredList):
            entry = self._copied(postings)
        elif isinstance(postings, tuple):
            if len(postings[0]) < self._inline_limit:
                entry = self._inlined(*postings)
            else:
                entry = self._small_blocks(*postings)
        else:
            entry = self._array_blocks(postings)
        self._entries.add(self._prefix + btext, entry)

    def finish(self) -> None:
        """Write the field's term dictionary entries (after its last ``write``)."""
        self._entries.flush()

    def _copied(self, stored: StoredList) -> bytes:
        """A stored list with its document numbers shifted; lengths, weights and values
        stay as they are (a merge keeps every document's field lengths)."""
        shift = stored.shift
        _flags, weight, count, low, high, top, first, last = _TERMINFO.unpack_from(stored.entry)
        stats = (weight, count, low, high, top, first + shift, last + shift)
        if stored.blocks is None:
            ids, weights, values = pickle.loads(stored.entry[_TERMINFO.size :])
            inlined = pickle.dumps((tuple(i + shift for i in ids), weights, values), 2)
            return _TERMINFO.pack(1, *stats) + inlined
        start = self._begin()
        blocks = list(_raw_blocks(stored.blocks))
        for number, (header, payload) in enumerate(blocks):
            block_count, last_id, max_weight, _compression, block_low, block_high = header
            ids, weights, values = pickle.loads(payload)
            if isinstance(ids, bytes):  # packed gaps: the first one is the absolute number
                first_id = int.from_bytes(ids[:4], "little") + shift
                ids = first_id.to_bytes(4, "little") + ids[4:]
            else:  # Whoosh's tuple of gaps
                ids = (ids[0] + shift, *ids[1:])
            info = (block_count, last_id + shift, max_weight, block_low, block_high)
            self._write_block(info, (ids, weights, values), number == len(blocks) - 1)
        return self._end(start, stats)

    def _stats(self, ids: list, weights: list) -> tuple:
        low, high = self._length_range(ids)
        return sum(weights), len(ids), low, high, max(weights), ids[0], ids[-1]

    def _length_range(self, ids: list) -> tuple[int, int]:
        """The smallest and largest length byte of documents ``ids`` (0 means none and
        counts for no smallest, as Whoosh counts)."""
        codes = [self._code_list[docnum] for docnum in ids]
        present = [code for code in codes if code]
        return (min(present) if present else 0), max(codes)

    def _inlined(self, ids: list, weights: list, values: list) -> bytes:
        """Postings inside the term's dictionary entry, as Whoosh 3 inlines short lists."""
        kind = self.kind
        if kind is Values.POSITIONS:
            encoded = tuple(map(encode_gaps, values))
        elif kind is Values.FREQUENCY:
            encoded = tuple(map(pack_uint, values))
        elif kind is Values.BYTES:
            encoded = tuple(value for value in values if value)
        else:
            encoded = ()
        inlined = pickle.dumps((tuple(ids), tuple(weights), encoded), 2)
        return _TERMINFO.pack(1, *self._stats(ids, weights)) + inlined

    def _small_blocks(self, ids: list, weights: list, values: list) -> bytes:
        start = self._begin()
        limit, kind = self._block_limit, self.kind
        for begin in range(0, len(ids), limit):
            end = begin + limit
            block_ids, block_weights = ids[begin:end], weights[begin:end]
            gap_list = [block_ids[0], *(b - a for a, b in pairwise(block_ids))]
            block_values = values[begin:end]
            if kind is Values.POSITIONS:
                counts = list(map(len, block_values))
                flat = list(chain.from_iterable(block_values))
                code = "H" if max(max(counts), max(flat)) < 2**16 else "I"
                packed = {
                    "n": _packed(code, counts),
                    "d": _packed(code, flat),
                    "w": array(code).itemsize,
                }
            else:
                packed = self._other_values(block_values)
            first = block_weights[0]
            if all(w == first for w in block_weights):
                packed_weights = None if first == 1.0 else float(first)
            else:
                packed_weights = _packed("f", block_weights)
            low, high = self._length_range(block_ids)
            info = (len(block_ids), block_ids[-1], max(block_weights), low, high)
            data = (_packed("I", gap_list), packed_weights, packed)
            self._write_block(info, data, end >= len(ids))
        return self._end(start, self._stats(ids, weights))

    def _other_values(self, values: list):
        if self.kind is Values.FREQUENCY:
            return struct.pack(f"!{len(values)}I", *values)
        if self.kind is Values.BYTES:
            return [_packed("I", map(len, values)), b"".join(values)]
        return None

    def _array_blocks(self, plist: PostingList) -> bytes:
        start = self._begin()
        count, limit, kind = len(plist), self._block_limit, self.kind
        codes = self._codes[plist.ids]
        gap_array = np.diff(plist.ids, prepend=0)
        gap_array[::limit] = plist.ids[::limit]  # each block's first id is absolute
        gap_bytes = gap_array.astype("<u4")
        weights = plist.weights
        offsets = None
        if kind is Values.POSITIONS:
            offsets = np.concatenate(([0], np.cumsum(plist.counts))).tolist()
        for begin in range(0, count, limit):
            end = min(begin + limit, count)
            block_weights = weights[begin:end]
            low, high = float(block_weights.min()), float(block_weights.max())
            if low == high:
                packed_weights = None if low == 1.0 else low
            else:
                packed_weights = block_weights.astype("<f4").tobytes()
            if kind is Values.POSITIONS:
                deltas = plist.deltas[offsets[begin] : offsets[end]]
                packed = pack_positions(plist.counts[begin:end], deltas)
            elif kind is Values.FREQUENCY:
                packed = plist.counts[begin:end].astype(">u4").tobytes()
            else:
                packed = self._other_values(plist.raw[begin:end] if plist.raw else [])
            block_codes = codes[begin:end]
            info = (end - begin, int(plist.ids[end - 1]), high, _min_code(block_codes))
            info += (int(block_codes.max()),)
            data = (gap_bytes[begin:end].tobytes(), packed_weights, packed)
            self._write_block(info, data, end == count)
        stats = (
            float(weights.sum(dtype=np.float64)),
            count,
            _min_code(codes),
            int(codes.max()),
            float(weights.max()),
            int(plist.ids[0]),
            int(plist.ids[-1]),
        )
        return self._end(start, stats)

    def _begin(self) -> int:
        start = self._offset
        self._write(WHOOSH3_HEADER_MAGIC)
        return start

    def _write(self, data: bytes) -> None:
        self._postfile.write(data)
        self._offset += len(data)

    def _write_block(self, info: tuple, data: tuple, last: bool) -> None:
        """A block as Whoosh 3 writes one: its length (negative for the last), the
        pickled header (count, last id, max weight, compression, min and max length
        bytes) and the compressed pickled data."""
        body = pickle.dumps(data, 2)
        compression = COMPRESSION if len(body) >= COMPRESS_FROM else 0
        if compression:
            body = zlib.compress(body, compression)
        count, last_id, max_weight, low, high = info
        header = pickle.dumps((count, last_id, max_weight, compression, low, high), 2)
        size = len(header) + len(body)
        self._write(_BLOCK_LENGTH.pack(-size if last else size) + header + body)

    def _end(self, start: int, stats: tuple) -> bytes:
        extent = pack_long(start) + pack_int(self._offset - start)
        return _TERMINFO.pack(0, *stats) + extent


class _TermEntries:
    """``OrderedHashWriter.add`` for keys known to ascend, written at once: Whoosh's add
    makes three writes, a ``tell`` and a hex digest per term."""

    def __init__(self, tindex) -> None:
        if tindex.hashtype != 0:
            raise ValueError("the term dictionary must hash with MD5")
        self._tindex = tindex
        self._position = tindex.dbfile.tell()
        self._records: list[bytes] = []
        self._last = b""

    def add(self, key: bytes, value: bytes) -> None:
        record = _KEY_VALUE_LENGTHS.pack(len(key), len(value)) + key + value
        position = self._position
        hashed = int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")
        self._tindex.buckets[hashed & 255].append((hashed, position))
        self._tindex.index.append(position)
        self._records.append(record)
        self._position = position + len(record)
        self._last = key

    def flush(self) -> None:
        self._tindex.dbfile.write(b"".join(self._records))
        self._records.clear()
        self._tindex.lastkey = self._last


def _min_code(codes: np.ndarray) -> int:
    """The smallest length byte that is a length (0 means none, as Whoosh counts)."""
    present = codes[codes > 0]
    return int(present.min()) if len(present) else 0
