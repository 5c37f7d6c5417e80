"""The results table plus its header line (hit count, timing, sort order), a "did you
mean" line for searches that find little, and an empty state for those that find nothing."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.models.results import IdRole, ResultsModel
from app.gui.widgets.column_fit import ColumnFit
from app.gui.widgets.delegates import TagChipsDelegate, TitleSnippetDelegate
from app.gui.widgets.empty_state import EmptyState

SORT_CHOICES = (
    ("relevance", "Relevance"),
    ("date", "Date ↓"),
    ("oldest", "Date ↑"),
    ("source", "Source"),
    ("title", "Title"),
)
#: a column that hides when no result has a value: the facet counting results without one
EMPTY_FACETS = {1: "years", 2: "sources"}
SORT_TIPS = {
    "date": "Newest first (Ctrl+Shift+D: oldest first)",
    "oldest": "Oldest first (Ctrl+Shift+D: newest first)",
}


class ResultsTable(QTableView):
    """Enter opens the reader; everything else is a normal, fast table."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            index = self.currentIndex()
            if index.isValid():
                self.activated_row.emit(index.row())
                return
        super().keyPressEvent(event)


def suggestion_html(suggestion: str) -> str:
    """``Did you mean: <link>?`` — the link's target is the corrected query itself."""
    quoted = html.escape(suggestion, quote=True)
    return (
        f"Did you mean: <a href=\"{quoted}\" style='font-weight:600'>{quoted}</a>?"
        "&nbsp;&nbsp;<span style='color:#8a8a8a'>Ctrl+D</span>"
    )


class ResultsView(QWidget):
    sort_chosen = Signal(str)
    #: the user clicked the "did you mean" link: the corrected query
    suggestion_chosen = Signal(str)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.summary = QLabel("", self)
        self.summary.setObjectName("resultSummary")
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortBox")
        for key, label in SORT_CHOICES:
            self.sort_box.addItem(label, key)
        self.sort_box.setToolTip("Sort order")
        self.sort_box.activated.connect(lambda i: self.sort_chosen.emit(self.sort_box.itemData(i)))
        top = QHBoxLayout()
        top.setContentsMargins(10, 6, 8, 6)
        top.addWidget(self.summary, 1)
        sort_label = QLabel("Sort by", self)
        sort_label.setObjectName("dimLabel")
        top.addWidget(sort_label)
        top.addWidget(self.sort_box)

        self.suggestion = QLabel("", self)
        self.suggestion.setObjectName("suggestionLine")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestion.linkActivated.connect(self.suggestion_chosen)
        self.suggestion.hide()

        self.table = ResultsTable(self)
        self.table.setObjectName("resultsTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Tab leaves the list (for the reader, the notes, the sidebar): a table's Tab moved
        # the current cell along the row, invisible with whole rows selected, so the keys
        # never got out of the list
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() * 2 + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        metrics = self.fontMetrics()
        # the title takes what is left; the others are as wide as their usual contents
        header.resizeSection(1, metrics.horizontalAdvance("2025-12-31") + 22)
        header.resizeSection(2, metrics.horizontalAdvance("Kazinform ·") + 22)
        header.resizeSection(3, metrics.horizontalAdvance("Kazakhstan  Trade") + 24)
        header.resizeSection(4, metrics.horizontalAdvance("Lang") + 22)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.column_fit = ColumnFit(self.table)  # after the widths above: the preferred ones
        self.table.setSortingEnabled(True)
        self.table.setItemDelegateForColumn(0, TitleSnippetDelegate(self.table))
        self.table.setItemDelegateForColumn(3, TagChipsDelegate(model.tag_color, self.table))

        self.empty = EmptyState("search", "No clippings match", "", self)
        self.empty.link_activated.connect(self.suggestion_chosen)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.stack, 1)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def set_suggestion(self, suggestion: str | None) -> None:
        """Offer a corrected query above the results, or in the empty state when there are
        none; ``None`` takes the offer away."""
        text = suggestion_html(suggestion) if suggestion else ""
        self.suggestion.setText(text)
        self.suggestion.setVisible(bool(text) and not self.empty_shown)
        self.empty.set_link(text)

    def set_empty(self, title: str | None, text: str = "") -> None:
        """Show an empty state instead of the table (``None``: the table again)."""
        if title is None:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty.set_text(title, text)
            self.stack.setCurrentWidget(self.empty)
        self.suggestion.setVisible(bool(self.suggestion.text()) and not self.empty_shown)

    @property
    def empty_shown(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def hide_empty_columns(self, missing: dict[str, int], total: int) -> None:
        """Date and Source hide when none of the ``total`` results has one (``missing``:
        the facets' count of results without a value, by facet); a fixed list (no
        facets) shows them."""
        self.column_fit.hide_empty(
            {
                column
                for column, facet in EMPTY_FACETS.items()
                if total and missing.get(facet, 0) >= total
            }
        )

    def set_sort(self, key: str, descending: bool = False) -> None:
        """Show the sort in the box: dates with their arrow (↓ newest first), source and
        title with ↓ when a header click reversed them (Z→A)."""
        index = self.sort_box.findData(key)
        if index >= 0:
            for i, (choice, label) in enumerate(SORT_CHOICES):
                reversed_text = choice == key and choice in ("source", "title") and descending
                arrow = " ↓" if reversed_text else ""
                self.sort_box.setItemText(i, label + arrow)
            self.sort_box.setCurrentIndex(index)
            self.sort_box.setToolTip(SORT_TIPS.get(key, "Sort order"))

    def set_sortable(self, sortable: bool) -> None:
        """Searches sort; fixed lists (the trash, an import's new clippings) do not."""
        header = self.table.horizontalHeader()
        header.setSectionsClickable(sortable)
        header.setSortIndicatorShown(sortable)
        self.sort_box.setEnabled(sortable)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The selected articles in row order; the current one when nothing is selected."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.id_at(r) for r in rows]
        chosen = [i for i in ids if i is not None]
        if not chosen and (current := self.current_id()) is not None:
            chosen = [current]
        return chosen

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def select_id(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def forward_key(self, event: QKeyEvent) -> None:
        """Arrow keys typed in the search bar move through the results."""
        if self.table.model().rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.select_row(0)
            if event.key() == Qt.Key.Key_Down:
                return
        clone = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        self.table.keyPressEvent(clone)

    def first_index(self) -> QModelIndex:
        return self.model.index(0, 0)
