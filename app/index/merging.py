"""Segment merges: which segments a commit merges, and reading them in a term at a time.

Whoosh merges by re-adding every posting of the merged segments to the writer's sorting
pool, one generator step and one ``pool.add`` per posting. Merging was nearly half of a
bulk import's indexing time, so both the policy (how often an article is rewritten) and
the reading (a block of postings per step) matter.
"""

from __future__ import annotations

import math
from itertools import repeat

from whoosh import writing
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

from app.index.blocks import leaf_blocks

#: segments merged at commit stay under this many documents
MERGE_CAP = 10_000
#: segments of one size tier merged together; a tier spans a factor of this in size
MERGE_FACTOR = 4
#: what ``PostingPool.add`` counts per posting besides its field name, term and value
_POSTING_BYTES = 150


def merge_tiered(writer, segments):
    """Merge ``MERGE_FACTOR`` segments of like size (one tier: sizes within a factor of
    ``MERGE_FACTOR``) into the segment being written, never past ``MERGE_CAP``.

    Merging the smallest segments whenever four exist (Whoosh's MERGE_SMALL) rewrote a
    growing segment with every commit: each article 3.6 times over a 100,000-article
    import, against 2 times here. Whoosh's own policy is also uncapped: one commit could
    rewrite most of a large index for minutes.
    """
    from whoosh.reading import SegmentReader

    tiers: dict[int, list] = {}
    for segment in segments:
        tiers.setdefault(_tier(segment.doc_count_all()), []).append(segment)
    chosen: list = []
    for tier in sorted(tiers):
        group = sorted(tiers[tier], key=lambda s: s.doc_count_all())[:MERGE_FACTOR]
        if len(group) == MERGE_FACTOR and sum(s.doc_count_all() for s in group) <= MERGE_CAP:
            chosen = group
            break
    for segment in chosen:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in chosen]


def _tier(documents: int) -> int:
    return int(math.log(max(documents, 1), MERGE_FACTOR))


def add_postings_to_pool(self, reader, startdoc, docmap) -> None:
    """Whoosh's ``SegmentWriter.add_postings_to_pool``, the same pool items, a term's
    postings at a time: ids, weights and values are read block by block and added with
    one ``list.extend``."""
    pool, schema = self.pool, self.schema
    for fieldname, btext in reader.all_terms():
        if fieldname not in schema:
            continue
        ids, weights, values = _term_postings(reader.postings(fieldname, btext))
        if docmap is not None:  # deletions: docmap holds the live documents
            live = [i for i, docnum in enumerate(ids) if docnum in docmap]
            ids = [docmap[ids[i]] for i in live]
            weights, values = [weights[i] for i in live], [values[i] for i in live]
        else:
            ids = [startdoc + docnum for docnum in ids]
        if not ids:
            continue
        pool.fieldnames.add(fieldname)
        pool.current.extend(zip(repeat(fieldname), repeat(btext), ids, weights, values))
        value_bytes = sum(len(v) for v in values if v is not None)
        pool.currentsize += value_bytes + len(ids) * (
            _POSTING_BYTES + len(fieldname) + 2 * len(btext)
        )
        if pool.currentsize > pool.limit:
            pool.save()


def _term_postings(matcher) -> tuple[list, list, list]:
    """(docnums, weights, values) of every posting, deleted documents included."""
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    ids: list = []
    weights: list = []
    values: list = []
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        for _block in leaf_blocks(matcher):
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            ids.extend(matcher._ids)
            weights.extend(matcher._weights)
            values.extend(matcher._values)
        return ids, weights, values
    while matcher.is_active():  # inlined postings
        ids.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    return ids, weights, values


def apply() -> None:
    writing.SegmentWriter.add_postings_to_pool = add_postings_to_pool
