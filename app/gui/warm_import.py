"""Loads the importer's lazy parts in the background once the archive is open, so that
the first paste is not the slow one (2.7–3.4 s on an idle machine, later ones 0.1–0.4 s).

A plain daemon thread, not one of the task manager's: it touches neither the store nor
the index, must not hold a reader the first searches want, and must not keep the writer
(an import or paste) waiting.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal, SignalInstance

from app import importing
from app.gui.session import Session

log = logging.getLogger(__name__)


class ImportWarmer(QObject):
    #: the importer is warm (delivered on the GUI thread)
    done = Signal()

    def __init__(
        self, session: Session, parent: QObject | None = None, after: SignalInstance | None = None
    ) -> None:
        super().__init__(parent)
        self.thread: threading.Thread | None = None
        #: what must happen first: the archive open, and ``after`` (the search's warm-up,
        #: whose 0.5 s of loading this 3 s one would otherwise halve under the GIL)
        self._waiting = {"opened"} | ({"after"} if after is not None else set())
        session.opened.connect(lambda: self._happened("opened"))
        if after is not None:
            after.connect(lambda: self._happened("after"))

    def _happened(self, what: str) -> None:
        self._waiting.discard(what)
        if not self._waiting:
            self.start()

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(
                target=self._run, name="clippings-warm-import", daemon=True
            )
            self.thread.start()

    def _run(self) -> None:
        try:
            importing.warm_up()
        except Exception as error:  # only an optimisation: a paste loads it anyway
            log.warning("warming up the importer failed: %r", error)
        self.done.emit()
