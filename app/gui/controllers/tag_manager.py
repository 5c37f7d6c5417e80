"""The tag manager: rename (a ``Parent/Child`` name moves a tag in the hierarchy; an
existing name merges), delete and colour tags. Each change is one archive write; a
rename or delete is an undo step (Ctrl+Z in the dialog or the window)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.archive import Archive
from app.gui.commands import RenameTagCommand
from app.gui.dialogs import asking
from app.gui.dialogs.tag_manager import NameRole, TagManagerDialog
from app.gui.session import Session
from app.model import Tag


class TagManagerController(QObject):
    def __init__(self, session: Session, window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.dialog = TagManagerDialog(window)
        self.asked: QWidget | None = None  # a name or colour being asked for
        self.dialog.rename_requested.connect(self.rename)
        self.dialog.renamed_in_place.connect(self.rename)
        self.dialog.undo_requested.connect(session.undo.undo)
        self.dialog.redo_requested.connect(session.undo.redo)
        self.dialog.delete_requested.connect(self.delete)
        self.dialog.color_requested.connect(self.color)
        self.dialog.finished.connect(lambda _code: self.deleteLater())
        session.tags_changed.connect(self.reload)

    def open(self) -> None:
        self.reload()
        self.dialog.open()

    def reload(self) -> None:
        if self.session.ready:
            self.session.read(_tags_and_groups, lambda found: self.dialog.set_tags(*found))

    def _written(self, message: str):
        def done(_result) -> None:
            self.session.message.emit(message)
            self.session.tags_changed.emit()
            self.session.changed.emit([], "edited")

        return done

    def rename(self, name: str, new: str | None = None) -> None:
        """The new name is asked for without a nested loop (see dialogs.asking)."""
        if new is None:
            self.asked = asking.ask_text(
                self.dialog,
                "Rename Tag",
                "New name (use Parent/Child for the hierarchy; an existing name merges):",
                name,
                lambda typed: self.rename(name, typed),
            )
            return
        new = "/".join(part.strip() for part in new.split("/")).strip("/")
        if new and new != name and self.session.ready:
            self.dialog.follow = new
            self.session.undo.push(RenameTagCommand(self.session, name, new))

    def delete(self, name: str, confirm: bool = True) -> None:
        """Asks first, naming how many clippings carry the tag (or one under it)."""
        if not self.session.ready:
            return
        if not confirm:
            self.session.undo.push(RenameTagCommand(self.session, name))
            return
        self.session.read(
            lambda archive: len(archive.tag_carriers(name)),
            lambda count: self._confirm_delete(name, count),
        )

    def _confirm_delete(self, name: str, count: int) -> None:
        carried = f"{count:,} clipping{'s' if count != 1 else ''}"
        under = " and the tags under it" if self._has_children(name) else ""
        self.asked = asking.ask_confirm(
            self.dialog,
            "Delete Tag",
            f"Remove the tag “{name}”{under} from {carried}? Ctrl+Z brings it back.",
            "Delete",
            lambda: self.delete(name, confirm=False),
        )

    def _has_children(self, name: str) -> bool:
        item = self.dialog.tree.currentItem()
        return item is not None and item.data(0, NameRole) == name and item.childCount() > 0

    def color(self, name: str, color: str | None = None) -> None:
        if color is None:
            self.asked = asking.ask_color(
                self.dialog,
                f"Colour of {name}",
                QColor("#9fc5e8"),
                lambda chosen: self.color(name, chosen),
            )
            return
        self.session.write(
            lambda archive: archive.set_tag_color(name, color), self._written(f"Coloured “{name}”")
        )


def _tags_and_groups(archive: Archive) -> tuple[list[Tag], dict[str, int]]:
    """The tags, and for each level the clippings carrying it or a tag under it."""
    return archive.tags(), archive.tag_counts_under()
