"""The tag manager: rename (a ``Parent/Child`` name moves a tag in the hierarchy; an
existing name merges), delete and colour tags. Each change is one archive write."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui.dialogs import asking
from app.gui.dialogs.tag_manager import TagManagerDialog
from app.gui.session import Session


class TagManagerController(QObject):
    def __init__(self, session: Session, window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.dialog = TagManagerDialog(window)
        self.asked: QWidget | None = None  # a name or colour being asked for
        self.dialog.rename_requested.connect(self.rename)
        self.dialog.delete_requested.connect(self.delete)
        self.dialog.color_requested.connect(self.color)
        self.dialog.finished.connect(lambda _code: self.deleteLater())
        session.tags_changed.connect(self.reload)

    def open(self) -> None:
        self.reload()
        self.dialog.open()

    def reload(self) -> None:
        if self.session.ready:
            self.session.read(lambda archive: archive.tags(), self.dialog.set_tags)

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
        new = new.strip().strip("/")
        if new and new != name:
            self.session.write(
                lambda archive: archive.rename_tag(name, new),
                self._written(f"Renamed “{name}” to “{new}”"),
                label="Renaming",
            )

    def delete(self, name: str, confirm: bool = True) -> None:
        if (
            confirm
            and QMessageBox.question(
                self.dialog, "Delete Tag", f"Remove the tag “{name}” from every clipping?"
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.session.write(
            lambda archive: archive.delete_tag(name),
            self._written(f"Deleted the tag “{name}”"),
            label="Deleting a tag",
        )

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
