"""Import progress (count, current file, cancel) and the final report."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.dialogs.progress import ProgressDialog
from app.model import ImportResult, ImportStatus

#: the report's file column at most this wide (px); the outcome takes the rest
FILE_COLUMN_MAX = 240


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
                f" · {articles:,} article{'s' if articles != 1 else ''}"
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


class ImportReportDialog(QDialog):
    """What happened to every file that did not simply import."""

    def __init__(
        self, results: list[ImportResult], cancelled: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
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
            table = QTableWidget(len(notable), 2, self)
            table.setHorizontalHeaderLabels(["File", "Outcome"])
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            for row, result in enumerate(notable):
                table.setItem(row, 0, QTableWidgetItem(Path(result.path).name))
                table.item(row, 0).setToolTip(result.path)
                table.setItem(row, 1, QTableWidgetItem(_outcome(result)))
                table.item(row, 1).setToolTip(_outcome(result))
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


def _outcome(result: ImportResult) -> str:
    if result.status == ImportStatus.FAILED:
        return f"Failed: {result.error}"
    if result.status == ImportStatus.DUPLICATE:
        return f"Already in the archive (#{result.related_id})"
    if result.status == ImportStatus.NEAR_DUPLICATE:
        return f"Imported; near-duplicate of #{result.related_id}"
    return "Imported"
