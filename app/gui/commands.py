"""Undoable operations: each redo/undo is one write on the task manager's writer thread.

The writer runs tasks in order, so an undo always runs after the redo it reverts, and what
a redo returns (the exact tag change, the old field values) is there when its undo runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from app.archive import Archive, TagChange, TagState
from app.gui.session import Session


class ArchiveCommand(QUndoCommand):
    kind = "edited"

    def __init__(self, session: Session, text: str, ids: Sequence[int]) -> None:
        super().__init__(text)
        self.session = session
        self.ids = list(ids)
        self.failed = False

    def redo(self) -> None:
        self.session.write(self._redo, lambda _r: self._done(False), self._error, label=self.text())

    def undo(self) -> None:
        if not self.failed:
            self.session.write(
                self._undo, lambda _r: self._done(True), self._error, label=f"Undo {self.text()}"
            )

    def _done(self, undone: bool) -> None:
        self.session.changed.emit(self.ids, self.changed_kind(undone))

    def changed_kind(self, _undone: bool) -> str:
        return self.kind

    def _error(self, error: BaseException) -> None:
        self.failed = True
        self.setObsolete(True)
        self.session.tasks.failed.emit(str(error))

    def _redo(self, archive: Archive) -> None:
        raise NotImplementedError

    def _undo(self, archive: Archive) -> None:
        raise NotImplementedError


class TagCommand(ArchiveCommand):
    kind = "tagged"

    def __init__(
        self,
        session: Session,
        ids: Sequence[int],
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
    ) -> None:
        names = ", ".join([*add, *remove])
        count = f"{len(ids)} clipping{'s' if len(ids) != 1 else ''}"
        verb = "Tag" if add else "Untag"
        super().__init__(session, f"{verb} {count} “{names}”", ids)
        self.add, self.remove = list(add), list(remove)
        self.change: TagChange | None = None

    def redo(self) -> None:
        self.session.retagging.emit(self.ids, self.add, self.remove)
        super().redo()

    def undo(self) -> None:
        if not self.failed:
            self.session.retagging.emit(self.ids, self.remove, self.add)
        super().undo()

    def _redo(self, archive: Archive) -> None:
        self.change = archive.tag(self.ids, add=self.add, remove=self.remove)

    def _undo(self, archive: Archive) -> None:
        if self.change is not None:
            archive.undo_tag(self.change)

    def _done(self, undone: bool) -> None:
        super()._done(undone)
        self.session.tags_changed.emit()


class RenameTagCommand(ArchiveCommand):
    """Rename, move or merge a tag (``new``) or delete it (``new`` None) on every clipping
    carrying it or a tag under it; undo puts the tags under both names back as they were
    (colours, and the clippings of a tag merged into), not a rename back, which would
    merge them for good."""

    kind = "tagged"

    def __init__(self, session: Session, name: str, new: str | None = None) -> None:
        text = f"Delete tag “{name}”" if new is None else f"Rename tag “{name}” to “{new}”"
        super().__init__(session, text, [])
        self.name, self.new = name, new
        self.state: TagState | None = None

    def _redo(self, archive: Archive) -> None:
        self.state = archive.tag_state([self.name] if self.new is None else [self.name, self.new])
        self.ids = self.state.article_ids  # read by _done once this write is in
        if self.new is None:
            archive.delete_tag(self.name)
        else:
            archive.rename_tag(self.name, self.new)

    def _undo(self, archive: Archive) -> None:
        if self.state is not None:
            archive.restore_tag_state(self.state)

    def _done(self, undone: bool) -> None:
        super()._done(undone)
        self.session.tags_changed.emit()
        self.session.searches_changed.emit()  # a rename rewrites the saved searches naming it
        count = f"{len(self.ids):,} clipping{'s' if len(self.ids) != 1 else ''}"
        self.session.message.emit(
            f"Undone: {self.text()}" if undone else f"{self.text()} on {count}"
        )


class EditCommand(ArchiveCommand):
    def __init__(self, session: Session, article_id: int, changes: dict, text: str = "") -> None:
        label = text or f"Edit {', '.join(sorted(changes))}"
        super().__init__(session, label, [article_id])
        self.changes = dict(changes)
        self.old: dict | None = None

    def _redo(self, archive: Archive) -> None:
        self.old = archive.update(self.ids[0], self.changes)

    def _undo(self, archive: Archive) -> None:
        if self.old is not None:
            archive.update(self.ids[0], self.old)


class BatchEditCommand(ArchiveCommand):
    """The same fields set and tags added on several clippings: one write, one undo step
    that gives each clipping its own old values back and takes off only the tags this
    added (not one it carried already)."""

    def __init__(
        self, session: Session, ids: Sequence[int], changes: dict, add: Sequence[str] = ()
    ) -> None:
        count = f"{len(ids):,} clipping{'s' if len(ids) != 1 else ''}"
        what = ", ".join([*sorted(changes), *(["tags"] if add else [])])
        super().__init__(session, f"Edit {what} of {count}", ids)
        self.changes, self.add = dict(changes), list(add)
        self.old: dict[int, dict] = {}
        self.change: TagChange | None = None

    def _redo(self, archive: Archive) -> None:
        if self.changes:
            self.old = archive.update_many({i: self.changes for i in self.ids})
        if self.add:
            self.change = archive.tag(self.ids, add=self.add)

    def _undo(self, archive: Archive) -> None:
        if self.change is not None:
            archive.undo_tag(self.change)
        if self.old:
            archive.update_many(self.old)

    def _done(self, undone: bool) -> None:
        super()._done(undone)
        if self.add:
            self.session.tags_changed.emit()


class DeleteCommand(ArchiveCommand):
    kind = "deleted"

    def __init__(self, session: Session, ids: Sequence[int]) -> None:
        count = f"{len(ids)} clipping{'s' if len(ids) != 1 else ''}"
        super().__init__(session, f"Move {count} to the trash", ids)

    def _redo(self, archive: Archive) -> None:
        archive.delete(self.ids)

    def _undo(self, archive: Archive) -> None:
        archive.restore(self.ids)

    def changed_kind(self, undone: bool) -> str:
        return "restored" if undone else "deleted"


class RestoreCommand(DeleteCommand):
    def __init__(self, session: Session, ids: Sequence[int]) -> None:
        super().__init__(session, ids)
        self.setText(f"Restore {len(ids)} clipping{'s' if len(ids) != 1 else ''}")

    def _redo(self, archive: Archive) -> None:
        archive.restore(self.ids)

    def _undo(self, archive: Archive) -> None:
        archive.delete(self.ids)

    def changed_kind(self, undone: bool) -> str:
        return "deleted" if undone else "restored"


class SavedSearchCommand(QUndoCommand):
    """Delete (``new`` None) or rename a saved search; undo puts it back as it was."""

    def __init__(self, session: Session, name: str, query: str, new: str | None = None) -> None:
        text = f"Delete saved search “{name}”" if new is None else f"Rename saved search “{name}”"
        super().__init__(text)
        self.session, self.name, self.query, self.new = session, name, query, new

    def redo(self) -> None:
        name, new = self.name, self.new
        if new is None:
            self._write(lambda archive: archive.delete_saved_search(name))
        else:
            self._write(lambda archive: archive.rename_saved_search(name, new))

    def undo(self) -> None:
        name, query, new = self.name, self.query, self.new
        if new is None:
            self._write(lambda archive: archive.save_search(name, query))
        else:
            self._write(lambda archive: archive.rename_saved_search(new, name))

    def _write(self, work) -> None:
        self.session.write(
            work,
            lambda _none: self.session.searches_changed.emit(),
            self._error,
            label=self.text(),
        )

    def _error(self, error: BaseException) -> None:
        self.setObsolete(True)
        self.session.searches_changed.emit()
        self.session.tasks.failed.emit(str(error))
