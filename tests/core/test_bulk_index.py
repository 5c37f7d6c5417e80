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
    config = Config(index_batch=4, index_worker=True)
    messages: list[str] = []
    with Archive.open(tmp_path / "archive", config=config, on_message=messages.append) as arch:
        arch.messages = messages
        yield arch


def outbox(archive) -> list[int]:
    return archive._outbox()


def test_a_big_import_is_indexed_by_the_worker(small_batches, tmp_path, monkeypatch):
    sent: list[int] = []
    submit = IndexWorker.submit
    monkeypatch.setattr(
        IndexWorker,
        "submit",
        lambda self, docs, gone: (sent.append(len(docs)), submit(self, docs, gone)),
    )
    results = small_batches.import_paths([clippings(tmp_path / "in", 19)])
    assert [r.status for r in results] == [ImportStatus.IMPORTED] * 19
    assert small_batches.stats()["indexed"] == 19
    assert small_batches.search("Report").total == 19
    assert outbox(small_batches) == []
    assert small_batches._bulk is None  # the worker is gone with the import
    assert sum(sent) >= 16 and small_batches.messages == []  # the worker wrote the batches


def _store_without_indexing(archive, title: str) -> int:
    from app.model import Article, Extracted

    (result,) = archive._store(title, "", "", [Extracted(Article(title, "grain"))], [], sync=False)
    return result.id


def test_an_article_edited_while_its_batch_is_indexed_stays_queued(small_batches):
    article_id = _store_without_indexing(small_batches, "Wheat prices")
    bulk = BulkIndexer(small_batches)
    try:
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
        bulk.flush()
        bulk.worker.kill()
        bulk.collect()
    finally:
        bulk.close()
    assert small_batches.search("wheat").ids == [first]
    assert outbox(small_batches) == []
    assert any("index worker" in m for m in small_batches.messages)
