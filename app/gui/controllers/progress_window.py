"""A running task's progress window, shared by import and export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from app.gui.dialogs.progress import ProgressDialog

SHOW_AFTER_MS = 500
POLL_MS = 100


class ProgressWindow(QObject):
    """Shown only once a task outlasts ``show_after_ms`` (a quick one flashes nothing),
    refreshed every ``POLL_MS`` from the progress the worker reports, closed at the end.

    ``make`` builds the dialog (``None`` when nothing runs any more); ``refresh`` is
    called on each poll with the dialog, or ``None`` while it is not shown yet."""

    def __init__(
        self,
        make: Callable[[], ProgressDialog | None],
        refresh: Callable[[ProgressDialog | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make
        self._refresh = refresh
        self.show_after_ms = SHOW_AFTER_MS
        self.dialog: ProgressDialog | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(lambda: self._refresh(self.dialog))
        self._show = QTimer(self, singleShot=True)
        self._show.timeout.connect(self._open)

    def start(self) -> None:
        self._poll.start()
        self._show.start(self.show_after_ms)

    def _open(self) -> None:
        self.dialog = self._make()
        if self.dialog is not None:
            self._refresh(self.dialog)
            self.dialog.show()

    def close(self) -> None:
        self._poll.stop()
        self._show.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
