"""Index writing in a second process, so a bulk import uses both cores.

Extraction, dedup and the store run in the importing process while the worker writes
the previous batch to the index: indexing is most of an import's work, and Python's
GIL keeps threads from overlapping the two. The worker is a normal Whoosh writer (it
takes the index lock and commits), so a crash or a kill on either side leaves what the
store's index outbox already handles: batches the index has not confirmed are written
again.

The worker is ``python -m app.index.worker``, talking pickles over its stdin and
stdout: unlike ``multiprocessing``'s spawn, it never re-imports the caller's main
module (a GUI, a script) in the child.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from app.model import ClippingsError


class IndexWorker:
    """One writer process for one index folder; one batch in flight at a time."""

    def __init__(self, path: Path, memory_mb: int) -> None:
        if getattr(sys, "frozen", False):
            raise ClippingsError("no index worker in a frozen build")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "app.index.worker", str(path), str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._busy = False

    def submit(self, docs: Sequence[dict], delete_ids: Sequence[int]) -> None:
        """Send a batch; ``wait()`` must follow before the next one. OSError: it died."""
        if self._busy:
            raise RuntimeError("the index worker already has a batch")
        assert self._process.stdin is not None
        if self._process.poll() is not None:
            raise BrokenPipeError("the index worker has exited")
        stream = self._process.stdin
        # a pickle a document: one pickle of a whole batch of analysed documents holds
        # the GIL for some 200 ms, a stall in the GUI that imports in a thread
        pickle.dump((len(docs), list(delete_ids)), stream, protocol=5)
        for doc in docs:
            pickle.dump(doc, stream, protocol=5)
        stream.flush()
        self._busy = True

    def wait(self) -> None:
        """Until the batch is committed; raises ClippingsError if it failed or died."""
        if not self._busy:
            return
        self._busy = False
        assert self._process.stdout is not None
        try:
            error = pickle.load(self._process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            raise ClippingsError("the index worker stopped") from exc
        if error is not None:
            raise ClippingsError(f"the index worker failed: {error}")

    def close(self) -> None:
        try:
            if self._busy:
                self.wait()
        finally:
            try:
                assert self._process.stdin is not None
                self._process.stdin.close()  # end of input: the worker closes the index
                self._process.wait(timeout=60)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait()
            if self._process.stdout is not None:
                self._process.stdout.close()

    def kill(self) -> None:
        """Stop the worker at once (tests simulate a crash with this)."""
        self._process.kill()
        self._process.wait()


def serve(path: Path, memory_mb: int) -> None:
    """The worker's loop: write each batch read from stdin, answer None or an error."""
    from app.index.engine import WhooshIndex

    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answer stream
    index = WhooshIndex(path, memory_mb)
    try:
        while True:
            try:
                count, delete_ids = pickle.load(jobs)
            except EOFError:
                return
            docs = [pickle.load(jobs) for _ in range(count)]
            try:
                index.write(docs, delete_ids)
            except Exception as exc:  # reported to the importer, which writes it itself
                pickle.dump(f"{type(exc).__name__}: {exc}", answers)
            else:
                pickle.dump(None, answers)
            answers.flush()
    finally:
        index.close()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
