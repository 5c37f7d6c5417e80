"""What the controllers of a background task share: one task at a time, its progress
state, its progress window and Cancel (import, export and re-extraction each wrote it out)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.gui.controllers.progress_window import ProgressWindow
from app.gui.controllers.search import SearchController
from app.gui.dialogs.progress import ProgressDialog
from app.gui.session import Session
from app.gui.tasks import ProgressState, Task


class BackgroundController(QObject):
    """A subclass starts ``self.task`` (and ``self.progress``), builds its dialog in
    ``_progress_dialog`` and refreshes it in ``_update``; ``_end`` closes both."""

    def __init__(
        self,
        session: Session,
        search: SearchController,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.search = search
        self.window = window
        self.task: Task | None = None
        self.progress: ProgressState | None = None
        self.progress_window = ProgressWindow(self._progress_dialog, self._update, self)
        # its end is never delivered after a shutdown: the window goes now
        session.tasks.shut_down.connect(self._end)

    @property
    def running(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel.set()

    def _progress_dialog(self) -> ProgressDialog | None:
        raise NotImplementedError

    def _update(self, dialog: ProgressDialog | None) -> None:
        raise NotImplementedError

    def _end(self) -> None:
        self.progress_window.close()
        self.task = None
        self.progress = None
