"""Our fixes to Whoosh: segment files read without a copy, faster and mended writing."""

from __future__ import annotations

import io
import os

import pytest
from whoosh import formats
from whoosh.filedb.structfile import BufferFile

from app.index import engine, fast_writing, merging
from app.index.analysis import stem_value
from app.index.engine import WhooshIndex
from app.index.schema import build_schema
from app.index.whoosh_fixes import ViewFile
from app.query.parser import parse


def test_view_file_reads_like_bytes_io():
    data = b"first line\nsecond line\nrest"
    ours, theirs = ViewFile(data), io.BytesIO(data)
    for step in [
        lambda f: f.read(5),
        lambda f: f.readline(),
        lambda f: f.seek(3, os.SEEK_CUR),
        lambda f: f.tell(),
        lambda f: f.read(),
        lambda f: f.seek(-4, os.SEEK_END),
        lambda f: f.read(100),
        lambda f: f.seek(0),
        lambda f: f.readline(4),
    ]:
        assert step(ours) == step(theirs)


def test_buffer_files_share_the_mapped_bytes():
    source = bytearray(b"\x00\x01\x02\x03" * 1000)
    view = memoryview(source)
    buffer_file = BufferFile(view[4:])
    assert isinstance(buffer_file.file, ViewFile)
    source[4] = 9  # a copy would not see this
    assert buffer_file.read(1) == b"\x09"
    assert buffer_file.get_byte(1) == 1


TEXT = (
    "Die Bundesregierung und die Regierung Kasachstans vereinbarten am Montag in Astana "
    "neue Lieferungen; die Regierung spricht von Zusammenarbeit. Das Öl fließt weiter."
)


@pytest.mark.parametrize(
    ("fieldname", "value"),
    [("body", TEXT), ("body_stem", stem_value("de", TEXT)), ("names", TEXT), ("body", "")],
)
def test_fast_postings_are_the_ones_whoosh_makes(fieldname, value):
    field = build_schema()[fieldname]
    fast = {
        formats.Positions: fast_writing.positions_word_values,
        formats.Frequency: fast_writing.frequency_word_values,
    }[type(field.format)]
    slow = {
        formats.Positions: fast_writing._positions_word_values,
        formats.Frequency: fast_writing._frequency_word_values,
    }[type(field.format)]
    ours = sorted(fast(field.format, value, field.analyzer, mode="index"))
    theirs = sorted(slow(field.format, value, field.analyzer, mode="index"))
    assert ours == theirs
    assert ours or not value


def test_inlined_postings_survive_merges(tmp_path):
    index = WhooshIndex(tmp_path / "ix")
    for number, word in enumerate(["Kasachstan", "Belarus", "Kasachstan"], start=1):
        index.write([{"id": str(number), "num": number, "body": f"{word} Handel"}])
    # one segment from three: every inlined posting list goes through the merge pool
    index.ix.writer(codec=fast_writing.codec()).commit(optimize=True)
    index.refresh()
    assert len(index.ix.reader().leaf_readers()) == 1
    found = index.search(parse("Kasachstan"), facets=False)
    assert sorted(found.ids) == [1, 3]
    terminfo = index.ix.reader().term_info("body", "belarus")
    assert terminfo.is_inlined()


def test_commits_merge_small_segments_but_never_past_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(merging, "MERGE_CAP", 10)
    index = WhooshIndex(tmp_path / "ix")
    for number in range(1, 41):
        index.write([{"id": str(number), "num": number, "body": f"grain report {number}"}])
    sizes = [r.doc_count_all() for r, _ in index.ix.reader().leaf_readers()]
    assert max(sizes) <= 10 and len(sizes) <= 10  # merged, yet no segment beyond the cap
    assert index.search(parse("grain"), limit=None, facets=False).total == 40


def test_merges_join_segments_of_like_size_only(tmp_path, monkeypatch):
    """A bulk import's batches: a large segment is not rewritten to take in small ones."""
    merged: list[list[int]] = []
    merge = merging.merge_tiered

    def recording(writer, segments):
        kept = merge(writer, segments)
        merged.append(sorted(s.doc_count_all() for s in segments if s not in kept))
        return kept

    monkeypatch.setattr(engine, "merge_tiered", recording)
    index = WhooshIndex(tmp_path / "ix")
    for batch in range(20):
        numbers = range(batch * 8, batch * 8 + 8)
        index.write([{"id": str(n), "num": n, "body": f"grain {n}"} for n in numbers])
    for group in filter(None, merged):
        assert len(group) == merging.MERGE_FACTOR
        assert max(group) < min(group) * merging.MERGE_FACTOR  # one tier
    sizes = sorted(r.doc_count_all() for r, _ in index.ix.reader().leaf_readers())
    assert sum(sizes) == 160 and len(sizes) < 20
    assert index.search(parse("grain"), limit=None, facets=False).total == 160
