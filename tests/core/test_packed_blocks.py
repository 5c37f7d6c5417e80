"""Packed posting blocks must read back exactly what Whoosh's own blocks hold."""

from __future__ import annotations

import random

from whoosh import writing
from whoosh.codec import whoosh3

from app.index import fast_writing
from app.index.arrays import SegmentArrays
from app.index.blocks import PackedCodec
from app.index.engine import WhooshIndex

WORDS = ["grain", "wheat", "harvest", "port", "export", "prices", "Astana", "Berlin"]


def _docs(count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [
        {
            "id": str(n),
            "num": n,
            "title": " ".join(rng.choices(WORDS, k=3)),
            "body": " ".join(rng.choices(WORDS, k=rng.randint(1, 60))),
        }
        for n in range(count)
    ]


def _write(path, codec, docs, patch) -> WhooshIndex:
    """Documents written by Whoosh's own segment writer with ``codec``."""
    patch.setattr(fast_writing, "writer", lambda ix, **kwargs: ix.writer(codec=codec, **kwargs))
    index = WhooshIndex(path)
    index.write(docs)
    return index


def _collect(index: WhooshIndex) -> dict:
    """Every (docnum, weight, value) of every text term, through Whoosh's matchers."""
    found = {}
    reader = index.ix.reader()
    for field, text in reader.all_terms():
        if field not in ("body", "title"):
            continue
        matcher = reader.postings(field, text)
        rows = []
        while matcher.is_active():
            rows.append((matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
        found[field, text] = rows
    return found


def test_packed_blocks_read_back_as_whooshs_own(tmp_path, monkeypatch):
    docs = _docs(700, seed=3)  # several blocks a term
    theirs = _write(tmp_path / "w3", whoosh3.W3Codec(inlinelimit=6), docs, monkeypatch)
    ours = _write(tmp_path / "packed", PackedCodec(inlinelimit=6), docs, monkeypatch)
    assert [type(s.codec()) for s in ours.ix._segments()] == [PackedCodec]
    expected, got = _collect(theirs), _collect(ours)
    assert got == expected
    assert max(len(rows) for rows in got.values()) > 128
    reader, their_reader = ours.ix.reader(), theirs.ix.reader()
    for field, text in [("body", b"grain"), ("title", b"astana")]:
        mine, other = SegmentArrays(reader), SegmentArrays(their_reader)
        assert mine.postings(field, text)[0].tolist() == other.postings(field, text)[0].tolist()
        assert mine.postings(field, text)[1].tolist() == other.postings(field, text)[1].tolist()
        positions = mine.positions(field, text), other.positions(field, text)
        assert positions[0].flat.tolist() == positions[1].flat.tolist()


def test_old_and_packed_segments_merge_into_one(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "MERGE_SMALL", writing.NO_MERGE)
    first, second = _docs(300, seed=1), _docs(300, seed=2)
    for doc in second:
        doc["id"] = str(int(doc["id"]) + 1000)
    index = _write(tmp_path / "mixed", whoosh3.W3Codec(inlinelimit=6), first, monkeypatch)
    packed = PackedCodec(inlinelimit=6)
    monkeypatch.setattr(fast_writing, "writer", lambda ix, **kw: ix.writer(codec=packed, **kw))
    index.write(second)
    assert {type(s.codec()) for s in index.ix._segments()} == {whoosh3.W3Codec, PackedCodec}
    before = _collect(index)
    writer = index.ix.writer(codec=PackedCodec(inlinelimit=6))
    writer.commit(optimize=True)
    index.refresh()
    assert [type(s.codec()) for s in index.ix._segments()] == [PackedCodec]
    assert _collect(index) == before
