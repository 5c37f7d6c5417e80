"""Import files, folders, dropped files, the clipboard and the samples.

The import runs on the writer thread; its progress callback only stores numbers, and the
GUI polls them every 100 ms (no signal flood). The dialog appears after half a second, so
quick imports do not flash one; cancelling stops between files, and inside a bulk file
between its rows (CSV, JSON Lines), messages (mbox) or files (zip).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app import columns
from app.gui.controllers.background import BackgroundController
from app.gui.controllers.column_asking import Chosen, ColumnAsker, Mappings
from app.gui.controllers.search import SearchController
from app.gui.dialogs import file_dialogs
from app.gui.dialogs.import_progress import ImportProgressDialog, ImportReportDialog, summarize
from app.gui.resources import sample_files
from app.gui.session import Session
from app.gui.tasks import ProgressState
from app.model import ImportResult, ImportStatus, Progress

LABEL = "Importing"
#: how often the status bar's archive count follows a running import
ADDED_EVERY_S = 0.3


def progress_text(value: Progress) -> str:
    """ "file 15 of 53 · 640 articles": the file being read and the articles stored so
    far; inside a bulk file also its parts ("· reading row 412 of 1,000", "· reading
    message 4 of 90")."""
    text = f"file {min(value.done + 1, value.total):,} of {value.total:,}"
    text += f" · {value.articles:,} article{'s' if value.articles != 1 else ''}"
    if value.parts:
        text += f" · {value.stage or 'at'} {value.unit} {value.part:,} of {value.parts:,}"
    return text


class ImportController(BackgroundController):
    finished = Signal(list, bool)  # results, cancelled
    dialog_opened = Signal(QWidget)  # a file dialog, open and waiting for an answer
    added = Signal(int)  # new articles stored so far by the running import (throttled)

    def __init__(
        self,
        session: Session,
        search: SearchController,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, search, window, parent)
        self.report: ImportReportDialog | None = None
        self.dialog: QWidget | None = None
        self._added = (0, 0.0)  # the last count of new articles told, and when
        self.columns = ColumnAsker(session, window, self)
        self.columns.dialog_opened.connect(self._opened)
        self.columns.cancelled.connect(self.session.message)

    @property
    def running(self) -> bool:
        """An import runs, or is being prepared (its files' columns asked for)."""
        return self.task is not None or self.columns.busy

    # -- entry points ---------------------------------------------------------------------

    def import_files(self) -> None:
        """Ctrl+I: the dialog opens and this returns (no nested loop, see file_dialogs)."""
        self._opened(
            file_dialogs.ask_open_paths(
                self.window,
                "Import Clippings",
                lambda paths: self.import_paths([Path(p) for p in paths]),
            )
        )

    def import_folder(self) -> None:
        self._opened(
            file_dialogs.ask_folder(
                self.window,
                "Import a Folder of Clippings",
                lambda folder: self.import_paths([Path(folder)]),
            )
        )

    def _opened(self, dialog: QWidget) -> None:
        self.dialog = dialog
        self.dialog_opened.emit(dialog)

    def load_samples(self) -> None:
        files = sample_files()
        if files:
            self.import_paths(files)
        else:
            self.session.message.emit("The sample clippings are not installed")

    def paste(self) -> None:
        """Ctrl+V: the clipboard's HTML (or text) becomes a new clipping."""
        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime and mime.hasText() else ""
        html = mime.html() if mime and mime.hasHtml() else None
        if not (text.strip() or (html or "").strip()):
            self.session.message.emit("The clipboard holds no text to paste")
            return
        if self.session.refuse_until_open("paste"):
            return

        def work(archive) -> list[ImportResult]:
            return archive.import_clipboard(text, html)  # the flavour that gives an article

        self.session.write(work, lambda results: self._done(results, False), label="Pasting")

    def import_paths(self, paths: Sequence[Path], tags: Sequence[str] = ()) -> None:
        """Import; a CSV/JSON Lines file whose text column is not found first asks for its
        columns (``ColumnAsker``)."""
        if self.session.refuse_until_open("import"):
            return
        if self.running:
            self.session.message.emit("An import is already running")
            return
        paths = [Path(p) for p in paths]
        self.columns.ask(paths, lambda mappings, chosen: self._start(paths, tags, mappings, chosen))

    def _start(
        self, paths: list[Path], tags: Sequence[str], mappings: Mappings, chosen: Chosen
    ) -> None:
        progress = ProgressState()
        self.progress = progress
        self._added = (0, 0.0)

        def work(archive, cancel) -> list[ImportResult]:
            for names, mapping in chosen:  # kept for the next file with these columns
                columns.remember(names, mapping)
            return archive.import_paths(
                paths, tags=list(tags), progress=progress, cancel=cancel, mappings=mappings
            )

        self.task = self.session.write_cancellable(
            work,
            self._finished,
            self._failed,
            label=LABEL,
        )
        self.progress_window.start()

    # -- progress -----------------------------------------------------------------------------

    def _progress_dialog(self) -> ImportProgressDialog | None:
        if self.task is None:
            return None
        dialog = ImportProgressDialog(self.window)
        dialog.cancel_requested.connect(self.cancel)
        return dialog

    def _update(self, dialog: ImportProgressDialog | None) -> None:
        if self.progress is None:
            return
        value = self.progress.get()
        if dialog is not None:
            dialog.update_progress(
                value.done,
                value.total,
                value.current,
                value.articles,
                value.part,
                value.parts,
                value.stage,
                value.unit,
            )
        if value.total:
            self.session.progress_text.emit(LABEL, progress_text(value))
            self.session.progress.emit(LABEL, value.done, value.total)
        self._tell_added(value.added)

    def _tell_added(self, added: int) -> None:
        """The archive's count follows the import, at most every ``ADDED_EVERY_S``: the
        count query would see a file's rows only once its transaction commits."""
        told, at = self._added
        if added != told and time.monotonic() - at >= ADDED_EVERY_S:
            self._added = (added, time.monotonic())
            self.added.emit(added)

    def _close_progress(self) -> bool:
        cancelled = bool(self.task and self.task.cancel())
        self.progress_window.close()
        self.task = None
        return cancelled

    def _finished(self, results: list[ImportResult]) -> None:
        self._done(results, self._close_progress())

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self.session.tasks.failed.emit(f"The import stopped: {error}")

    def _done(self, results: list[ImportResult], cancelled: bool) -> None:
        new_ids = [
            r.id
            for r in results
            if r.id is not None and r.status in (ImportStatus.IMPORTED, ImportStatus.NEAR_DUPLICATE)
        ]
        self.session.message.emit(summarize(results, cancelled))
        self.session.changed.emit(new_ids, "imported")
        if new_ids:
            self.session.tags_changed.emit()
            self.search.show_ids(
                new_ids,
                f"<b>Just imported</b>  ·  {len(new_ids):,} "
                f"clipping{'s' if len(new_ids) != 1 else ''}",
            )
            # the sidebar counted the archive before the import (an empty one: only Trash)
            self.search.refresh_facets()
        elif len(results) == 1 and results[0].id is not None:
            self.search.show_ids([results[0].id], "<b>Already in the archive</b>")
        if len(results) > 1 or cancelled or any(r.status == ImportStatus.FAILED for r in results):
            self.report = ImportReportDialog(results, cancelled, self.window)
            self.report.show()
        self.finished.emit(results, cancelled)
