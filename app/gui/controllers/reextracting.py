"""Re-extract the selected clippings, or all, from their kept originals.

Runs on the writer thread with a progress window (originals done of originals) and
Cancel, which stops between originals: each original's clippings are rewritten in one
transaction. The user's edits, tags and notes stay (the core keeps edited fields).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal

from app.gui.controllers.background import BackgroundController
from app.gui.dialogs.hand_on import HandOnProgressDialog
from app.gui.tasks import ProgressState
from app.maintenance import ReextractReport

LABEL = "Re-extracting"


class ReextractController(BackgroundController):
    #: a re-extraction ended (its report; ``cancelled`` set when stopped)
    finished = Signal(object)

    def reextract_selected(self) -> None:
        """The selected clippings (the current one when none is selected)."""
        ids = self.search.view.selected_ids()
        if not ids:
            self.session.message.emit("Nothing to re-extract: no clipping is selected")
            return
        self.start(ids)

    def reextract_all(self) -> None:
        self.start(None)

    def start(self, ids: Sequence[int] | None) -> None:
        if self.session.refuse_until_open("re-extract"):
            return
        if self.task is not None:
            self.session.message.emit("A re-extraction is already running")
            return
        progress = ProgressState()
        self.progress = progress
        self.task = self.session.write_cancellable(
            lambda archive, cancel: archive.reextract_report(ids, progress=progress, cancel=cancel),
            self._done,
            self._failed,
            label=LABEL,
        )
        self.progress_window.start()

    def _progress_dialog(self) -> HandOnProgressDialog | None:
        if self.task is None:
            return None
        dialog = HandOnProgressDialog("Re-extracting from the originals", self.window)
        dialog.setObjectName("reextractProgress")
        dialog.cancel_requested.connect(self.cancel)
        return dialog

    def _update(self, dialog: HandOnProgressDialog | None) -> None:
        if self.progress is None:
            return
        value = self.progress.get()
        if dialog is not None and value.total:
            dialog.update_progress(value.done, value.total)
            dialog.heading.setText(
                f"Re-extracting from the originals: {value.done:,} of {value.total:,}"
            )
        if value.total:
            self.session.progress_text.emit(LABEL, f"original {value.done:,} of {value.total:,}")
            self.session.progress.emit(LABEL, value.done, value.total)

    def _done(self, report: ReextractReport) -> None:
        self._end()
        self.session.message.emit(f"Re-extraction: {report.summary()}")
        if report.changed:
            self.session.changed.emit(report.changed, "edited")
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.session.tasks.failed.emit(f"The re-extraction stopped: {error}")
        self.finished.emit(None)
