"""Tagging, editing, trash and undo: slots that open a dialog and push an undo command."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui.commands import (
    BatchEditCommand,
    DeleteCommand,
    EditCommand,
    RestoreCommand,
    TagCommand,
)
from app.gui.controllers.search import SearchController
from app.gui.dialogs.batch_edit import BatchEditDialog, shared_values
from app.gui.dialogs.metadata import MetadataDialog
from app.gui.dialogs.tag_popup import TagPopup, suggested_tags
from app.gui.session import Session
from app.model import Article


class EditController(QObject):
    #: a dialog opened (tests reach it through this)
    dialog_opened = Signal(QWidget)
    #: the trash list is out of date (the sidebar controller reloads it)
    trash_reload = Signal()

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
        self.tag_names: list[str] = []
        self.dialog: QWidget | None = None
        session.opened.connect(self.load_tags)
        session.tags_changed.connect(self.load_tags)
        session.changed.connect(self._changed)
        session.retagging.connect(search.model.retag)

    def _targets(self) -> list[int]:
        return self.search.view.selected_ids()

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    # -- tags ----------------------------------------------------------------------------

    def load_tags(self) -> None:
        if self.session.ready:
            self.session.read(lambda archive: archive.tags(), self._tags_loaded)

    def _tags_loaded(self, tags) -> None:
        self.tag_names = [t.name for t in tags]
        self.search.model.set_tag_colors(
            {t.name: t.color for t in tags if t.color}, {t.name: t.count for t in tags}
        )

    def tag(self) -> None:
        """T: add tags to the selected clippings (new names become new tags)."""
        ids = self._targets()
        if not ids:
            return
        popup = TagPopup(self.tag_names, len(ids), parent=self.window)
        popup.accepted.connect(lambda: self._apply(ids, add=popup.names()))
        self._open(popup)
        if len(ids) == 1 and self.session.ready:
            self._suggest_tags(popup, ids[0])

    def _suggest_tags(self, popup: TagPopup, article_id: int) -> None:
        """The clipping's key terms as chips, once the archive has worked them out."""
        known = list(self.tag_names)

        def work(archive):
            article = archive.get(article_id)
            return suggested_tags(archive.key_terms(article_id), known, article.tags)

        def show(names: list[str]) -> None:
            if self.dialog is popup and popup.isVisible():
                popup.set_suggestions(names)

        self.session.read(work, show, lambda _error: None)

    def untag(self) -> None:
        """Shift+T: remove tags; completion offers the tags the selection carries."""
        ids = self._targets()
        if not ids:
            return
        current = sorted({t for i in ids if (h := self._hit(i)) for t in h.tags}, key=str.casefold)
        popup = TagPopup(
            current or self.tag_names, len(ids), remove=True, current=current, parent=self.window
        )
        popup.accepted.connect(lambda: self._apply(ids, remove=popup.names()))
        self._open(popup)

    def _hit(self, article_id: int):
        row = self.search.model.row_of(article_id)
        return self.search.model.hit(row) if row >= 0 else None

    def _apply(self, ids: list[int], add: list[str] = (), remove: list[str] = ()) -> None:
        if add or remove:
            self.session.undo.push(TagCommand(self.session, ids, add=add, remove=remove))

    # -- details ---------------------------------------------------------------------------

    def edit_metadata(self) -> None:
        """E: edit the current clipping's details; with several selected, the fields that
        make sense across them all (a batch edit)."""
        ids = self._targets()
        if not ids or not self.session.ready:
            return
        if len(ids) > 1:
            self.session.read(
                lambda archive: shared_values(archive.get_many_plain(ids)),
                lambda shared: self._batch_loaded(ids, shared),
            )
            return
        self.session.read(lambda archive: archive.get(ids[0]), self._edit_loaded)

    def _batch_loaded(self, ids: list[int], shared: dict) -> None:
        dialog = BatchEditDialog(len(ids), shared, self.tag_names, self.window)
        dialog.accepted.connect(lambda: self._save_batch(ids, dialog))
        self._open(dialog)

    def _save_batch(self, ids: list[int], dialog: BatchEditDialog) -> None:
        changes, add = dialog.changes(), dialog.added_tags()
        if changes or add:
            self.session.undo.push(BatchEditCommand(self.session, ids, changes, add))

    def _edit_loaded(self, article: Article) -> None:
        dialog = MetadataDialog(article, self.window)
        dialog.accepted.connect(lambda: self._save_edit(article, dialog.changes()))
        self._open(dialog)

    def _save_edit(self, article: Article, changes: dict) -> None:
        if changes and article.id is not None:
            self.session.undo.push(EditCommand(self.session, article.id, changes))

    def save_notes(self, article_id: int, text: str) -> None:
        self.session.undo.push(EditCommand(self.session, article_id, {"notes": text}, "Edit notes"))

    # -- trash ---------------------------------------------------------------------------------

    def delete(self) -> None:
        """Del: move to the trash (undoable); in the trash itself, nothing to do."""
        ids = self._targets()
        if not ids:
            return
        if self.search.mode == "trash":
            self.session.message.emit("Already in the trash — Empty Trash deletes for good")
            return
        row = self.search.view.table.currentIndex().row()
        self.search.model.remove_ids(ids)
        self.search.view.select_row(min(row, self.search.model.rowCount() - 1))
        self.session.undo.push(DeleteCommand(self.session, ids))

    def restore(self) -> None:
        ids = self._targets()
        if ids and self.search.mode == "trash":
            self.search.model.remove_ids(ids)
            self.session.undo.push(RestoreCommand(self.session, ids))

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self.window,
            "Empty Trash",
            "Delete the clippings in the trash for good? This cannot be undone.",
        )
        if answer == QMessageBox.StandardButton.Yes and self.session.ready:
            self.session.write(
                lambda archive: archive.empty_trash(), self._emptied, label="Emptying the trash"
            )

    def _emptied(self, count: int) -> None:
        self.session.message.emit(f"Deleted {count:,} clippings for good")
        if self.search.mode == "trash":
            self.search.show_ids([], "<b>Trash</b>  ·  empty", mode="trash")

    def undo(self) -> None:
        self.session.undo.undo()

    def redo(self) -> None:
        self.session.undo.redo()

    def tag_manager(self) -> None:
        from app.gui.controllers.tag_manager import TagManagerController

        if self.session.refuse_until_open("manage tags"):
            return
        manager = TagManagerController(self.session, self.window, self)
        manager.open()
        self.dialog = manager.dialog
        self.dialog_opened.emit(manager.dialog)

    # -- keeping the views current ------------------------------------------------------------

    def _reread(self, ids: list) -> None:
        """The changed rows as stored now, on the quick lane (the read pool may be busy
        with facet counts); the rows keep what they show until then, no "Loading…"."""
        model = self.search.model
        shown = [i for i in ids if model.row_of(i) >= 0]
        if not shown or not self.session.ready:
            return
        query = model.query
        self.session.read_now(
            lambda archive: archive.hits(shown, query),
            lambda hits: model.query == query and model.update_hits(hits),
            lambda _error: model.refresh_ids(shown),
        )

    def _changed(self, ids: list, kind: str) -> None:
        model, trash = self.search.model, self.search.mode == "trash"
        if kind in ("tagged", "edited"):
            self._reread(ids)
            if self.search.mode == "search" and affects(self.search.model.query, kind):
                self.search.refresh()  # tag:Watch after Watch came off: rows leave, count too
            else:
                self.search.refresh_facets()
        elif (kind == "deleted" and not trash) or (kind == "restored" and trash):
            model.remove_ids(ids)  # already gone from this list (or going): no new search
            self.search.refresh_facets()
        elif kind == "restored":
            self.search.refresh()  # undo of a delete: the rows come back
        elif kind == "deleted":
            self.trash_reload.emit()  # undo of a restore, seen from the trash


def affects(query: str, kind: str) -> bool:
    """Whether a change of this kind can change what ``query`` finds: a tag change a
    query naming tags, an edit any query but the empty one."""
    if kind == "tagged":
        return bool(re.search(r"(?:^|[\s(-])tags?:", query, re.IGNORECASE))
    return bool(query.strip())
