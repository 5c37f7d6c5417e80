"""Which column of a CSV/JSON Lines file holds the text, the title, the date …: asked when the
importer's common names find no text column (the import would fail), with the file's
first rows to choose by. Tab moves between the fields, ↑/↓ choose a column, Enter
imports, Esc cancels."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.columns import FIELDS, Peek

#: each field as the dialog names it, with its Alt+letter
LABELS = {
    "body": "&Text",
    "title": "T&itle",
    "published": "&Date",
    "source": "&Source",
    "url": "&URL",
    "author": "&Author",
    "language": "&Language",
    "tags": "Ta&gs",
}
NONE = "(none)"
CELL_CHARS = 80  # a preview cell's text, cut (the whole cell in its tooltip)
COLUMN_WIDTH = 200
#: the preview's room in a dialog of DIALOG_WIDTH: its columns fit it when they can
DIALOG_WIDTH = 760
PREVIEW_WIDTH = DIALOG_WIDTH - 40


class ColumnMapDialog(QDialog):
    """The file's columns and first rows; a column chosen per field, pre-filled with
    ``prefill`` (what the importer takes by default, or the last choice for these
    columns). Import stays disabled until a column holds the text."""

    def __init__(
        self, peek: Peek, prefill: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnMap")
        self.setWindowTitle(f"Import {peek.path.name}")
        self.peek = peek
        heading = QLabel("Which columns hold the clippings?", self)
        heading.setObjectName("dialogHeading")
        note = QLabel(
            f"No text column was recognised in <b>{_escape(peek.path.name)}</b>. Choose "
            "the column that holds each field; the choice is kept for files with these "
            "columns.",
            self,
        )
        note.setObjectName("dimLabel")
        note.setWordWrap(True)
        self.preview = self._preview_table(peek)
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        half = (len(FIELDS) + 1) // 2
        own = {c.strip().casefold(): n for n, c in enumerate(peek.columns)}
        for n, name in enumerate(FIELDS):
            combo = QComboBox(self)
            combo.setObjectName(f"map_{name}")
            combo.addItem("— choose a column —" if name == "body" else NONE, "")
            for column in peek.columns:
                combo.addItem(column or "(unnamed)", column)
            chosen = prefill.get(name)
            if chosen is not None and chosen.strip().casefold() in own:
                combo.setCurrentIndex(own[chosen.strip().casefold()] + 1)
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._show_column(c))
            combo.installEventFilter(self)  # Tab onto a field shows its column too
            label = QLabel(LABELS[name] + ":", self)
            label.setBuddy(combo)
            row, col = n % half, (n // half) * 2
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, col + 1)
            self.combos[name] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 90)
        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.combos["body"].currentIndexChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.preview)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        previous = None
        for combo in self.combos.values():  # Tab goes down the first column, then the second
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        self._enable()
        self.combos["body"].setFocus()
        self._show_column(self.combos["body"])
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def _preview_table(self, peek: Peek) -> QTableWidget:
        table = QTableWidget(len(peek.rows), len(peek.columns), self)
        table.setObjectName("columnPreview")
        table.setHorizontalHeaderLabels([c or "(unnamed)" for c in peek.columns])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        table.setWordWrap(False)
        for r, row in enumerate(peek.rows):
            for c in range(len(peek.columns)):
                cell = row[c] if c < len(row) else ""
                flat = " ".join(cell.split())
                item = QTableWidgetItem(flat[:CELL_CHARS] + ("…" if len(flat) > CELL_CHARS else ""))
                if len(flat) > CELL_CHARS:
                    item.setToolTip(flat[:1000])
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        widths = fitted([max(table.columnWidth(c), 70) for c in range(len(peek.columns))])
        for c, width in enumerate(widths):
            table.setColumnWidth(c, width)
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        # room for the scroll bar only when the columns do not fit (no empty band under them)
        scroll = (
            table.horizontalScrollBar().sizeHint().height() if sum(widths) > PREVIEW_WIDTH else 0
        )
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows_height + frame + scroll)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QComboBox):
            self._show_column(watched)
        return False

    def _show_column(self, combo: QComboBox) -> None:
        """The chosen column stands out in the preview."""
        column = combo.currentIndex() - 1
        self.preview.clearSelection()
        if column >= 0:
            self.preview.selectColumn(column)
            if self.preview.rowCount():
                self.preview.scrollToItem(self.preview.item(0, column))

    def _enable(self) -> None:
        self.import_button.setEnabled(bool(self.combos["body"].currentData()))

    def accept(self) -> None:
        if not self.combos["body"].currentData():
            self.combos["body"].setFocus()
            return  # Enter before a text column is chosen
        super().accept()

    def mapping(self) -> dict[str, str]:
        """Field → column for the importer (``importers.extract(mapping=)``); "" for a
        field left at "(none)", which the importer then reads from no column (a column
        named "date" is not taken as the date against the person's choice)."""
        return {name: combo.currentData() or "" for name, combo in self.combos.items()}


def fitted(widths: list[int], room: int = PREVIEW_WIDTH, floor: int = 90) -> list[int]:
    """Column widths capped alike so that they fit ``room`` (the widest give way first),
    never under ``floor`` nor over ``COLUMN_WIDTH``: more columns than fit scroll."""
    cap = COLUMN_WIDTH
    while cap > floor and sum(min(w, cap) for w in widths) > room:
        cap -= 1
    return [min(w, cap) for w in widths]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
