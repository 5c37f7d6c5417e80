"""Import progress (count, current file, cancel) and the final report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.dialogs.progress import ProgressDialog
from app.model import ImportResult, ImportStatus

#: the report's file column at most this wide (px); the outcome takes the rest
FILE_COLUMN_MAX = 240


def articles_text(articles: int, added: int | None = None) -> str:
    """ "12 new articles", or "40 articles, 3 new" when some were in the archive already
    (a folder imported again counted every article as if it were new)."""
    plural = "s" if articles != 1 else ""
    if added is None:
        return f"{articles:,} article{plural}"
    if added == articles:
        return f"{articles:,} new article{plural}"
    return f"{articles:,} article{plural}, {f'{added:,}' if added else 'none'} new"


class ImportProgressDialog(ProgressDialog):
    """An import's progress: the count and the file being read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Importing", "Preparing the import…", parent)
        self.setObjectName("importProgress")
        self.current = QLabel("", self)
        self.current.setObjectName("dimLabel")
        self.current.setMinimumWidth(420)
        self.column.insertWidget(2, self.current)  # under the bar, over Cancel
        #: inside a bulk file (a 1,000-row CSV reads for 20 s, a mailbox of 500 messages
        #: as long): its rows, messages or zipped files done of all
        self.rows_bar = QProgressBar(self)
        self.rows_bar.setObjectName("rowsBar")
        self.rows_bar.setFormat("%v of %m rows")
        self.rows_bar.hide()
        self.column.insertWidget(3, self.rows_bar)

    def update_progress(
        self,
        done: int,
        total: int,
        current: str,
        articles: int = 0,
        part: int = 0,
        parts: int = 0,
        stage: str = "",
        unit: str = "row",
        added: int | None = None,
    ) -> None:
        if parts:
            self.rows_bar.setRange(0, parts)
            self.rows_bar.setValue(part)
            self.rows_bar.setFormat(f"{stage.capitalize() or 'At'} %v of %m {unit}s")
        self.rows_bar.setVisible(bool(parts))
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.heading.setText(
                f"Importing file {min(done + 1, total):,} of {total:,}"
                f" · {articles_text(articles, added)}"
            )
        name = Path(current).name if current else ""
        metrics = self.current.fontMetrics()
        self.current.setText(
            metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, self.current.width())
        )

    def _cancelling(self) -> None:
        self.heading.setText("Cancelling…")  # between files, or a bulk file's rows


def summarize(results: list[ImportResult], cancelled: bool = False) -> str:
    counts = Counter(r.status for r in results)
    parts = [f"{counts[ImportStatus.IMPORTED] + counts[ImportStatus.NEAR_DUPLICATE]:,} imported"]
    if counts[ImportStatus.NEAR_DUPLICATE]:
        parts.append(f"{counts[ImportStatus.NEAR_DUPLICATE]:,} of them near-duplicates")
    if counts[ImportStatus.DUPLICATE]:
        parts.append(f"{counts[ImportStatus.DUPLICATE]:,} already in the archive")
    if counts[ImportStatus.FAILED]:
        parts.append(f"{counts[ImportStatus.FAILED]:,} failed")
    text = ", ".join(parts)
    return ("Cancelled: " if cancelled else "") + text[0].upper() + text[1:] + "."


MAP_COLUMNS = "Map columns…"


