"""Faster indexing for Whoosh: the same index files, less Python per posting.

Indexing an article costs some 500 postings, and Whoosh spends most of its time on
per-posting Python overhead rather than on the work itself:

* ``Positions``/``Frequency.word_values`` build a ``Token`` per word; with our caching
  analyzers a word's terms are already known, so the postings are grouped directly.
* ``FieldWriter.add_postings`` looks every posting's field length up in a column;
  the lengths are read once per field and segment instead.
* Terms found in only a few documents (most terms of a batch) get a posting block of
  their own, pickled and compressed; Whoosh 3 can keep them inside the term
  dictionary ("inlined"), but a misspelt method name left that path dead. It is mended
  and used for terms with fewer than ``INLINE_LIMIT`` postings (an inlined posting
  without a value read back as ``""`` broke merges: mended too).
"""

from __future__ import annotations

from itertools import pairwise

from whoosh import formats
from whoosh.codec import base, whoosh3
from whoosh.matching import ListMatcher
from whoosh.system import pack_uint

from app.index.analysis import LANGUAGE_MARK, StemFieldAnalyzer
from app.index.blocks import PackedCodec, encode_gaps
from app.index.caching import CachingAnalyzer

INLINE_LIMIT = 6
#: postings per block: a packed block costs about as much to open (header, zlib, three
#: unpickled objects) as to decode, so Whoosh's 128 made most of a cold read overhead;
#: 1,024 read every list of 3,000 articles in 458 ms instead of 634
BLOCK_LIMIT = 1024


def codec() -> PackedCodec:
    """The codec our writers use: Whoosh 3's files with packed posting blocks of up to
    ``BLOCK_LIMIT`` postings and small posting lists inlined."""
    return PackedCodec(inlinelimit=INLINE_LIMIT, blocklimit=BLOCK_LIMIT)


def writer(ix, **kwargs):
    """A writer for ``ix`` that gathers whole posting lists and writes them packed."""
    from app.index.bulk_writing import BulkSegmentWriter

    return BulkSegmentWriter(
        ix, inline_limit=INLINE_LIMIT, block_limit=BLOCK_LIMIT, codec=codec(), **kwargs
    )


def caching_analyzer(value, analyzer) -> tuple[CachingAnalyzer | None, str]:
    """The caching analyzer that will see ``value`` (and the text it sees), if any."""
    if not isinstance(value, str):
        return None, value
    if isinstance(analyzer, CachingAnalyzer):
        return analyzer, value
    if isinstance(analyzer, StemFieldAnalyzer):
        lang, mark, text = value.partition(LANGUAGE_MARK)
        inner = analyzer.per_language.get(lang) if mark else None
        if isinstance(inner, CachingAnalyzer):
            return inner, text
    return None, value


def _encode_positions(positions: list[int]) -> bytes:
    """``Positions.encode`` without the per-call overhead (the same bytes)."""
    return encode_gaps([positions[0], *(b - a for a, b in pairwise(positions))])


_positions_word_values = formats.Positions.word_values
_frequency_word_values = formats.Frequency.word_values


def _fast(slow, encode):
    """A ``word_values`` that groups a caching analyzer's terms directly, else ``slow``."""

    def word_values(self, value, analyzer, **kwargs):
        cached, text = caching_analyzer(value, analyzer)
        if cached is None or kwargs.get("mode") != "index":
            return slow(self, value, analyzer, **kwargs)
        boost = self.field_boost
        return (
            (term, len(found), len(found) * boost, encode(found))
            for term, found in cached.term_positions(text).items()
        )

    return word_values


positions_word_values = _fast(_positions_word_values, _encode_positions)
frequency_word_values = _fast(_frequency_word_values, lambda found: pack_uint(len(found)))


class _Lengths:
    """A per-document reader's field lengths, each field read once."""

    def __init__(self, lengths) -> None:
        self._lengths = lengths
        self._count = lengths.doc_count_all()
        self._fields: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        values = self._fields.get(fieldname)
        if values is None:
            read = self._lengths.doc_field_length
            values = [read(d, fieldname, default) for d in range(self._count)]
            self._fields[fieldname] = values
        return values[docnum]

    def __getattr__(self, name: str):
        return getattr(self._lengths, name)


_add_postings = base.FieldWriter.add_postings


def add_postings(self, schema, lengths, items):
    if lengths is not None and hasattr(lengths, "doc_count_all"):
        lengths = _Lengths(lengths)
    return _add_postings(self, schema, lengths, items)


_list_value = ListMatcher.value


def list_value(self):
    """An inlined posting without a value is ``b""`` (Whoosh says ``""``, which the
    posting pool of a merge rejects)."""
    value = _list_value(self)
    return b"" if isinstance(value, str) and not value else value


def apply() -> None:
    ListMatcher.value = list_value
    formats.Positions.word_values = positions_word_values
    formats.Frequency.word_values = frequency_word_values
    base.FieldWriter.add_postings = add_postings
    if not hasattr(whoosh3.W3TermInfo, "set_inline"):
        whoosh3.W3TermInfo.set_inline = whoosh3.W3TermInfo.set_inlined
