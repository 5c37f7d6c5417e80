"""Index writing in a second process, so a bulk import uses both cores.

Extraction, dedup and the store run in the importing process while the worker gathers
the documents it is sent and commits them a batch at a time: indexing is most of an
import's work, and Python's GIL keeps threads from overlapping the two. The worker is a
normal Whoosh writer (it takes the index lock and commits), so a crash or a kill on
either side leaves what the store's index outbox already handles: batches the index
has not confirmed are written again.

The worker is ``python -m app.index.worker``, talking pickles over its stdin and
stdout: unlike ``multiprocessing``'s spawn, it never re-imports the caller's main
module (a GUI, a script) in the child.
"""

from __future__ import annotations

import contextlib
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.model import ClippingsError


class IndexWorker:
    """One writer process for one index folder.

    Documents stream to it as they are imported (``add``, ``delete``); ``commit`` ends a
    batch, and ``wait`` collects the answer to the oldest commit not yet answered. A
    thread feeds the pipe, so the importer never waits while the worker commits.
    """

    def __init__(self, path: Path, memory_mb: int) -> None:
        if getattr(sys, "frozen", False):
            raise ClippingsError("no index worker in a frozen build")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "app.index.worker", str(path), str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._outgoing: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._broken: OSError | None = None
        self._unanswered = 0
        self._feeder = threading.Thread(target=self._feed, name="index-worker-feed", daemon=True)
        self._feeder.start()

    def add(self, docs: Iterable[dict]) -> None:
        """Queue documents to add or replace. OSError: the worker is gone."""
        for doc in docs:
            # a pickle a document: one pickle of a whole batch of analysed documents
            # holds the GIL for some 200 ms, a stall in the GUI that imports in a thread
            self._put(("add", doc))

    def delete(self, ids: Sequence[int]) -> None:
        if ids:
            self._put(("delete", list(ids)))

    def commit(self) -> None:
        """End the batch: the worker commits what it was sent since the last commit."""
        self._put(("commit", None))
        self._unanswered += 1

    @property
    def pending(self) -> int:
        """Commits sent and not yet answered."""
        return self._unanswered

    def wait(self) -> None:
        """Until the oldest unanswered commit is done; ClippingsError if it failed."""
        if not self._unanswered:
            return
        self._unanswered -= 1
        assert self._process.stdout is not None
        try:
            error = pickle.load(self._process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            raise ClippingsError("the index worker stopped") from exc
        if error is not None:
            raise ClippingsError(f"the index worker failed: {error}")

    def close(self) -> None:
        """Collect every answer, then end the worker (it drops what was not committed)."""
        try:
            while self._unanswered:
                self.wait()
        finally:
            self._outgoing.put(None)  # end of input: the worker closes the index
            self._feeder.join(timeout=60)
            try:
                self._process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            if self._process.stdout is not None:
                self._process.stdout.close()

    def kill(self) -> None:
        """Stop the worker at once (tests simulate a crash with this)."""
        self._process.kill()
        self._process.wait()

    def _put(self, message: tuple) -> None:
        if self._broken is not None:  # the feeder found the pipe broken
            raise BrokenPipeError(f"the index worker has exited ({self._broken})")
        self._outgoing.put(pickle.dumps(message, protocol=5))

    def _feed(self) -> None:
        """The feeding thread: write queued messages; stop at None or a broken pipe."""
        stream = self._process.stdin
        assert stream is not None
        try:
            while (data := self._outgoing.get()) is not None:
                stream.write(data)
                if self._outgoing.empty():
                    stream.flush()
        except OSError as exc:
            self._broken = exc
        finally:
            with contextlib.suppress(OSError):
                stream.close()


def serve(path: Path, memory_mb: int) -> None:
    """The worker's loop: gather documents into a batch until a commit, then answer
    None or the first error (a failed batch is dropped whole; the importer rewrites it)."""
    from app.index.engine import WhooshIndex

    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answer stream
    index = WhooshIndex(path, memory_mb)
    batch = None
    error: str | None = None
    try:
        while True:
            try:
                kind, payload = pickle.load(jobs)
            except EOFError:
                return
            try:
                if kind == "commit":
                    if batch is not None and error is None:
                        batch, done = None, batch
                        done.commit()
                elif error is None:
                    batch = batch or index.batch()
                    if kind == "add":
                        batch.add(payload)
                    else:
                        batch.delete(payload)
            except Exception as exc:  # reported to the importer, which writes it itself
                error = f"{type(exc).__name__}: {exc}"
            if kind == "commit":
                if batch is not None:
                    batch, dropped = None, batch
                    dropped.cancel()
                pickle.dump(error, answers)
                answers.flush()
                error = None
    finally:
        if batch is not None:
            batch.cancel()
        index.close()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
