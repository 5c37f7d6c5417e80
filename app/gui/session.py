"""What every controller shares: the open archive, the task manager, the undo stack.

Controllers never call the archive on the GUI thread; they go through ``read`` and
``write``, which hand the archive to a worker and call back here with the result. Change
notifications (``changed``) let each panel refresh only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.archive import Archive
from app.gui.tasks import CancelFlag, Task, TaskManager

Work = Callable[[Archive], Any]


class Session(QObject):
    opened = Signal()
    #: articles changed: (ids, kind) with kind one of tagged, edited, deleted, restored, imported
    changed = Signal(list, str)
    tags_changed = Signal()
    #: a tag change on its way to the archive: (ids, added, removed), shown at once
    retagging = Signal(list, list, list)
    searches_changed = Signal()
    #: a message for the status bar (a refusal, a result): it stays a few seconds
    message = Signal(str)
    #: a running task's progress: (its label, done, total); shown beside the busy label,
    #: not as a message, which would hide a refusal the next moment
    progress = Signal(str, int, int)
    #: a running task's progress said in words, shown instead of "done of total"
    progress_text = Signal(str, str)
    #: opening the archive rebuilds its index: (articles done, total); from a worker
    open_progress = Signal(int, int)

    def __init__(self, tasks: TaskManager | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.tasks = tasks or TaskManager(parent=self)
        self.undo = QUndoStack(self)
        self.undo.setUndoLimit(200)

    @property
    def ready(self) -> bool:
        return self.archive is not None

    def attach(self, archive: Archive) -> None:
        self.archive = archive
        self.opened.emit()

    def refuse_until_open(self, verb: str) -> bool:
        """True (and says so in the status bar) while the archive is still opening: a
        command refused for that must never just do nothing."""
        if self.archive is not None:
            return False
        self.message.emit(f"Cannot {verb} yet: the archive is still opening")
        return True

    def read(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> Task:
        archive = self._archive()
        return self.tasks.read(lambda: work(archive), on_done, on_error, label)

    def read_now(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """A read the user is waiting on, beside the read pool (see ``TaskManager.read_now``)."""
        archive = self._archive()
        return self.tasks.read_now(lambda: work(archive), on_done, on_error)

    def search(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """The user's search, on its own newest-wins lane (see ``TaskManager.search``)."""
        archive = self._archive()
        return self.tasks.search(lambda: work(archive), on_done, on_error)

    def write(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> Task:
        archive = self._archive()
        return self.tasks.write(lambda: work(archive), on_done, on_error, label)

    def write_cancellable(
        self,
        work: Callable[[Archive, CancelFlag], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> Task:
        archive = self._archive()
        return self.tasks.write_cancellable(
            lambda flag: work(archive, flag), on_done, on_error, label
        )

    def _archive(self) -> Archive:
        if self.archive is None:
            raise RuntimeError("the archive is not open yet")
        return self.archive

    def close(self) -> None:
        """Finish background work, then close the archive (on quit)."""
        self.tasks.shutdown()
        if self.archive is not None:
            self.archive.close()
            self.archive = None
