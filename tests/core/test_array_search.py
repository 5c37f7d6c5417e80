"""The array evaluator must find and score exactly what Whoosh's own matchers do."""

from __future__ import annotations

import dataclasses
import random
from datetime import datetime

import numpy as np
import pytest
from whoosh import formats, writing
from whoosh.collectors import UnlimitedCollector

from app.archive import Archive
from app.config import Config
from app.index import fast_writing
from app.index.arrays import SegmentArrays, SizedCache, decode_positions
from app.index.engine import WhooshIndex
from app.query.parser import parse
from tests.core.articles import ENGLISH, GERMAN, RUSSIAN, fresh

WORDS = {
    "en": ["grain", "wheat", "harvest", "export", "prices", "farmers", "port", "oil", "gas"],
    "de": ["Getreide", "Weizen", "Ernte", "Exporte", "Preise", "Bauern", "Hafen", "Öl"],
    "ru": ["зерно", "пшеница", "урожай", "экспорт", "цены", "фермеры", "порт", "нефть"],
}
BASES = {"en": ENGLISH, "de": GERMAN, "ru": RUSSIAN}
QUERIES = [
    "grain", "wheat harvest", "grain OR Weizen", "grain -wheat", "-grain",
    "(prices OR Preise) -oil", "title:wheat", "зерно", "экспорта", "Exporte Hafen",
    '"grain wheat"', '"harvest export"~3', "source:reuters", "tag:Region", "lang:de",
    "date:2024", "date:2024 grain", "tag:Region -Hafen", "Getreide OR зерно OR grain",
    '"grain wheat harvest"', '"wheat grain"~5', 'title:"wheat harvest"', '"Ernte Hafen"~2',
]  # fmt: skip


@pytest.fixture(scope="module")
def varied(tmp_path_factory):
    """Forty articles over several segments, some replaced and some deleted."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writing, "MERGE_SMALL", writing.NO_MERGE)  # keep every segment
        with Archive.open(tmp_path_factory.mktemp("varied"), config=Config()) as archive:
            _fill(archive)
            yield archive


def _fill(archive) -> None:
    rng = random.Random(7)
    ids = []
    for n in range(40):
        lang = rng.choice(sorted(WORDS))
        words = " ".join(rng.choices(WORDS[lang], k=rng.randint(5, 40)))
        article = dataclasses.replace(
            fresh(BASES[lang]),
            title=" ".join(rng.choices(WORDS[lang], k=4)),
            body=words,
            published=datetime(2023 + n % 3, 1 + n % 12, 1 + n % 27) if n % 5 else None,
        )
        tags = ["Region/Kazakhstan"] if n % 3 == 0 else []
        ids.append(archive.add(article, tags=tags).id)
    for article_id in ids[::7]:
        archive.update(article_id, {"notes": "checked"})  # replaced in the index: deletions
    archive.delete(ids[3:6])


@pytest.mark.parametrize("text", QUERIES)
def test_matches_and_scores_equal_whooshs_own(varied, text):
    engine = varied.index
    query = engine.compile(parse(text))
    searcher = engine._searcher
    assert len(searcher.leaf_searchers()) > 1  # the merge of segments is exercised
    collector = UnlimitedCollector()
    searcher.search_with_collector(query, collector)
    expected = {docnum: score for score, docnum in collector.results().top_n}
    docnums, scores = engine._match(searcher, query)
    assert docnums.tolist() == sorted(expected)
    assert np.allclose(scores, [expected[d] for d in docnums.tolist()], rtol=1e-4)


def test_prefixes_match_like_whoosh_and_rank_by_use(varied):
    engine = varied.index
    query = engine.compile(parse("harv*"))
    collector = UnlimitedCollector()
    engine._searcher.search_with_collector(query, collector)
    docnums, scores = engine._match(engine._searcher, query)
    assert docnums.tolist() == sorted(d for _, d in collector.results().top_n)
    assert len(set(scores.tolist())) > 1  # not one constant score for every match


def test_date_order_puts_undated_articles_last(varied):
    result = varied.search("grain OR Getreide OR зерно", sort="date", limit=None)
    dates = [varied.get(i).published for i in result.ids]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, key=lambda d: d.replace(tzinfo=None), reverse=True)
    assert dates[len(dated) :] == [None] * (len(dates) - len(dated))
    assert dated and len(dated) < len(dates)


def test_the_posting_cache_keeps_recent_entries_within_its_size():
    cache = SizedCache(limit=100)
    cache.put("a", 1, 40)
    cache.put("b", 2, 40)
    assert cache.get("a") == 1  # "b" is now the least recently used
    cache.put("c", 3, 40)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)
    assert cache.size == 80
    cache.put("huge", 4, 500)  # larger than the limit: kept alone, the rest goes
    assert cache.get("huge") == 4 and cache.get("a") is None and cache.size == 500


def test_long_posting_lists_read_block_by_block_like_whoosh(tmp_path):
    index = WhooshIndex(tmp_path / "ix")
    words = ["grain", "grain grain harvest", "harvest", "grain port port"]
    docs = [{"id": str(n), "num": n, "body": words[n % 4] + f" w{n}"} for n in range(1, 4500)]
    index.write(docs)
    reader = index.ix.reader()
    arrays = SegmentArrays(reader)
    for word in ("grain", "harvest", "port"):
        ids, weights = arrays.postings("body", word.encode())
        theirs = reader.postings("body", word)
        expected = list(theirs.items_as("weight"))
        assert len(ids) > fast_writing.BLOCK_LIMIT  # several blocks
        assert ids.tolist() == [docnum for docnum, _ in expected]
        assert weights.tolist() == [weight for _, weight in expected]


@pytest.mark.parametrize("stripped", [False, True])
def test_position_lists_decode_at_once_as_whoosh_decodes_each(stripped):
    fmt = formats.Positions()
    lists = [[0], [3, 4, 300], [7, 70_000, 70_001, 5_000_000], [2, 9]]
    values = [fmt.encode(p) for p in lists]
    if stripped:  # older writers dropped pickle's final STOP
        values = [v.removesuffix(b".") for v in values]
    assert [fmt.decode_positions(v) for v in values] == lists
    found = decode_positions(values, fmt)
    rows = np.array([2, 0, 1])
    owner, positions = found.of(rows)
    assert owner.tolist() == [0, 0, 0, 0, 1, 2, 2, 2]
    assert positions.tolist() == [7, 70_000, 70_001, 5_000_000, 0, 3, 4, 300]
