"""Bulk imports: articles stream to the index worker as they are stored.

The worker gathers what it is sent and commits a batch when told; the importer goes
on extracting meanwhile. A batch leaves the index outbox only once the worker has
committed it *and* the articles still read the same: an article edited meanwhile stays
in the outbox and is written again, so the index never keeps an older version. If the
worker fails or dies, the outbox is written in this process instead; a kill of either
side leaves the outbox to the next open, as for any other write.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from app.index.bulk_writing import analyzed
from app.index.worker import IndexWorker
from app.model import Cancelled, ClippingsError, Progress

if TYPE_CHECKING:
    from app.archive import Archive, CancelCheck, ProgressCallback
    from app.index.engine import WhooshIndex

#: the worker holds no GIL anyone waits for: it sorts postings in big runs (the GUI's
#: small in-process setting would make it a fifth slower)
WORKER_MEMORY_MB = 128
#: stored articles read back and sent together (one store query for several files)
SEND_EVERY = 32


class BulkIndexer:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.worker: IndexWorker | None = IndexWorker(archive.index.path, WORKER_MEMORY_MB)
        self._stored: list[int] = []  # stored, not yet sent
        self._open: dict[int, dict | None] = {}  # sent for the batch being gathered
        self._committing: dict[int, dict | None] = {}  # sent in the batch being committed

    def stored(self, ids: list[int]) -> None:
        """Articles just stored: send them on their way to the index.
        Call with the archive's lock held."""
        self._stored += ids
        if len(self._stored) >= SEND_EVERY:
            self._send_stored()

    def flush(self) -> None:
        """End the batch: send what the outbox holds beyond it (edits, removals) and
        have the worker commit. The previous batch is collected first, so that changes
        reach the index in order. Call with the archive's lock held."""
        self.collect()
        self._send_stored()
        if self.worker is None:
            self.archive._index_outbox_here()
            return
        # at most a batch more: an outbox left big by a crash goes over several commits
        limit = self.archive.config.bulk_index_batch
        rest = [i for i in self.archive._outbox() if i not in self._open][:limit]
        try:
            self._send(rest)
            if self._open:
                self.worker.commit()
        except OSError as exc:  # the worker is gone
            self._fall_back(f"the index worker stopped ({exc})")
            return
        self._committing, self._open = self._open, {}

    def collect(self) -> None:
        """Wait for the batch being committed and clear what it wrote from the outbox."""
        if not self._committing:
            return
        sent, self._committing = self._committing, {}
        try:
            if self.worker is not None:
                self.worker.wait()
        except ClippingsError as exc:
            self._fall_back(str(exc))
            return
        self.archive.index.refresh()
        docs, removed = self.archive._documents(sorted(sent))
        current = {int(d["num"]): d for d in docs} | dict.fromkeys(removed)
        self.archive._outbox_done(i for i in sent if current.get(i, "gone") == sent[i])

    def sync(self) -> None:
        """Everything in the outbox committed to the index before returning. Another
        round writes what changed after it was sent (a writer cannot replace a document
        it was given itself) or did not fit in one batch; rounds stop when one leaves
        no less than the one before (another program editing all along)."""
        left = None
        while self.worker is not None:
            self.flush()
            self.collect()
            now = len(self.archive._outbox())
            if not now or (left is not None and now >= left):
                return
            left = now

    def _send_stored(self) -> None:
        ids, self._stored = self._stored, []
        if self.worker is None or not ids:
            return
        try:
            self._send(ids)
        except OSError as exc:
            self._fall_back(f"the index worker stopped ({exc})")

    def _send(self, ids: list[int]) -> None:
        if not ids or self.worker is None:
            return
        docs, removed = self.archive._documents(ids)
        schema = self.archive.index.schema  # analysed here: the worker has less to do
        self.worker.add(analyzed(schema, doc) for doc in docs)
        self.worker.delete(removed)
        self._open |= {int(d["num"]): d for d in docs} | dict.fromkeys(removed)

    def _fall_back(self, reason: str) -> None:
        """Index in this process from now on: the outbox still holds all that was sent."""
        self.archive._message(f"{reason}; indexing in this process instead")
        self._stop_worker()
        self._open, self._committing = {}, {}
        self.archive._index_outbox_here()

    def close(self) -> None:
        try:
            self.sync()
        finally:
            self._stop_worker()

    def _stop_worker(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            with contextlib.suppress(ClippingsError):
                worker.close()


def fill_through_worker(
    archive: Archive,
    index: WhooshIndex,
    ids: list[int],
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Write the articles ``ids`` into a fresh ``index`` through an index worker, a
    batch a commit, analysing the next batch here while it writes; returns how many
    (from the start of ``ids``) it wrote: after a failure the caller writes the rest.

    Rebuilding an index this way uses both cores and commits fewer, bigger segments:
    every archive rebuilds its index once when the index format changes.
    """
    batch = archive.config.bulk_index_batch
    try:
        worker = IndexWorker(index.path, WORKER_MEMORY_MB)
    except (ClippingsError, OSError) as exc:
        archive._message(f"indexing in this process: {exc}")
        return 0
    answered = 0  # commits the worker has confirmed, a batch each, in order
    try:
        for start in range(0, len(ids), batch):
            if cancel and cancel():
                raise Cancelled()
            docs, _gone = archive._documents(ids[start : start + batch], index)
            worker.add(analyzed(index.schema, doc) for doc in docs)
            worker.commit()
            if worker.pending > 1:  # one commit in flight while the next batch is read
                worker.wait()
                answered += 1
            if progress:
                progress(Progress(min(start + batch, len(ids)), len(ids), "indexing"))
        while worker.pending:
            worker.wait()
            answered += 1
    except (ClippingsError, OSError) as exc:
        archive._message(f"the index worker stopped ({exc}); indexing in this process instead")
    finally:
        with contextlib.suppress(ClippingsError):
            worker.close()
        index.refresh()
    return min(answered * batch, len(ids))
