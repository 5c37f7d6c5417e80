"""The tag manager: rename (a ``Parent/Child`` name moves a tag in the hierarchy; an
existing name merges), delete and colour tags. Each change is one archive write."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox, QWidget

from app.gui.dialogs.tag_manager import TagManagerDialog
from app.gui.session import Session


class TagManagerController(QObject):
    def __init__(self, session: Session, window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.dialog = TagManagerDialog(window)
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
        if new is None:
            new, ok = QInputDialog.getText(
                self.dialog,
                "Rename Tag",
                "New name (use Parent/Child for the hierarchy; an existing name merges):",
                text=name,
            )
            if not ok:
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
            chosen = QColorDialog.getColor(QColor("#9fc5e8"), self.dialog, f"Colour of {name}")
            if not chosen.isValid():
                return
            color = chosen.name()
        self.session.write(
            lambda archive: archive.set_tag_color(name, color), self._written(f"Coloured “{name}”")
        )
