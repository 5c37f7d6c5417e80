"""The sidebar tree (saved searches, facets, trash); keeps expansion across rebuilds.

Top-level tags open to show their children unless they have many (or the user closed
them), so every facet section below the tags stays a few rows away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.gui.models.facets import FacetModel, FieldRole, KindRole, ValueRole

#: a top-level tag with more children than this starts collapsed: a Reuters import's
#: Places (about 170 countries) pushed Sources, Languages and Years off the screen
OPEN_TAG_LIMIT = 12


#: keys the tree answers itself while it has focus: the window's Del ("Move to Trash")
#: trashed the selected result row when a saved search was selected here
OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_F2)
#: the section headings, which the sidebar never narrows past (at 870 px it was 80 px
#: wide: icons only)
HEADINGS = ("Saved Searches", "Languages", "Sources", "Tags", "Years", "Trash")
INDENTATION = 14
ICON = 16


def _key(index: QModelIndex) -> tuple | None:
    """What an item stands for, across rebuilds: kind, field and value (in any case, as
    the search reads it: 'Watch' excluded by a typed '-tag:watch' is listed 'watch')."""
    if not index.isValid():
        return None
    index = index.siblingAtColumn(0)
    value = index.data(ValueRole)
    return (
        index.data(KindRole),
        index.data(FieldRole),
        value.casefold() if isinstance(value, str) else value,
    )


def _top(index: QModelIndex) -> QModelIndex:
    while index.isValid() and index.parent().isValid():
        index = index.parent()
    return index


class SidebarTree(QTreeView):
    """Del and F2 act on the tree's current item, not on the results behind it."""

    delete_pressed = Signal(QModelIndex)
    rename_pressed = Signal(QModelIndex)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in OWN_KEYS
            and not event.modifiers()
        ):
            event.accept()  # a key press for this tree, not the window's shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OWN_KEYS and not event.modifiers():
            index = self.currentIndex().siblingAtColumn(0)
            if event.key() == Qt.Key.Key_Delete:
                self.delete_pressed.emit(index)
            else:
                self.rename_pressed.emit(index)
            return
        super().keyPressEvent(event)


class SidebarView(QWidget):
    facet_clicked = Signal(str, str)  # field, value
    saved_clicked = Signal(str)  # query
    trash_clicked = Signal()
    saved_delete_requested = Signal(str)  # name
    saved_rename_requested = Signal(str)  # name
    #: a key the sidebar has no use for on its current item (Del on a facet): say so
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.model = FacetModel(self)
        self.tree = SidebarTree(self)
        self.tree.setObjectName("sidebarTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(INDENTATION)
        self.tree.setAnimated(False)
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(4)  # the count column as wide as its counts, or nothing
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.delete_pressed.connect(lambda i: self._saved_key(i, self.saved_delete_requested))
        self.tree.rename_pressed.connect(lambda i: self._saved_key(i, self.saved_rename_requested))
        self._collapsed: set[str] = {"sources", "years"}
        self._expanded_tags: set[str] = set()
        self._collapsed_tags: set[str] = set()
        self.tree.collapsed.connect(lambda i: self._remember(i, False))
        self.tree.expanded.connect(lambda i: self._remember(i, True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._restoring = False

    def readable_width(self) -> int:
        """The narrowest the sidebar may be: its widest section heading whole (bold, with
        its branch arrow and icon) beside the scroll bar that many tags bring."""
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        heading = max(QFontMetrics(bold).horizontalAdvance(h) for h in HEADINGS)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # branch arrow, icon, the gap after it and the item's padding (2 + 2), a spare
        return INDENTATION + ICON + 4 + heading + 4 + 4 + scroll_bar

    def rebuild(
        self, facets: dict, saved: list[tuple[str, str]], query: str, trash_count: int
    ) -> None:
        self._restoring = True
        current = _key(self.tree.currentIndex())
        section = _key(_top(self.tree.currentIndex()))
        self.model.rebuild(facets, saved, query, trash_count)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            key = index.data(ValueRole)
            # a heading has no count: its name may use the count's column too
            section = index.data(KindRole) == "section"
            self.tree.setFirstColumnSpanned(row, index.parent(), section)
            self.tree.setExpanded(index, key not in self._collapsed)
            if key == "tags":
                for row in range(self.model.rowCount(index)):  # small top-level tags open
                    child = self.model.index(row, 0, index)
                    tag = child.data(ValueRole)
                    small = self.model.rowCount(child) <= OPEN_TAG_LIMIT
                    if tag in self._expanded_tags or (small and tag not in self._collapsed_tags):
                        self.tree.setExpanded(child, True)
                self._expand_tags(index)
        if current is not None:  # the keys stay where they were (Enter on a facet, again),
            # else on its section (an excluded value no match has left is not listed)
            found = self._find(current, QModelIndex()) or self._find(section, QModelIndex())
            if found is not None:
                self.tree.setCurrentIndex(found)
        self._restoring = False

    def _find(self, key: tuple, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if _key(index) == key:
                return index
            found = self._find(key, index)
            if found is not None:
                return found
        return None

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

    def _saved_key(self, index: QModelIndex, signal) -> None:
        if index.data(KindRole) == "saved":
            signal.emit(index.data(Qt.ItemDataRole.DisplayRole))
        else:
            self.refused.emit("Del and F2 here act on saved searches; select one first")

    def _context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.tree.indexAt(pos).siblingAtColumn(0)
        if index.data(KindRole) != "saved":
            return
        menu = QMenu(self)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        menu.addAction(
            f"Rename Saved Search “{name}”…  (F2)", lambda: self.saved_rename_requested.emit(name)
        )
        menu.addAction(
            f"Delete Saved Search “{name}”  (Del)", lambda: self.saved_delete_requested.emit(name)
        )
        menu.exec(self.tree.viewport().mapToGlobal(pos))
