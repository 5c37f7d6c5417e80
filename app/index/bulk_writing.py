"""A Whoosh segment writer that gathers whole posting lists instead of single postings.

Whoosh's ``SegmentWriter`` puts every posting of every document into a sorting pool
as a tuple, sorts the pool at commit and feeds the postings writer one call per
posting; a merge re-adds every posting of the merged segments the same way. That per
posting Python was most of an import's indexing time. This writer keeps, per field
and term, the new documents' postings in one list and the merged segments' posting
lists as read (``posting_lists.StoredList``), and writes each term with
``posting_lists.TermWriter`` a block at a time. Documents' stored fields, lengths and
columns still go through Whoosh's per-document writer, so the segment's files are the
ones ``PackedCodec`` reads.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh.writing import SegmentWriter

from app.index import posting_lists
from app.index.arrays import length_codes
from app.index.fast_writing import caching_analyzer
from app.index.posting_lists import PostingList, SmallList, StoredList, Values, gaps


@dataclass(frozen=True)
class Analyzed:
    """A field value analysed ahead of the writer: each term (UTF-8) and its word
    positions as gaps. A bulk import analyses in the importing process, which has time
    to spare, so that the index worker only gathers and writes."""

    terms: dict[bytes, list[int]]


def analyzed(schema, doc: dict) -> dict:
    """``doc`` with the values of its fields with caching analyzers analysed."""
    found = dict(doc)
    for name, value in doc.items():
        if name not in schema:
            continue
        field = schema[name]
        if not field.indexed or field.format is None:
            continue
        terms = _term_gaps(field, Values.of(field.format), value)
        if terms is not None:
            found[name] = Analyzed(terms)
    return found


def _term_gaps(field, kind: Values, value) -> dict[bytes, list[int]] | None:
    """Each term of ``value`` and its positions as gaps, where a caching analyzer gives
    them directly (None: the field's own ``index`` must analyse it)."""
    cached, text = caching_analyzer(value, field.analyzer)
    if cached is None or kind is Values.BYTES:
        return None
    return {
        term.encode(): (found if len(found) == 1 else gaps(found))
        for term, found in cached.term_positions(text).items()
    }


class _Field:
    """One field's postings gathered for the segment being written."""

    def __init__(self, kind: Values) -> None:
        self.kind = kind
        #: term bytes -> postings of new documents, flat: document, weight, value, …
        #: (one list a term, not three: most terms are new to a batch)
        self.added: dict[bytes, list] = {}
        #: term bytes -> postings read from merged segments, in document order
        self.merged: dict[bytes, list[SmallList | PostingList | StoredList]] = {}

    def add(self, docnum: int, btext: bytes, weight: float, value) -> None:
        postings = self.added.get(btext)
        if postings is None:
            self.added[btext] = [docnum, weight, value]
        else:
            postings += (docnum, weight, value)

    def write(self, terms: posting_lists.TermWriter) -> None:
        """Write every term of the field in term order."""
        added, merged, kind = self.added, self.merged, self.kind
        for btext in sorted(added.keys() | merged.keys()):
            parts: list[SmallList | PostingList | StoredList] = []
            flat = added.get(btext)
            if flat is not None:
                parts.append((flat[0::3], flat[1::3], flat[2::3]))
            parts.extend(merged.get(btext, ()))
            terms.write(btext, posting_lists.joined(kind, parts))


class BulkSegmentWriter(SegmentWriter):
    """``SegmentWriter`` with posting lists gathered per term (see the module)."""

    def __init__(self, ix, *, inline_limit: int, block_limit: int, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._inline_limit = inline_limit
        self._block_limit = block_limit
        self._fields: dict[str, _Field] = {}

    def _field(self, fieldname: str) -> _Field:
        found = self._fields.get(fieldname)
        if found is None:
            kind = Values.of(self.schema[fieldname].format)
            found = self._fields[fieldname] = _Field(kind)
        return found

    # -- new documents -------------------------------------------------------

    def add_document(self, **fields) -> None:
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    length = self._index_value(fieldname, field, value, docnum, boost)
                if field.separate_spelling() or field.vector:
                    raise NotImplementedError(f"{fieldname}: spelling or vector fields")
                stored = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    perdocwriter.add_column_value(
                        fieldname, field.column_type, field.to_column_value(stored)
                    )
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _index_value(self, fieldname: str, field, value, docnum: int, boost: float) -> int:
        """Gather one field value's postings; its length (for scorable fields)."""
        gathered = self._field(fieldname)
        kind = gathered.kind
        terms = value.terms if isinstance(value, Analyzed) else _term_gaps(field, kind, value)
        length = 0
        if terms is not None:
            boost *= field.format.field_boost
            added, positions = gathered.added, kind is Values.POSITIONS
            for btext, found in terms.items():
                freq = len(found)
                length += freq
                value_of = found if positions else freq
                postings = added.get(btext)
                if postings is None:
                    added[btext] = [docnum, freq * boost, value_of]
                else:
                    postings += (docnum, freq * boost, value_of)
        else:
            for btext, freq, weight, vbytes in field.index(value):
                length += freq
                gathered.add(docnum, btext, weight * boost, _decoded(kind, field.format, vbytes))
        return length if field.scorable else 0

    # -- merged segments -----------------------------------------------------

    def add_postings_to_pool(self, reader, startdoc, docmap) -> None:
        schema = self.schema
        kinds = {
            name: Values.of(schema[name].format) for name in schema.names() if schema[name].format
        }
        mapping = None
        if docmap is not None:  # deletions: docmap holds the live documents
            mapping = np.full(reader.doc_count_all(), -1, dtype=np.int64)
            mapping[list(docmap)] = list(docmap.values())
        mapping_list = None if mapping is None else mapping.tolist()
        for fieldname, btext, stored in posting_lists.segment_lists(reader, kinds):
            if mapping is None:  # copied unless met by the same term of another segment
                stored.shift = startdoc
                postings = stored
            else:
                postings = stored.decoded()
                if isinstance(postings, tuple):
                    postings = _remapped_small(postings, mapping_list)
                    if not postings[0]:
                        continue
                else:
                    postings = postings.remapped(0, mapping)
                    if not len(postings):
                        continue
            self._field(fieldname).merged.setdefault(btext, []).append(postings)

    # -- the segment's files -------------------------------------------------

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        try:
            fieldwriter, limits = self.fieldwriter, (self._inline_limit, self._block_limit)
            for fieldname in sorted(self._fields):
                codes = length_codes(lengths, fieldname, self.docnum)
                fieldobj = self.schema[fieldname]
                terms = posting_lists.TermWriter(fieldwriter, fieldname, fieldobj, codes, limits)
                self._fields[fieldname].write(terms)
                terms.finish()
                fieldwriter.finish_field()
            fieldwriter.close()
        finally:
            lengths.close()
        self._fields.clear()


def _remapped_small(postings: SmallList, mapping: list) -> SmallList:
    """Postings renumbered through a merge's document map (-1: deleted)."""
    ids, weights, values = postings
    kept = [i for i, docnum in enumerate(ids) if mapping[docnum] >= 0]
    return [mapping[ids[i]] for i in kept], [weights[i] for i in kept], [values[i] for i in kept]


def _decoded(kind: Values, fmt, vbytes: bytes):
    """A posting value from Whoosh's encoding into the form ``_Field`` gathers."""
    if kind is Values.POSITIONS:
        return gaps(fmt.decode_positions(vbytes))
    if kind is Values.FREQUENCY:
        return fmt.decode_frequency(vbytes)
    return vbytes
