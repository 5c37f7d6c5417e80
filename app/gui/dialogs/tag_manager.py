"""The tag manager's view: the tag tree with counts and colours, and its buttons.

Tags are hierarchical by name ("Topics/Energy"): the tree has a node for every level,
also for a parent no clipping carries itself ("Topics"); a parent counts the clippings
carrying it or a tag under it, each once (what "tag:Topics" finds). F2
renames a node in place (its last part; the whole name moves with the button), Del
deletes it, Ctrl+Z / Ctrl+Shift+Z undo and redo here as in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
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

NameRole = Qt.ItemDataRole.UserRole
#: a node no clipping carries itself (a parent level over its tags), shown in italics
GroupRole = Qt.ItemDataRole.UserRole + 1
OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_F2)


class TagTree(QTreeWidget):
    """F2 edits the current node's name in place, Del asks to delete it."""

    delete_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in OWN_KEYS
            and not event.modifiers()
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()  # a key for this tree, not a shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in OWN_KEYS and not event.modifiers() and item is not None:
            if event.key() == Qt.Key.Key_F2:
                self.editItem(item, 0)
            else:
                self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class TagManagerDialog(QDialog):
    rename_requested = Signal(str)
    #: F2's edit: the tag's full name and the full name it gets
    renamed_in_place = Signal(str, str)
    delete_requested = Signal(str)
    color_requested = Signal(str)
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle("Manage Tags")
        self.tree = TagTree(self)
        self.tree.setHeaderLabels(["Tag", "Clippings"])
        self.tree.setColumnWidth(0, 300)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.delete_pressed.connect(lambda: self._emit(self.delete_requested))
        self.tree.itemChanged.connect(self._edited)
        #: the name to select at the next ``set_tags`` (a node just renamed)
        self.follow = ""
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
        for keys, signal in (
            (QKeySequence.StandardKey.Undo, self.undo_requested),
            (QKeySequence.StandardKey.Redo, self.redo_requested),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(signal)
            self.addAction(action)
        self.tree.itemDoubleClicked.connect(lambda *_a: self._emit(self.rename_requested))
        self.resize(520, 520)

    def set_tags(self, tags: list[Tag], under: dict[str, int] | None = None) -> None:
        """The tree of ``tags``; ``under`` counts the clippings carrying a parent level or
        a tag under it (each once), what a search for the parent finds."""
        current = self.follow or self.selected()
        self.follow = ""
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        own = {tag.name: tag for tag in tags}
        colors: dict[str, str] = {}  # its own or its parent's, as the chips are drawn
        for name in sorted(_with_parents(own), key=str.casefold):
            parent_name, _, leaf = name.rpartition("/")
            tag = own.get(name)
            count = (under or {}).get(name, tag.count if tag else None)
            item = QTreeWidgetItem([leaf, "" if count is None else f"{count:,}"])
            item.setData(0, NameRole, name)
            carried = tag is not None and tag.count > 0
            item.setData(0, GroupRole, not carried)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            colors[name] = (tag.color if tag else None) or colors.get(parent_name, "")
            item.setIcon(0, _swatch(colors[name] or default_tag_color(name)))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            if not carried:  # a level over its tags, or one whose clippings are trashed
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            parent = items.get(parent_name)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[name] = item
        self.tree.expandAll()
        chosen = items.get(current)
        if chosen is None and items:
            chosen = self.tree.topLevelItem(0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)

    def selected(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, NameRole) if item is not None else ""

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        """An in-place edit of a node's last part: the same parent, the typed name."""
        old = item.data(0, NameRole)
        if column != 0 or not old:
            return
        parent, _, leaf = old.rpartition("/")
        typed = "/".join(p.strip() for p in item.text(0).split("/")).strip("/")
        self.tree.blockSignals(True)
        item.setText(0, leaf)  # until the archive has it: the reload shows the new name
        self.tree.blockSignals(False)
        if typed and typed != leaf:
            self.renamed_in_place.emit(old, f"{parent}/{typed}" if parent else typed)

    def _emit(self, signal) -> None:
        name = self.selected()
        if name:
            signal.emit(name)


def _with_parents(names) -> set[str]:
    """The names and every parent level above them ("Topics/Energy" gives "Topics")."""
    found: set[str] = set()
    for name in names:
        parts = name.split("/")
        found.update("/".join(parts[:depth]) for depth in range(1, len(parts) + 1))
    return found


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
