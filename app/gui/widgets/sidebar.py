"""The sidebar tree (saved searches, facets, trash); keeps expansion across rebuilds.

Top-level tags open to show their children unless they have many (or the user closed
them), so every facet section below the tags stays a few rows away."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from app.gui.models.facets import FacetModel, FieldRole, KindRole, ValueRole

#: a top-level tag with more children than this starts collapsed: a Reuters import's
#: Places (about 170 countries) pushed Sources, Languages and Years off the screen
OPEN_TAG_LIMIT = 12


class SidebarView(QWidget):
    facet_clicked = Signal(str, str)  # field, value
    saved_clicked = Signal(str)  # query
    trash_clicked = Signal()
    saved_delete_requested = Signal(str)  # name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.model = FacetModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("sidebarTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(14)
        self.tree.setAnimated(False)
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self._collapsed: set[str] = {"sources", "years"}
        self._expanded_tags: set[str] = set()
        self._collapsed_tags: set[str] = set()
        self.tree.collapsed.connect(lambda i: self._remember(i, False))
        self.tree.expanded.connect(lambda i: self._remember(i, True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._restoring = False

    def rebuild(
        self, facets: dict, saved: list[tuple[str, str]], query: str, trash_count: int
    ) -> None:
        self._restoring = True
        self.model.rebuild(facets, saved, query, trash_count)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            key = index.data(ValueRole)
            self.tree.setExpanded(index, key not in self._collapsed)
            if key == "tags":
                for row in range(self.model.rowCount(index)):  # small top-level tags open
                    child = self.model.index(row, 0, index)
                    tag = child.data(ValueRole)
                    small = self.model.rowCount(child) <= OPEN_TAG_LIMIT
                    if tag in self._expanded_tags or (small and tag not in self._collapsed_tags):
                        self.tree.setExpanded(child, True)
                self._expand_tags(index)
        self._restoring = False

    def _expand_tags(self, parent: QModelIndex) -> None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.data(ValueRole) in self._expanded_tags:
                self.tree.setExpanded(index, True)
                self._expand_tags(index)

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        if self._restoring:
            return
        key = index.data(ValueRole)
        if index.data(KindRole) == "section":
            (self._collapsed.discard if expanded else self._collapsed.add)(key)
        else:
            (self._expanded_tags.add if expanded else self._expanded_tags.discard)(key)
            (self._collapsed_tags.discard if expanded else self._collapsed_tags.add)(key)

    def _clicked(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        kind = index.data(KindRole)
        if kind == "facet":
            self.facet_clicked.emit(index.data(FieldRole), index.data(ValueRole))
        elif kind == "saved":
            self.saved_clicked.emit(index.data(ValueRole))
        elif kind == "trash":
            self.trash_clicked.emit()

    def _context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.tree.indexAt(pos).siblingAtColumn(0)
        if index.data(KindRole) != "saved":
            return
        menu = QMenu(self)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        menu.addAction(
            f"Delete Saved Search “{name}”", lambda: self.saved_delete_requested.emit(name)
        )
        menu.exec(self.tree.viewport().mapToGlobal(pos))