class ImportReportDialog(QDialog):
    """What happened to every file that did not simply import. A CSV/JSON Lines file of a
    folder that failed for want of a text column (``mappable``, by path) offers "Map
    columns…" on its row (a click, or Enter on the row): ``map_requested`` says which."""

    map_requested = Signal(str)  # the failed file's path

    def __init__(
        self,
        results: list[ImportResult],
        cancelled: bool,
        parent: QWidget | None = None,
        mappable: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self.map_buttons: dict[str, QPushButton] = {}
        self.rows: dict[str, int] = {}
        self.results = list(results)
        self.cancelled = cancelled
        self.setObjectName("importReport")
        self.setWindowTitle("Import Finished" if not cancelled else "Import Cancelled")
        self.heading = heading = QLabel(summarize(results, cancelled), self)
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addWidget(heading)
        notable = [r for r in results if r.status != ImportStatus.IMPORTED]
        if notable:
            mapped = [r.path for r in notable if r.path in mappable]
            table = QTableWidget(len(notable), 3 if mapped else 2, self)
            table.setHorizontalHeaderLabels(["File", "Outcome", ""])
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            for row, result in enumerate(notable):
                table.setItem(row, 0, QTableWidgetItem(Path(result.path).name))
                table.item(row, 0).setToolTip(result.path)
                table.setItem(row, 1, QTableWidgetItem(_outcome(result)))
                table.item(row, 1).setToolTip(_outcome(result))
                self.rows.setdefault(result.path, row)
                if result.path in mappable and result.path not in self.map_buttons:
                    button = QPushButton(MAP_COLUMNS, table)
                    button.setAutoDefault(False)
                    button.setToolTip(
                        "Choose the columns that hold the text, title, date … and import "
                        "this file (and the others with its columns)"
                    )
                    button.clicked.connect(partial(self.map_requested.emit, result.path))
                    table.setCellWidget(row, 2, button)
                    self.map_buttons[result.path] = button
            if mapped:
                table.horizontalHeader().setSectionResizeMode(
                    2, QHeaderView.ResizeMode.ResizeToContents
                )
                table.installEventFilter(self)  # Enter on a mappable row maps it
                first = self.rows[mapped[0]]
                table.setCurrentCell(first, 0)
                table.setFocus()
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            # a long file name is elided in its middle: the outcome is what is read here
            table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            table.resizeColumnToContents(0)
            table.setColumnWidth(0, min(table.columnWidth(0), FILE_COLUMN_MAX))
            table.setWordWrap(True)  # a failure's reason wraps instead of "…"
            layout.addWidget(table)
            self.table = table
        if cancelled:
            note = QLabel(
                "What was imported before cancelling stays in the archive; the rest was not "
                "touched.",
                self,
            )
            note.setObjectName("dimLabel")
            note.setWordWrap(True)
            layout.addWidget(note)
        if not notable:
            layout.addStretch(1)  # the heading at the top, not floating in the middle
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420 if notable else self.sizeHint().height())
        if notable:
            # rows as tall as their wrapped reasons, once the table has its width
            QTimer.singleShot(0, table.resizeRowsToContents)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is getattr(self, "table", None)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            row = self.table.currentRow()
            path = next((p for p, r in self.rows.items() if r == row), None)
            if path in self.map_buttons and self.map_buttons[path].isEnabled():
                self.map_requested.emit(path)
                return True
        return False

    def set_outcome(self, path: str, text: str, results: list[ImportResult] = ()) -> None:
        """A row's new outcome (its file imported once its columns were mapped): its
        button goes, and the heading counts the file's ``results`` instead of its failure."""
        row = self.rows.get(path)
        if row is None:
            return
        self.table.item(row, 1).setText(text)
        self.table.item(row, 1).setToolTip(text)
        button = self.map_buttons.pop(path, None)
        if button is not None:
            button.hide()  # now, not when the table deletes it later
            self.table.removeCellWidget(row, 2)
        self.table.resizeRowToContents(row)
        if results:
            kept = [r for r in self.results if not _of_file(r, path)]
            self.results = kept + [r for r in results if _of_file(r, path)]
            self.heading.setText(summarize(self.results, self.cancelled))

    def mapping_pending(self, paths: Collection[str]) -> None:
        """The rows of files being imported with the columns just chosen."""
        for path in paths:
            if path in self.map_buttons:
                self.map_buttons[path].setEnabled(False)
                self.map_buttons[path].setText("Importing…")


def _of_file(result: ImportResult, path: str) -> bool:
    """A result of the file ``path``: the file's own, or one of its rows' ("….csv#3")."""
    return result.path == path or result.path.startswith(path + "#")


def mapped_outcome(results: list[ImportResult], path: str) -> str:
    """A mapped file's outcome: "Imported 40 articles with the columns chosen"."""
    mine = [r for r in results if _of_file(r, path)]
    counts = Counter(r.status for r in mine)
    added = counts[ImportStatus.IMPORTED] + counts[ImportStatus.NEAR_DUPLICATE]
    parts = [f"Imported {added:,} article{'s' if added != 1 else ''} with the columns chosen"]
    if counts[ImportStatus.DUPLICATE]:
        parts.append(f"{counts[ImportStatus.DUPLICATE]:,} already in the archive")
    if counts[ImportStatus.FAILED]:
        failed = next(r for r in mine if r.status == ImportStatus.FAILED)
        parts.append(f"{counts[ImportStatus.FAILED]:,} failed ({failed.error})")
    return "; ".join(parts)


def _outcome(result: ImportResult) -> str:
    if result.status == ImportStatus.FAILED:
        return f"Failed: {result.error}"
    if result.status == ImportStatus.DUPLICATE:
        return f"Already in the archive (#{result.related_id})"
    if result.status == ImportStatus.NEAR_DUPLICATE:
        return f"Imported; near-duplicate of #{result.related_id}"
    return "Imported"
