"""The tag manager's view: the tag tree with counts and colours, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.models.results import default_tag_color
from app.model import Tag


class TagManagerDialog(QDialog):
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    color_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle("Manage Tags")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Tag", "Clippings"])
        self.tree.setColumnWidth(0, 300)
        buttons = QHBoxLayout()
        for text, signal in (
            ("Rename / Move / Merge…", self.rename_requested),
            ("Colour…", self.color_requested),
            ("Delete", self.delete_requested),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=signal: self._emit(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.tree.itemDoubleClicked.connect(lambda *_a: self._emit(self.rename_requested))
        self.resize(520, 520)

    def set_tags(self, tags: list[Tag]) -> None:
        current = self.selected()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for tag in sorted(tags, key=lambda t: t.name.casefold()):
            parent_name, _, leaf = tag.name.rpartition("/")
            parent = items.get(parent_name)
            item = QTreeWidgetItem([leaf if parent else tag.name, f"{tag.count:,}"])
            item.setData(0, Qt.ItemDataRole.UserRole, tag.name)
            item.setIcon(0, _swatch(tag.color or default_tag_color(tag.name)))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[tag.name] = item
            if tag.name == current:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()

    def selected(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ""

    def _emit(self, signal) -> None:
        name = self.selected()
        if name:
            signal.emit(name)


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
