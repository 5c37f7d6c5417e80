"""The shortcut sheet (F1, Ctrl+/): every action's keys, read from ``actions.ACTIONS``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.actions import ACTIONS, CONTEXT_KEYS, shortcut_text


def sheet_rows() -> list[tuple[str, str, str]]:
    """(group, keys, what) for every action with a shortcut, then the widget keys."""
    rows = [
        (spec.menu.replace("&", ""), shortcut_text(spec), spec.text.replace("&", ""))
        for spec in ACTIONS
        if spec.shortcuts
    ]
    return rows + list(CONTEXT_KEYS)


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle("Keyboard Shortcuts")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter shortcuts")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, text in sheet_rows():
            parent = groups.get(group)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [group, ""])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[group] = parent
            QTreeWidgetItem(parent, [text.rstrip("…"), keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 640)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            visible = 0
            for j in range(group.childCount()):
                child = group.child(j)
                hit = needle in child.text(0).casefold() or needle in child.text(1).casefold()
                child.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)
