"""The frame of a long task's progress window: a heading, a bar and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ProgressDialog(QDialog):
    """Not modal: searching and reading go on while the task runs. Esc and the close
    button cancel as Cancel does; a subclass says how it shows the cancelling
    (``_cancelling``) and may add widgets under the bar (``column``)."""

    cancel_requested = Signal()

    def __init__(self, title: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("dialogHeading")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(18, 16, 18, 14)
        self.column.setSpacing(8)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.bar)
        self.column.addLayout(row)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self._cancelling()
        self.cancel_requested.emit()

    def _cancelling(self) -> None:
        self.cancel_button.setText("Cancelling…")

    def reject(self) -> None:  # Esc or the close button cancel too
        self._cancel()
