"""The bulk segment writer must write what Whoosh's own writer writes, term for term."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from whoosh import writing
from whoosh.codec.whoosh3 import W3TermInfo

from app.index import fast_writing, posting_lists
from app.index.arrays import SegmentArrays
from app.index.blocks import PackedCodec
from app.index.bulk_writing import Analyzed, BulkSegmentWriter, analyzed
from app.index.engine import WhooshIndex
from app.index.schema import document, has_names_field
from app.model import Article
from app.query.parser import parse
from tests.core.articles import ENGLISH, GERMAN, RUSSIAN

WORDS = {
    "en": [
        "grain",
        "wheat",
        "harvest",
        "port",
        "export",
        "prices",
        "Astana",
        "Berlin",
        "the",
        "of",
        "a",
    ],
    "de": ["Getreide", "Weizen", "Ernte", "Hafen", "Ausfuhr", "Preise", "Straße", "Bären", "über"],
    "ru": ["зерно", "пшеница", "урожай", "порт", "экспорт", "цены", "Астана", "ёлка"],
}
INLINE, BLOCK = 6, 64  # small blocks: long lists span several


def _articles(count: int, seed: int, first_id: int = 1) -> list[Article]:
    rng = random.Random(seed)
    found = []
    for number in range(count):
        lang = rng.choice(sorted(WORDS))
        words = WORDS[lang]
        rare = f"rare{rng.randrange(count * 3)}"  # terms with a few postings: inlined
        found.append(
            Article(
                id=first_id + number,
                title=" ".join(rng.choices(words, k=rng.randint(1, 6))),
                lead=" ".join(rng.choices(words, k=rng.randint(0, 4))),
                body=" ".join([*rng.choices(words, k=rng.randint(1, 90)), rare]),
                source=rng.choice(["BelTA", "TASS", "Reuters", ""]),
                section=rng.choice(["Wirtschaft", "Politik", ""]),
                dateline=rng.choice(["Astana", "Minsk", ""]),
                author=rng.choice(["Anna Schmidt", ""]),
                language=lang,
                tags=rng.sample(["Region/Kazakhstan", "Topic/grain", "Energy"], rng.randint(0, 2)),
                published=datetime(2020, 1, 1) + timedelta(hours=rng.randrange(50_000)),
            )
        )
    return found


def _docs(articles: list[Article]) -> list[dict]:
    names = has_names_field()
    return [document(article, names) for article in articles]


def _theirs(ix, **kwargs):
    """Whoosh's own segment writer with our codec (the engine's writer before)."""
    return ix.writer(codec=PackedCodec(inlinelimit=INLINE, blocklimit=BLOCK), **kwargs)


def _ours(ix, **kwargs):
    codec = PackedCodec(inlinelimit=INLINE, blocklimit=BLOCK)
    return BulkSegmentWriter(ix, inline_limit=INLINE, block_limit=BLOCK, codec=codec, **kwargs)


def _contents(index: WhooshIndex) -> dict:
    """Every term's dictionary entry and postings, through Whoosh's own readers."""
    found = {}
    reader = index.ix.reader()
    for segment_reader, _offset in reader.leaf_readers():
        for (field, text), info in segment_reader._terms.items():
            assert isinstance(info, W3TermInfo)
            stats = (
                info.weight(),
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                info.min_id(),
                info.max_id(),
                info.is_inlined(),
            )
            matcher = segment_reader.postings(field, text)
            rows = []
            while matcher.is_active():
                rows.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            found[segment_reader.segment().segment_id(), field, text] = (stats, rows)
    return found


def _build(path, writer, batches, monkeypatch, deletions=()) -> WhooshIndex:
    monkeypatch.setattr(fast_writing, "writer", writer)
    index = WhooshIndex(path)
    for number, batch in enumerate(batches):
        index.write(_docs(batch), deletions if number == len(batches) - 1 else ())
    return index


def _renamed(contents: dict, index: WhooshIndex) -> dict:
    """Contents keyed by segment position instead of the random segment ids."""
    order = {s.segment_id(): n for n, s in enumerate(index.ix._segments())}
    return {
        (order[segment], field, text): value for (segment, field, text), value in contents.items()
    }


def test_a_new_segment_is_written_as_whoosh_writes_it(tmp_path, monkeypatch):
    batch = [*_articles(400, seed=1), GERMAN, ENGLISH, RUSSIAN]
    for number, article in enumerate(batch):
        article.id = number + 1
    theirs = _build(tmp_path / "theirs", _theirs, [batch], monkeypatch)
    ours = _build(tmp_path / "ours", _ours, [batch], monkeypatch)
    expected, got = _renamed(_contents(theirs), theirs), _renamed(_contents(ours), ours)
    assert got.keys() == expected.keys()
    for key in expected:
        assert got[key] == expected[key], key
    longest = max(len(rows) for _stats, rows in got.values())
    assert longest > posting_lists.LONG  # the array path ran, over several blocks
    assert any(stats[-1] for stats, _rows in got.values())  # and the inlined one
    fields = {field for _segment, field, _text in got}
    assert {"body", "body_stem", "tags", "source", "id"} <= fields
    mine, other = (SegmentArrays(i.ix.reader().leaf_readers()[0][0]) for i in (ours, theirs))
    for field, text in [("body", b"grain"), ("body", b"ernte"), ("title", b"astana")]:
        assert (
            mine.positions(field, text).flat.tolist() == other.positions(field, text).flat.tolist()
        )
        assert (
            mine.positions(field, text).offsets.tolist()
            == other.positions(field, text).offsets.tolist()
        )


@pytest.mark.parametrize("deleted", [False, True])
def test_merged_segments_are_written_as_whoosh_merges_them(tmp_path, monkeypatch, deleted):
    monkeypatch.setattr(writing, "MERGE_SMALL", writing.NO_MERGE)
    batches = [_articles(150, seed, first_id=1000 * seed + 1) for seed in range(1, 4)]
    deletions = [1000 * seed + n for seed in range(1, 4) for n in range(1, 150, 7)]
    merged = {}
    for name, writer in (("theirs", _theirs), ("ours", _ours)):
        index = _build(tmp_path / name, writer, batches, monkeypatch, deletions if deleted else ())
        assert len(index.ix._segments()) == 3
        writer(index.ix).commit(optimize=True)
        index.refresh()
        assert len(index.ix._segments()) == 1
        merged[name] = (_renamed(_contents(index), index), index)
    (expected, theirs), (got, ours) = merged["theirs"], merged["ours"]
    assert got == expected
    for query in ['"grain wheat"', "Ernte", "tag:Region", "source:tass", "-port"]:
        mine, other = ours.search(parse(query)), theirs.search(parse(query))
        assert (mine.total, mine.ids) == (other.total, other.ids), query
    # the last batch's own ids are deleted before it is added: only the earlier ones go
    assert ours.doc_count() == 450 - (44 if deleted else 0)


@pytest.mark.parametrize("codec", ["whoosh", "packed by Whoosh's writer"])
@pytest.mark.parametrize("deleted", [False, True])
def test_older_segments_merge_into_bulk_written_ones(tmp_path, monkeypatch, codec, deleted):
    """Segments of Whoosh's own codec, and packed ones its writer wrote before the bulk
    writer, are read by a merge (copied or decoded) and give the same postings."""
    from whoosh.codec import whoosh3

    monkeypatch.setattr(writing, "MERGE_SMALL", writing.NO_MERGE)
    older = whoosh3.W3Codec(inlinelimit=INLINE) if codec == "whoosh" else PackedCodec(INLINE)

    def plain(ix, **kwargs):
        return ix.writer(codec=older, **kwargs)

    batches = [_articles(200, seed, first_id=1000 * seed + 1) for seed in (1, 2)]
    index = _build(tmp_path / "old", plain, batches, monkeypatch)
    if deleted:
        index.write([], [1000 + n for n in range(1, 200, 3)])
    before, phrase = _by_article(index), index.search(parse('"grain wheat"')).total
    _ours(index.ix).commit(optimize=True)
    index.refresh()
    assert [type(s.codec()) for s in index.ix._segments()] == [PackedCodec]
    assert _by_article(index) == before
    assert index.search(parse('"grain wheat"')).total == phrase > 0


def _by_article(index: WhooshIndex) -> dict:
    """Every term's postings of live documents, keyed by article id (a merge renumbers
    documents when it drops deleted ones)."""
    reader = index.ix.reader()
    found = {}
    for (field, text), rows in _global_postings(index).items():
        live = [
            (reader.stored_fields(docnum)["id"], weight, value)
            for docnum, weight, value in rows
            if not reader.is_deleted(docnum)
        ]
        if live:
            found[field, text] = sorted(live)
    return found


def _global_postings(index: WhooshIndex) -> dict:
    """Every term's postings over all segments, numbered across the index (a posting
    without a value reads as ``None`` from a block but ``b""`` when inlined)."""
    reader = index.ix.reader()
    found = {}
    for field, text in reader.all_terms():
        matcher = reader.postings(field, text)
        rows = []
        while matcher.is_active():
            rows.append((matcher.id(), matcher.weight(), matcher.value() or None))
            matcher.next()
        found[field, text] = rows
    return found


def test_documents_analysed_ahead_are_written_the_same(tmp_path, monkeypatch):
    """A bulk import analyses in the importing process; the worker writes the same."""
    batch = _articles(120, seed=5)

    def analysed_ahead(ix, **kwargs):
        writer = _ours(ix, **kwargs)
        add = writer.add_document
        writer.add_document = lambda **doc: add(**analyzed(writer.schema, doc))
        return writer

    plain = _build(tmp_path / "plain", _ours, [batch], monkeypatch)
    ahead = _build(tmp_path / "ahead", analysed_ahead, [batch], monkeypatch)
    assert _renamed(_contents(ahead), ahead) == _renamed(_contents(plain), plain)
    doc = analyzed(plain.schema, _docs(batch[:1])[0])
    assert isinstance(doc["body"], Analyzed) and isinstance(doc["body_stem"], Analyzed)
    assert isinstance(doc["id"], str)  # Whoosh's own analysis: left as it is
