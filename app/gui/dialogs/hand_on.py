"""Handing on what was found: the press review's title, and progress of an export."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.dialogs.progress import ProgressDialog


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
        #: near-duplicates (a story from several outlets) printed once, naming the others
        self.one_story = QCheckBox("&One clipping per story, naming the other outlets", self)
        self.one_story.setObjectName("onePerStory")
        self.one_story.setChecked(True)
        form.addRow("", self.one_story)
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

    def one_per_story(self) -> bool:
        return self.one_story.isChecked()


class HandOnProgressDialog(ProgressDialog):
    """An export's progress: the rows read, then the file written."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(heading, heading, parent)
        self.setObjectName("handOnProgress")
        self.heading.setMinimumWidth(380)

    def update_progress(self, done: int, total: int) -> None:
        if total and done < total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)  # read; now writing the file
