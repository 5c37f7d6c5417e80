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
from app.columns import Peek
from app.gui.controllers.background import BackgroundController
from app.gui.controllers.column_asking import Chosen, ColumnAsker, Mappings
from app.gui.controllers.search import SearchController
from app.gui.dialogs import file_dialogs
from app.gui.dialogs.import_progress import (
    ImportProgressDialog,
    ImportReportDialog,
    articles_text,
    mapped_outcome,
    summarize,
)
from app.gui.resources import sample_files
from app.gui.session import Session
from app.gui.tasks import ProgressState
from app.model import ImportResult, ImportStatus, Progress

LABEL = "Importing"
#: a failed file of an import whose columns a person may map: its peek and pre-filling
Unmapped = dict[str, tuple[Peek, dict[str, str]]]
#: how often the status bar's archive count follows a running import
ADDED_EVERY_S = 0.3


def progress_text(value: Progress) -> str:
    """ "file 15 of 53 · 640 new articles": the file being read and the articles stored
    so far, and how many of them are new ("640 articles, 12 new" after an import of the
    same folder); inside a bulk file also its parts ("· reading row 412 of 1,000", "· reading
    message 4 of 90")."""
    text = f"file {min(value.done + 1, value.total):,} of {value.total:,}"
    text += f" · {articles_text(value.articles, value.added)}"
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
        #: the last import's files that failed for want of a text column (by path)
        self.unmapped: Unmapped = {}
        #: the report and files a running import maps from ("Map columns…")
        self._mapping: tuple[ImportReportDialog, list[str]] | None = None
        self._tags: list[str] = []
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
        self._tags = list(tags)

        def work(archive, cancel) -> tuple[list[ImportResult], Unmapped]:
            for names, mapping in chosen:  # kept for the next file with these columns
                columns.remember(names, mapping)
            results = archive.import_paths(
                paths,
                tags=list(tags),
                progress=progress,
                cancel=cancel,
                mappings=mappings,
                mapping_for=columns.remembered_for,  # a folder's file of a known export
            )
            return results, _unmapped(results)

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
                value.added,
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

    def _finished(self, outcome: tuple[list[ImportResult], Unmapped]) -> None:
        results, unmapped = outcome
        if self._mapping is None:
            self.unmapped = unmapped
        else:  # the report's other rows still offer their mapping
            self.unmapped.update(unmapped)
        self._done(results, self._close_progress())

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self._mapping_ended()
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
        failed = any(r.status == ImportStatus.FAILED for r in results)
        mapping, self._mapping = self._mapping, None
        if mapping is not None:  # "Map columns…" in a report: its rows say what came of it
            report, paths = mapping
            for path in paths:
                report.set_outcome(path, mapped_outcome(results, path), results)
        elif len(results) > 1 or cancelled or failed:
            self.report = ImportReportDialog(results, cancelled, self.window, self.unmapped)
            self.report.map_requested.connect(self.map_columns)
            self.report.show()
        self.finished.emit(results, cancelled)

    # -- a folder's files without a text column -------------------------------------------

    def map_columns(self, path: str) -> None:
        """ "Map columns…" on a report's row: the column dialog for that file, then the
        import of it and of every other file the report lists with the same header set
        (asked once per header set; the choice kept for the next such file, as always)."""
        report = self.report
        if path not in self.unmapped or report is None:
            return
        if self.running:
            self.session.message.emit("An import is already running")
            return
        peek, prefill = self.unmapped[path]
        paths = [
            p
            for p, (other, _) in self.unmapped.items()
            if p in report.map_buttons and columns.same_columns(other.columns, peek.columns)
        ]

        def chosen(mapping: dict[str, str]) -> None:
            for p in paths:
                self.unmapped.pop(p, None)
            self._mapping = (report, paths)
            report.mapping_pending(paths)
            targets = [Path(p) for p in paths]
            self._start(
                targets,
                self._tags,
                {p: mapping for p in targets},
                [(peek.columns, mapping)],
            )

        self.columns.ask_one(peek, prefill, chosen)

    def _mapping_ended(self) -> None:
        mapping, self._mapping = self._mapping, None
        if mapping is not None:
            report, paths = mapping
            for path in paths:
                report.set_outcome(path, "The import stopped; import the file again")


def _unmapped(results: list[ImportResult]) -> Unmapped:
    """On the worker: the failed files whose columns a person can map, each with the
    mapping to pre-fill (kept for its header set, else the importer's own choice)."""
    found: Unmapped = {}
    for result in results:
        if result.status != ImportStatus.FAILED or result.path in found:
            continue
        peek = columns.needing_mapping(Path(result.path))
        if peek is not None:
            found[result.path] = (peek, columns.remembered(peek.columns) or peek.defaults)
    return found
