"""Bulk imports: the index worker writes one batch while the importer extracts the next.

A batch leaves the index outbox only once the worker has committed it *and* the
articles still read the same: an article edited meanwhile stays in the outbox and is
written again, so the index never keeps an older version. If the worker fails or dies,
the batch is written in this process instead; a kill of either side leaves the outbox
to the next open, as for any other write.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from app.index.bulk_writing import analyzed
from app.index.worker import IndexWorker
from app.model import ClippingsError

if TYPE_CHECKING:
    from app.archive import Archive

#: the worker holds no GIL anyone waits for: it sorts postings in big runs (the GUI's
#: small in-process setting would make it a fifth slower)
WORKER_MEMORY_MB = 128


class BulkIndexer:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.worker: IndexWorker | None = IndexWorker(archive.index.path, WORKER_MEMORY_MB)
        self._sent: dict[int, dict | None] = {}  # id → document sent (None: a removal)

    def flush(self) -> None:
        """Collect the batch in flight, then send what the outbox holds now.
        Call with the archive's lock held."""
        self.collect()
        ids = self.archive._outbox()
        if not ids:
            return
        if self.worker is None:
            self.archive._index_now(ids)
            return
        docs, removed = self.archive._documents(ids)
        try:
            schema = self.archive.index.schema  # analysed here: the worker has less to do
            self.worker.submit([analyzed(schema, doc) for doc in docs], removed)
        except OSError as exc:  # the worker is gone
            self._fall_back(ids, f"the index worker stopped ({exc})")
            return
        self._sent = {int(d["num"]): d for d in docs} | dict.fromkeys(removed)

    def collect(self) -> None:
        """Wait for the batch in flight and clear what it wrote from the outbox."""
        if not self._sent:
            return
        sent, self._sent = self._sent, {}
        try:
            if self.worker is not None:
                self.worker.wait()
        except ClippingsError as exc:
            self._fall_back(list(sent), str(exc))
            return
        self.archive.index.refresh()
        docs, removed = self.archive._documents(sorted(sent))
        current = {int(d["num"]): d for d in docs} | dict.fromkeys(removed)
        self.archive._outbox_done(i for i in sent if current.get(i, "gone") == sent[i])

    def _fall_back(self, ids: list[int], reason: str) -> None:
        self.archive._message(f"{reason}; indexing in this process instead")
        self._stop_worker()
        self.archive._index_now(ids)

    def close(self) -> None:
        try:
            self.collect()
        finally:
            self._stop_worker()

    def _stop_worker(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            with contextlib.suppress(ClippingsError):
                worker.close()
