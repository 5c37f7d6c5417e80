"""Handing on what was found: the press review's title, and progress of an export."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReviewDialog(QDialog):
    """The title of a press review; says which clippings it holds."""

    def __init__(self, title: str, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle("Press Review (PDF)")
        self.heading = QLabel(f"A PDF press review of {scope}, newest first.", self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("reviewTitle")
        self.title_edit.selectAll()
        self.title_edit.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Save PDF…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.title_edit.setFocus()

    def title(self) -> str:
        return self.title_edit.text().strip()


class HandOnProgressDialog(QDialog):
    """Not modal: searching and reading go on while an export is written."""

    cancel_requested = Signal()

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOnProgress")
        self.setWindowTitle(heading)
        self.setModal(False)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setMinimumWidth(380)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addLayout(row)

    def update_progress(self, done: int, total: int) -> None:
        if total and done < total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)  # read; now writing the file

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText("Cancelling…")
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc cancels
        self._cancel()
