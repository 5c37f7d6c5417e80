"""Sidebar: facets of the current query, saved searches, the trash."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.gui import facet_query
from app.gui.commands import SavedSearchCommand
from app.gui.controllers.search import SearchController
from app.gui.dialogs import asking
from app.gui.session import Session
from app.gui.widgets.sidebar import SidebarView


class SidebarController(QObject):
    rebuilt = Signal()

    def __init__(
        self,
        session: Session,
        view: SidebarView,
        search: SearchController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.search = search
        self._facets: dict = {}
        self._saved: list[tuple[str, str]] = []
        self.dialog: QWidget | None = None  # the name asked for, while it is asked
        search.facets_changed.connect(self._facets_changed)
        view.facet_clicked.connect(self.toggle_facet)
        view.saved_clicked.connect(search.set_query)
        view.trash_clicked.connect(self.show_trash)
        view.saved_delete_requested.connect(self.delete_saved)
        view.saved_rename_requested.connect(self.rename_saved)
        view.refused.connect(session.message)
        session.opened.connect(self.load_saved)
        session.searches_changed.connect(self.load_saved)

    def _facets_changed(self, facets: dict) -> None:
        self._facets = facets
        self._rebuild()

    def _rebuild(self) -> None:
        self.view.rebuild(self._facets, self._saved, self.search.model.query, 0)
        self.rebuilt.emit()

    def toggle_facet(self, field: str, value: str) -> None:
        """Click: filter; again: exclude; again: drop. The bar shows the resulting query."""
        self.search.set_query(facet_query.toggle(self.search.bar.text(), field, value))

    # -- saved searches --------------------------------------------------------------------

    def load_saved(self) -> None:
        if self.session.ready:
            self.session.read(
                lambda archive: [(s.name, s.query) for s in archive.saved_searches()],
                self._saved_loaded,
            )

    def _saved_loaded(self, saved: list[tuple[str, str]]) -> None:
        self._saved = saved
        self._rebuild()

    def save_search(self, name: str | None = None) -> None:
        """Ctrl+S: name the current query and keep it in the sidebar. The name is asked
        for without a nested loop (see dialogs.asking)."""
        query = self.search.bar.text().strip()
        if not self.session.ready:
            return
        if name is None:
            parent = self.view.window() if isinstance(self.view.window(), QWidget) else None
            self.dialog = asking.ask_text(
                parent,
                "Save Search",
                f"Name for the search “{query or 'everything'}”:",
                query[:40],
                lambda typed: self._save(typed, query) if typed.strip() else None,
            )
            return
        self._save(name, query)

    def _save(self, name: str, query: str) -> None:
        self.session.write(
            lambda archive: archive.save_search(name, query),
            lambda _none: self._saved_done(name),
            label="Saving the search",
        )

    def _saved_done(self, name: str) -> None:
        self.session.message.emit(f"Saved the search “{name}”")
        self.session.searches_changed.emit()

    def delete_saved(self, name: str) -> None:
        """Del on a saved search (or its context menu): gone at once, Ctrl+Z brings it back
        (the status bar says so) — an undo instead of a question to confirm."""
        query = dict(self._saved).get(name)
        if query is None or not self.session.ready:
            return
        self.session.undo.push(SavedSearchCommand(self.session, name, query))
        self.session.message.emit(f"Deleted the saved search “{name}” — Ctrl+Z brings it back")

    def rename_saved(self, name: str, new: str | None = None) -> None:
        """F2 on a saved search: ask for the new name (without a nested loop)."""
        query = dict(self._saved).get(name)
        if query is None or not self.session.ready:
            return
        if new is None:
            parent = self.view.window() if isinstance(self.view.window(), QWidget) else None
            self.dialog = asking.ask_text(
                parent,
                "Rename Saved Search",
                f"New name for “{name}” ({query or 'everything'}):",
                name,
                lambda typed: self.rename_saved(name, typed),
            )
            return
        if new.strip() and new.strip() != name:
            self.session.undo.push(SavedSearchCommand(self.session, name, query, new.strip()))

    # -- trash --------------------------------------------------------------------------------

    def show_trash(self) -> None:
        if not self.session.ready:
            return
        self.session.read(
            lambda archive: [a.id for a in archive.trash()],
            lambda ids: self.search.show_ids(
                ids,
                f"<b>Trash</b>  ·  {len(ids):,} clipping{'s' if len(ids) != 1 else ''}  ·  "
                "Ctrl+Shift+R restores",
                mode="trash",
            ),
            label="Opening the trash",
        )
