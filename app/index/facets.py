"""Facet counts from index columns, cached per segment so a refresh stays cheap."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.index.schema import TAG_SEPARATOR, tag_ancestry

FACETS = {"sources": "c_source", "languages": "c_language", "years": "c_year"}


class ColumnCache:
    """Per-docnum facet values of one searcher, built from per-segment caches."""

    def __init__(self) -> None:
        self._segments: dict[str, dict[str, list]] = {}

    def columns(self, searcher) -> dict[str, list]:
        """Each facet's values, indexed by the searcher's docnum."""
        merged: dict[str, list] = {name: [] for name in (*FACETS, "tags", "ids")}
        live: set[str] = set()
        for reader, _offset in searcher.reader().leaf_readers():
            key = segment_key(reader)
            live.add(key)
            if key not in self._segments:
                self._segments[key] = _load(reader)
            for name, values in self._segments[key].items():
                merged[name].extend(values)
        for stale in set(self._segments) - live:
            del self._segments[stale]
        return merged


def segment_key(reader) -> str:
    """Stable for a segment's lifetime: per-segment caches survive new commits."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else str(id(reader))


def _load(reader) -> dict[str, list]:
    def column(name: str) -> list:
        if not reader.has_column(name):
            return [b""] * reader.doc_count_all()
        return list(reader.column_reader(name))

    data = {facet: [v.decode() for v in column(col)] for facet, col in FACETS.items()}
    data["tags"] = [
        tuple(tag_ancestry(v.decode().split(TAG_SEPARATOR))) if v else () for v in column("c_tags")
    ]
    ids = column("num") if reader.has_column("num") else []
    data["ids"] = list(ids)
    return data


def count(columns: dict[str, list], docnums: Iterable[int]) -> dict[str, dict[str, int]]:
    """Facet name → value → number of matching documents (empty values left out)."""
    docnums = list(docnums)
    result: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        values = columns[facet]
        counts = Counter(values[d] for d in docnums)
        counts.pop("", None)
        result[facet] = dict(counts.most_common())
    tags = columns["tags"]
    tag_counts: Counter = Counter()
    for d in docnums:
        tag_counts.update(tags[d])
    result["tags"] = dict(sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return result
