"""One task manager for all background work.

SQLite and Whoosh each have a single writer, so everything that writes runs on one
worker thread in submission order (undo after redo, tag after import); searches and row
fetches run on a small read pool. Results reach the GUI thread only through a queued
signal, and workers never see a widget.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.model import ClippingsError, Progress

Callback = Callable[[Any], None]
#: what a search superseded before it started "returns": nobody is called back
_SKIPPED = object()
ErrorCallback = Callable[[BaseException], None]


class CancelFlag:
    """Set from the GUI thread, polled by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class ProgressState:
    """Written by the worker, read by the GUI timer; a lock keeps the triple consistent."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = Progress(0, 0, "")

    def __call__(self, progress: Progress) -> None:
        with self._lock:
            self.value = progress

    def get(self) -> Progress:
        with self._lock:
            return self.value


@dataclass
class Task:
    label: str
    on_done: Callback | None
    on_error: ErrorCallback | None
    cancel: CancelFlag = field(default_factory=CancelFlag)
    future: Future | None = None
    #: a write's place in the writer's queue (from 1); 0 for a read
    write_number: int = 0
    #: a search on the newest-wins lane (``TaskManager.search``)
    search: bool = False


class TaskManager(QObject):
    """``read()`` and ``write()`` run a function off the GUI thread and call back on it."""

    #: emitted (from a worker) when a task ends; delivered queued on the GUI thread
    _ended = Signal(object, object, object)
    #: the labels of running writes and reads, joined ("" when idle)
    busy_changed = Signal(str)
    #: a known error (message for a person) no callback handled
    failed = Signal(str)
    #: an unexpected exception (a bug): the formatted traceback
    crashed = Signal(str)
    #: a write ended (after its callbacks ran): its number, counting from 1 in submission order
    write_ended = Signal(int)
    #: shut down: tasks still running are cancelled and their callbacks never run, so
    #: whoever shows their progress stops now (it polled on, into a window closed since)
    shut_down = Signal()

    def __init__(self, readers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="clippings-write")
        self._readers = ThreadPoolExecutor(readers, thread_name_prefix="clippings-read")
        self._now = ThreadPoolExecutor(1, thread_name_prefix="clippings-read-now")
        self._searcher = ThreadPoolExecutor(1, thread_name_prefix="clippings-search")
        #: the newest search handed over; one still queued behind it is skipped, never run
        self._newest_search: Task | None = None
        self._searches_open = 0  # submitted, not yet ended (read from workers: an int)
        self._shut = False
        self._running: list[Task] = []
        self._writes_submitted = 0
        self._ended.connect(self._deliver)

    @property
    def pending(self) -> int:
        return len(self._running)

    @property
    def writes_submitted(self) -> int:
        """How many writes were handed to the writer so far: a read started now may see
        all, some or none of those still running (reads run beside the writer)."""
        return self._writes_submitted

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        label: str = "",
    ) -> Task:
        """A search, a row fetch, a file read: may run alongside other reads."""
        return self._submit(self._readers, fn, on_done, on_error, label)

    def read_now(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        label: str = "",
    ) -> Task:
        """A read the user waits on (the article under the cursor): a thread of its own, so
        it never queues behind searches, snippets and suggestions on the read pool (on the
        first searches after start-up those held the reader back 0.8 s and more)."""
        return self._submit(self._now, fn, on_done, on_error, label)

    def search(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Task:
        """The user's search: a lane of its own, newest wins. On the read pool a search
        queued behind the start-up warm-up, facet counts and row pages (2.5 s and more on a
        busy machine, while the bar already showed the new query); here it waits at most
        for the one search running, and a search still queued when a newer one comes is
        skipped (its callbacks never run), so the newest is always the next to run."""
        task = Task("", on_done, on_error, search=True)
        self._newest_search = task
        self._searches_open += 1
        self._running.append(task)

        def work() -> None:
            if task is not self._newest_search:
                self._ended.emit(task, _SKIPPED, None)
                return
            try:
                result = fn()
            except BaseException as exc:
                self._ended.emit(task, None, exc)
            else:
                self._ended.emit(task, result, None)

        task.future = self._searcher.submit(work)
        return task

    @property
    def searching(self) -> bool:
        """A search is queued or running: background reads that can wait (the warm-up)
        step aside. Safe to read from a worker."""
        return self._searches_open > 0

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        label: str = "",
    ) -> Task:
        """Anything that changes the archive: runs after every earlier write."""
        return self._submit(self._writer, fn, on_done, on_error, label)

    def write_cancellable(
        self,
        fn: Callable[[CancelFlag], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        label: str = "",
    ) -> Task:
        """A long write (an import) that polls ``task.cancel`` between steps."""
        task = Task(label, on_done, on_error)
        self._number_write(task)
        self._start(self._writer, task, lambda: fn(task.cancel))
        return task

    def _submit(self, pool, fn, on_done, on_error, label) -> Task:
        task = Task(label, on_done, on_error)
        if pool is self._writer:
            self._number_write(task)
        self._start(pool, task, fn)
        return task

    def _number_write(self, task: Task) -> None:
        self._writes_submitted += 1
        task.write_number = self._writes_submitted

    def _start(self, pool: ThreadPoolExecutor, task: Task, fn: Callable[[], Any]) -> None:
        self._running.append(task)
        self._announce()

        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to the GUI thread, never swallowed
                self._ended.emit(task, None, exc)
            else:
                self._ended.emit(task, result, None)

        task.future = pool.submit(work)

    @Slot(object, object, object)
    def _deliver(self, task: Task, result: Any, error: BaseException | None) -> None:
        if task in self._running:
            self._running.remove(task)
        self._announce()
        if task.search:
            self._searches_open -= 1
        if result is _SKIPPED or self._shut:
            return  # overtaken, or the answer came after shutdown: the archive is closed
        try:
            if error is None:
                if task.on_done is not None:
                    task.on_done(result)
            elif task.on_error is not None:
                task.on_error(error)
            else:
                self.report(error)
        finally:
            if task.write_number:
                self.write_ended.emit(task.write_number)

    def report(self, error: BaseException) -> None:
        """Known errors as a message, anything else as a crash report."""
        if isinstance(error, ClippingsError):
            self.failed.emit(str(error))
        else:
            self.crashed.emit("".join(traceback.format_exception(error)))

    def _announce(self) -> None:
        labels = [t.label for t in self._running if t.label]
        self.busy_changed.emit(" · ".join(dict.fromkeys(labels)))

    def cancel_all(self) -> None:
        for task in self._running:
            task.cancel.set()

    def shutdown(self) -> None:
        """Cancel what can be cancelled and wait for the workers (before closing the archive)."""
        self.cancel_all()
        self._shut = True
        self.shut_down.emit()
        self._readers.shutdown(wait=True, cancel_futures=True)
        self._now.shutdown(wait=True, cancel_futures=True)
        self._searcher.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)
