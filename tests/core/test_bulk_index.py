"""Big imports index in a second process; nothing is lost or left stale on the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.archive import Archive
from app.bulk import BulkIndexer
from app.config import Config
from app.index.worker import IndexWorker
from app.model import ImportStatus
from tests.conftest import write

WORDS = ["grain", "harvest", "port", "ministry", "talks", "wheat", "barley", "export"]


def clippings(folder: Path, count: int) -> Path:
    """``count`` distinct reports (no two are near-duplicates)."""
    for n in range(count):
        words = " ".join(f"{WORDS[(n + k) % len(WORDS)]} code{n * 31 + k}" for k in range(12))
        write(folder, f"{n:03d}.txt", f"Report number {n}\n\n{words}.\n")
    return folder


@pytest.fixture
def small_batches(tmp_path):
    config = Config(index_batch=4, bulk_index_batch=4, index_worker=True)
    messages: list[str] = []
    with Archive.open(tmp_path / "archive", config=config, on_message=messages.append) as arch:
        arch.messages = messages
        yield arch


def outbox(archive) -> list[int]:
    return archive._outbox()


def test_a_big_import_is_indexed_by_the_worker(small_batches, tmp_path, monkeypatch):
    sent: list[int] = []
    add, commit = IndexWorker.add, IndexWorker.commit
    monkeypatch.setattr(IndexWorker, "add", lambda self, docs: add(self, _counted(docs, sent)))
    commits: list[int] = []
    monkeypatch.setattr(
        IndexWorker, "commit", lambda self: (commits.append(len(sent)), commit(self))[1]
    )
    here: list[int] = []
    index_now = Archive._index_now
    monkeypatch.setattr(
        Archive, "_index_now", lambda self, ids: (here.extend(ids), index_now(self, ids))[1]
    )
    results = small_batches.import_paths([clippings(tmp_path / "in", 19)])
    assert [r.status for r in results] == [ImportStatus.IMPORTED] * 19
    assert small_batches.stats()["indexed"] == 19
    assert small_batches.search("Report").total == 19
    assert outbox(small_batches) == []
    assert small_batches._bulk is None  # the worker is gone with the import
    # every article went through the worker once, the first file's at once (the window's
    # list shows what has come in), then a batch at a time, the last few in a final commit
    assert sent == [1] * 19 and here == [] and small_batches.messages == []
    assert commits == [1, 5, 9, 13, 17, 19]


def _counted(docs, sent: list[int]):
    for doc in docs:
        sent.append(1)
        yield doc


def test_articles_stream_to_the_worker_before_their_batch_ends(small_batches, monkeypatch):
    monkeypatch.setattr("app.bulk.SEND_EVERY", 2)
    bulk = BulkIndexer(small_batches)
    sent: list[int] = []
    add = bulk.worker.add
    bulk.worker.add = lambda docs: add(_counted(docs, sent))
    try:
        first = _store_without_indexing(small_batches, "Wheat prices")
        bulk.stored([first])
        assert sent == []  # gathered: one store read for several files
        second = _store_without_indexing(small_batches, "Barley prices")
        bulk.stored([second])
        assert len(sent) == 2 and bulk.worker.pending == 0  # sent, not committed
        bulk.flush()
        bulk.collect()
    finally:
        bulk.close()
    assert sorted(small_batches.search("prices").ids) == [first, second]
    assert outbox(small_batches) == []


def test_an_edit_during_a_bulk_import_is_indexed_through_the_worker(small_batches):
    """The worker holds the index's writer while a batch gathers: a tag added meanwhile
    must go through it, not wait for a lock the worker keeps."""
    first = _store_without_indexing(small_batches, "Wheat prices")
    bulk = BulkIndexer(small_batches)
    small_batches._bulk = bulk
    try:
        bulk.stored([first])
        bulk.flush()  # committing; the next article opens the worker's next batch
        second = _store_without_indexing(small_batches, "Barley prices")
        bulk.stored([second])
        bulk._send_stored()
        small_batches.tag([first, second], add=["Topic/Grain"])  # one in each batch
        assert outbox(small_batches) == []
        assert sorted(small_batches.search("tag:Grain").ids) == [first, second]
        assert small_batches.search("barley").ids == [second]
    finally:
        small_batches._bulk = None
        bulk.close()
    assert small_batches.messages == []


def _store_without_indexing(archive, title: str) -> int:
    from app.model import Article, Extracted

    article = Article(title, f"{title}: grain for export")
    (result,) = archive._store(title, "", "", [Extracted(article)], [], sync=False)
    assert result.status is ImportStatus.IMPORTED
    return result.id


def test_an_article_edited_while_its_batch_is_indexed_stays_queued(small_batches):
    article_id = _store_without_indexing(small_batches, "Wheat prices")
    bulk = BulkIndexer(small_batches)
    try:
        bulk.stored([article_id])
        bulk.flush()  # the worker now writes "Wheat prices"
        with small_batches.store.transaction() as conn:  # an edit lands meanwhile
            conn.execute("UPDATE articles SET title='Barley prices' WHERE id=?", (article_id,))
            conn.execute("INSERT OR IGNORE INTO index_outbox VALUES (?)", (article_id,))
        bulk.collect()
        assert outbox(small_batches) == [article_id]  # what the worker wrote is stale
    finally:
        bulk.close()
    small_batches._sync_index()
    assert small_batches.search("title:barley").ids == [article_id]
    assert small_batches.search("title:wheat").total == 0


def test_a_dead_worker_falls_back_to_indexing_here(small_batches):
    first = _store_without_indexing(small_batches, "Wheat prices")
    bulk = BulkIndexer(small_batches)
    bulk.worker.kill()
    try:
        bulk.stored([first])
        bulk.flush()  # the pipe is broken: indexed here instead
    finally:
        bulk.close()
    assert small_batches.search("wheat").ids == [first]
    assert outbox(small_batches) == []
    assert any("index worker stopped" in m for m in small_batches.messages)


def test_a_worker_dying_mid_batch_is_reported_and_replaced(small_batches):
    first = _store_without_indexing(small_batches, "Wheat prices")
    bulk = BulkIndexer(small_batches)
    try:
        bulk.stored([first])
        bulk.flush()
        bulk.worker.kill()
        bulk.collect()
    finally:
        bulk.close()
    assert small_batches.search("wheat").ids == [first]
    assert outbox(small_batches) == []
    assert any("index worker" in m for m in small_batches.messages)


def test_a_batch_the_worker_rejects_is_written_here(small_batches):
    first = _store_without_indexing(small_batches, "Wheat prices")
    bulk = BulkIndexer(small_batches)
    try:
        bulk.stored([first])
        bulk._send_stored()
        bulk.worker.add([{"no_such_field": "x"}])  # the worker's writer refuses it
        bulk.flush()
        bulk.collect()
        assert bulk.worker is None  # no second chance for a worker that failed
    finally:
        bulk.close()
    assert small_batches.search("wheat").ids == [first]
    assert outbox(small_batches) == []
    assert any("index worker failed" in m for m in small_batches.messages)


def test_a_big_outbox_goes_to_the_worker_a_batch_at_a_time(small_batches, monkeypatch):
    """An outbox left big (a crash mid-import) must not become one huge batch."""
    ids = [_store_without_indexing(small_batches, f"Report {n} on grain") for n in range(10)]
    bulk = BulkIndexer(small_batches)
    commits: list[int] = []
    commit = bulk.worker.commit
    bulk.worker.commit = lambda: (commits.append(len(bulk._open)), commit())[1]
    try:
        bulk.sync()
    finally:
        bulk.close()
    assert commits == [4, 4, 2]
    assert sorted(small_batches.search("grain").ids) == ids
    assert outbox(small_batches) == []


def test_a_rebuild_goes_through_the_worker(small_batches, tmp_path, monkeypatch):
    small_batches.import_paths([clippings(tmp_path / "in", 11)])
    commits: list[int] = []
    commit = IndexWorker.commit
    monkeypatch.setattr(IndexWorker, "commit", lambda self: (commits.append(1), commit(self))[1])
    seen = []
    assert small_batches.reindex(progress=seen.append) == 11
    assert len(commits) == 3  # batches of 4
    assert [p.done for p in seen] == [4, 8, 11]
    assert small_batches.search("Report").total == 11
    assert small_batches.stats()["indexed"] == 11


def test_a_rebuild_whose_worker_dies_is_finished_here(small_batches, tmp_path, monkeypatch):
    small_batches.import_paths([clippings(tmp_path / "in", 11)])
    commit = IndexWorker.commit

    def dying(self):  # the worker dies after its second commit was sent
        commit(self)
        if self.pending == 2:
            self.wait()
            self.kill()

    monkeypatch.setattr(IndexWorker, "commit", dying)
    assert small_batches.reindex() == 11
    assert small_batches.search("Report").total == 11
    assert small_batches.index.all_ids() == set(range(1, 12))
    assert any("index worker stopped" in m for m in small_batches.messages)


def test_a_cancelled_big_import_indexes_what_it_stored(small_batches, tmp_path):
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 10  # after ten files

    results = small_batches.import_paths([clippings(tmp_path / "in", 19)], cancel=cancel)
    assert len(results) == 10
    assert small_batches.search("Report").total == 10
    assert outbox(small_batches) == [] and small_batches.messages == []
