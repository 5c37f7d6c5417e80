"""Window-level behaviour: status bar, welcome view, errors, panels, help and settings."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.config import save_config
from app.gui.controllers.search import SearchController
from app.gui.dialogs.crash import CrashDialog
from app.gui.dialogs.settings import SettingsDialog
from app.gui.dialogs.shortcuts import ShortcutSheet
from app.gui.resources import sample_files
from app.gui.session import Session
from app.gui.window import MainWindow

#: how often the archive's list follows a running import (a new search each time)
LIST_EVERY_S = 2.0

#: the status bar's "Match 3 of 12" while F3 steps through the reader's matches
MATCH_MESSAGE = "Match "


class AppController(QObject):
    def __init__(
        self,
        session: Session,
        window: MainWindow,
        search: SearchController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.window = window
        self.search = search
        self.count = -1
        self.dialog = None
        self._rebuilding = False
        self._listed_at = 0.0  # when the list last followed a running import
        self.added = 0  # new articles of a running import, not yet in ``count``
        tasks = session.tasks
        tasks.busy_changed.connect(window.status.set_busy)
        tasks.failed.connect(self.show_error)
        tasks.crashed.connect(self.show_crash)
        session.message.connect(self._message)
        session.progress.connect(window.status.set_task_progress)
        session.progress_text.connect(window.status.set_task_text)
        session.open_progress.connect(self._open_progress)
        session.opened.connect(self._opened)
        session.changed.connect(self._changed)
        search.results_shown.connect(self._results_shown)
        window.welcome.set_samples_available(bool(sample_files()))
        if not session.ready:
            window.results.set_empty("Opening the archive…", "")
        window.reader.hit_moved.connect(self._hit_moved)

    # -- opening -------------------------------------------------------------------------------

    def _message(self, text: str) -> None:
        """Messages while the archive opens (an index rebuild) stay until it is open."""
        text = text[:1].upper() + text[1:]
        self.window.status.showMessage(text, 0 if not self.session.ready else 6000)

    def _open_progress(self, done: int, total: int) -> None:
        if self.session.ready:
            return
        status = self.window.status
        if not self._rebuilding:  # the results area explains it now; later messages
            self._rebuilding = True  # (a refused command) stay
            status.clearMessage()
        status.set_count_text(f"Rebuilding the search index: {done:,} of {total:,} clippings")
        status.set_progress(done, total)
        self.window.results.set_empty(
            "Rebuilding the search index",
            f"{done:,} of {total:,} clippings indexed. This archive was indexed by an older "
            "version of Clippings; searching starts as soon as the new index is complete "
            "(a few minutes for a large archive).",
        )

    def _opened(self) -> None:
        self.window.status.clearMessage()
        self.window.results.set_empty(None)
        self.update_count()

    # -- article count and the welcome view ----------------------------------------------------

    def _changed(self, _ids: list, kind: str) -> None:
        if kind in ("imported", "deleted", "restored"):
            self.update_count()

    def show_added(self, added: int) -> None:
        """A running import's new articles on top of the count before it; the count is
        read again once it ends (``_changed``). The welcome view ("Your archive is
        empty") gives way to the list, which shows what has come in (the files stored so
        far) while the plain archive listing is shown."""
        self.added = added
        if self.count >= 0 and self.session.ready:
            self.window.status.set_count(self.count + added)
        if added <= 0 or self.search.mode != "search" or self.search.bar.text():
            return
        if self.window.welcome_shown:
            self.window.show_welcome(False)
        now = time.monotonic()
        if now - self._listed_at >= LIST_EVERY_S:
            self._listed_at = now
            self.search.refresh()

    def update_count(self) -> None:
        if self.session.ready:
            self.session.read(lambda archive: archive.article_count(), self._count_loaded)

    def _count_loaded(self, count: int) -> None:
        self.count = count
        self.added = 0
        self.window.status.set_count(count)
        self._update_welcome()

    def _results_shown(self, _result) -> None:
        self._update_welcome()

    def _update_welcome(self) -> None:
        empty = (
            self.count + self.added == 0
            and self.search.mode == "search"
            and not self.search.bar.text()
        )
        if empty != self.window.welcome_shown:
            self.window.show_welcome(empty)
            if not empty:
                QTimer.singleShot(0, self.search.focus_results)

    def _hit_moved(self, current: int, count: int) -> None:
        status = self.window.status
        if current and count:
            status.showMessage(f"{MATCH_MESSAGE}{current} of {count}", 3000)
        elif status.currentMessage().startswith(MATCH_MESSAGE):
            status.clearMessage()  # another article or search: that match is not current

    # -- errors --------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """A known problem (disk full, locked archive, bad input): say it plainly."""
        self.window.status.showMessage(message, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Clippings",
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.dialog = box

    def show_crash(self, details: str) -> None:
        """A bug: show the traceback with a way to copy it."""
        dialog = CrashDialog(details, self.window)
        dialog.open()
        self.dialog = dialog

    # -- panels --------------------------------------------------------------------------------

    def toggle_sidebar(self) -> None:
        self.window.sidebar.setVisible(not self.window.sidebar.isVisible())

    def toggle_reader(self) -> None:
        self.window.reader.setVisible(not self.window.reader.isVisible())

    # -- help and settings ---------------------------------------------------------------------

    def shortcuts(self) -> None:
        sheet = ShortcutSheet(self.window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        self.dialog = sheet

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            "About Clippings",
            f"<h3>Clippings {__version__}</h3><p>A desktop press-clipping archive with "
            "multilingual full-text search.</p>",
        )

    def settings(self) -> None:
        archive = self.session.archive
        if archive is None:
            return
        dialog = SettingsDialog(archive.config, str(archive.root), self.window)
        dialog.accepted.connect(lambda: self._save_settings(dialog))
        dialog.open()
        self.dialog = dialog

    def _save_settings(self, dialog: SettingsDialog) -> None:
        config = dialog.result_config()
        if self.session.archive is not None and config.archive == str(self.session.archive.root):
            config.archive = self.session.archive.config.archive
        try:
            save_config(config)
        except OSError as exc:
            self.show_error(f"Cannot save the settings: {exc}")
            return
        self.session.message.emit("Settings saved")

    def quit(self) -> None:
        self.window.close()
        QApplication.instance().quit()
