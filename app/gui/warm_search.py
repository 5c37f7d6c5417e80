"""Loads what every first search loads (``app.warming``: alias tables, morphology,
analyzers, word lists) on a thread right after the window's first paint, beside the
archive being opened: the first search typed as the window appeared took 0.75 s, later
ones 80 ms.

A plain daemon thread, as ``ImportWarmer``'s: it needs neither the store nor the index,
so it holds no reader and never waits for the archive. It starts after the first paint
(never delaying it) and hands the processor to a search: between its steps it pauses
while a search runs (``busy``), and the tables load once under a lock (``app.lang.once``),
so a search typed meanwhile waits for a table being loaded rather than loading it a second
time, and answers as it always would.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app import warming

log = logging.getLogger(__name__)
#: the longest a step waits for searches to end (a search has all the processor meanwhile)
PAUSE_S = 2.0


class SearchWarmer(QObject):
    #: the search's tables are loaded (delivered on the GUI thread)
    done = Signal()

    def __init__(
        self,
        window: QWidget,
        parent: QObject | None = None,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.thread: threading.Thread | None = None
        self.finished = False
        self._busy = busy
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self.start)  # once this paint is on the screen
        return False

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(
                target=self._run, name="clippings-warm-search", daemon=True
            )
            self.thread.start()

    def _run(self) -> None:
        try:
            warming.warm_analysis(stop=self._pause)
        except Exception as error:  # only an optimisation: the first search loads it anyway
            log.warning("warming up the search failed: %r", error)
        self.finished = True
        self.done.emit()

    def _pause(self) -> bool:
        """Between steps: wait while a search runs (at most ``PAUSE_S``; it needs the
        processor more), then go on. Never stops the warm-up."""
        deadline = time.monotonic() + PAUSE_S
        while self._busy() and time.monotonic() < deadline:
            time.sleep(0.01)
        return False
