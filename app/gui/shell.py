"""Assembles one main window: session, models, views, controllers and actions.

Nothing here has behaviour of its own; it is the wiring diagram, in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt

from app.archive import Archive
from app.gui.actions import ActionRegistry
from app.gui.controllers.app import AppController
from app.gui.controllers.editing import EditController
from app.gui.controllers.exporting import ExportController
from app.gui.controllers.importing import ImportController
from app.gui.controllers.reader import ReaderController
from app.gui.controllers.reextracting import ReextractController
from app.gui.controllers.search import SearchController
from app.gui.controllers.sidebar import SidebarController
from app.gui.focus import KeysBack
from app.gui.models.results import ResultsModel
from app.gui.session import Session
from app.gui.tasks import TaskManager
from app.gui.window import MainWindow


class Shell(QObject):
    def __init__(self, tasks: TaskManager | None = None) -> None:
        super().__init__()
        self.session = Session(tasks, self)
        self.model = ResultsModel(self._fetch_rows, self.session.tasks, self)
        self.window = MainWindow(self.model)
        w = self.window
        self.search = SearchController(self.session, w.search_bar, w.results, self.model, self)
        self.reader = ReaderController(self.session, w.results, self.model, w.reader, self)
        self.edit = EditController(self.session, self.search, w, self)
        self.importer = ImportController(self.session, self.search, w, self)
        self.exporter = ExportController(self.session, self.search, w, self)
        self.reextracter = ReextractController(self.session, self.search, w, self)
        self.sidebar = SidebarController(self.session, w.sidebar, self.search, self)
        self.app = AppController(self.session, w, self.search, self)
        self.actions = ActionRegistry(
            w,
            {
                "search": self.search,
                "reader": self.reader,
                "edit": self.edit,
                "importer": self.importer,
                "exporter": self.exporter,
                "reextract": self.reextracter,
                "sidebar": self.sidebar,
                "app": self.app,
            },
        )
        self.actions.fill_menus(w.menuBar())
        self.actions.fill_toolbar(w.toolbar)
        w.results.table.addActions(self.actions.context_actions())
        for action_id in (
            "next_hit",
            "previous_hit",
            "more_like_this",
            "open_original",
            "edit_metadata",
            "tag",
            "open_window",
        ):
            w.reader.toolbar.addAction(self.actions[action_id])
        self.keys_back = KeysBack(w, self)
        self._wire()

    def _wire(self) -> None:
        w, session = self.window, self.session
        w.files_dropped.connect(self.importer.import_paths)
        self.importer.added.connect(self.app.show_added)
        w.welcome.import_files.connect(self.importer.import_files)
        w.welcome.import_folder.connect(self.importer.import_folder)
        w.welcome.load_samples.connect(self.importer.load_samples)
        w.reader.notes_edited.connect(self.edit.save_notes)
        w.reader.leave.connect(self.search.focus_results)
        self.edit.trash_reload.connect(self.sidebar.show_trash)
        self.reader.more_like.connect(
            lambda ids, label: self.search.show_ids(ids, f"<b>{len(ids)}</b> · {label}")
        )
        self.actions.bind_undo_stack(session.undo)
        self.search.mode_changed.connect(self._mode_changed)
        self._mode_changed("search")
        suggestion = self.actions["use_suggestion"]
        self.search.suggestion_changed.connect(lambda text: suggestion.setEnabled(bool(text)))
        suggestion.setEnabled(False)
        w.closing.connect(self.save_state)

    def _mode_changed(self, mode: str) -> None:
        self.actions["restore"].setEnabled(mode == "trash")
        self.actions["delete"].setEnabled(mode != "trash")

    def _fetch_rows(self, ids, query):
        archive = self.session.archive
        return archive.hits(ids, query) if archive is not None else []

    def attach(self, archive: Archive) -> None:
        self.session.attach(archive)

    def restore_state(self) -> None:
        settings = QSettings()
        self.window.restore_state(settings)
        # after the header's state: restoring it may announce its old sort indicator
        sort = settings.value("results/sort", "relevance")
        order = {"asc": Qt.SortOrder.AscendingOrder, "desc": Qt.SortOrder.DescendingOrder}.get(
            str(settings.value("results/order", ""))
        )
        self.search.restore_sort(sort if isinstance(sort, str) else "relevance", order)
        history = settings.value("search/history", [])
        if isinstance(history, list):
            self.window.search_bar.history = [str(h) for h in history]
        elif isinstance(history, str):
            self.window.search_bar.history = [history]

    def save_state(self) -> None:
        settings = QSettings()
        self.window.save_state(settings)
        settings.setValue("results/sort", self.search.sort)
        order = self.search.order
        ascending = order == Qt.SortOrder.AscendingOrder
        settings.setValue("results/order", "" if order is None else "asc" if ascending else "desc")
        settings.setValue("search/history", self.window.search_bar.history)

    def close(self) -> None:
        """Wait for background work, then close the archive."""
        self.session.close()

    def focus_search(self) -> None:
        self.window.search_bar.edit.setFocus(Qt.FocusReason.OtherFocusReason)
