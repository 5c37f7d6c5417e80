"""The metadata editor (E): fields of one article, checked as you type.

The checks here are for immediate feedback; the archive validates again when saving.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.model import Article

DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%d.%m.%Y")
LINE_FIELDS = (
    ("title", "Title"),
    ("source", "Source"),
    ("author", "Author"),
    ("published", "Published"),
    ("dateline", "Dateline"),
    ("section", "Section"),
    ("language", "Language"),
    ("url", "Web address"),
)


def parse_date(text: str) -> datetime | None:
    """``2025-11-03`` or ``2025-11-03 14:30`` (or day.month.year); ``None`` if not a date."""
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def field_error(name: str, text: str) -> str:
    """Why ``text`` is not acceptable for field ``name`` ('' when it is)."""
    text = text.strip()
    if name == "title" and not text:
        return "A clipping needs a title."
    if name == "published" and text and parse_date(text) is None:
        return "Use a date like 2025-11-03 or 2025-11-03 14:30."
    if name == "url" and text and not text.startswith(("http://", "https://")):
        return "A web address starts with http:// or https://."
    if name == "language" and text and (len(text) != 2 or not text.isalpha()):
        return "Two letters, such as de, en or ru."
    return ""


def add_field_row(form: QFormLayout, label: str, edit: QLineEdit) -> QLabel:
    """Add ``edit`` under ``label`` with its (hidden) error line beneath it, as every editor
    of clippings' details lays a field out; the error line is returned."""
    error = QLabel("", edit.parentWidget())
    error.setObjectName("fieldError")
    error.hide()
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(edit)
    box.addWidget(error)
    form.addRow(label, box)
    return error


def show_field_errors(edits: dict[str, QLineEdit], errors: dict[str, QLabel]) -> bool:
    """Show each field's error under it and mark the field: one look for every editor of
    clippings' details. True when all fields are valid."""
    ok = True
    for name, edit in edits.items():
        message = field_error(name, edit.text())
        errors[name].setText(message)
        errors[name].setVisible(bool(message))
        edit.setProperty("invalid", bool(message))
        edit.style().unpolish(edit)
        edit.style().polish(edit)
        ok = ok and not message
    return ok


def format_date(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M").replace(" 00:00", "")


class MetadataDialog(QDialog):
    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataDialog")
        self.setWindowTitle("Edit Details")
        self.article = article
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setSpacing(6)
        for name, label in LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"edit_{name}")
            value = getattr(article, name)
            edit.setText(format_date(value) if name == "published" else value or "")
            edit.textChanged.connect(self._validate)
            self.edits[name], self.errors[name] = edit, add_field_row(form, label, edit)
        self.edits["published"].setPlaceholderText("2025-11-03 14:30")
        self.edits["language"].setPlaceholderText("de, en, ru …")
        self.edits["url"].setPlaceholderText("https://")
        self.lead = QPlainTextEdit(article.lead, self)
        self.lead.setMaximumHeight(70)
        form.addRow("Lead", self.lead)
        self.notes = QPlainTextEdit(article.notes, self)
        self.notes.setMaximumHeight(70)
        form.addRow("Notes", self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._validate()

    def _validate(self) -> bool:
        ok = show_field_errors(self.edits, self.errors)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def changes(self) -> dict:
        """Only the fields the user changed, typed as the archive expects."""
        changed: dict = {}
        for name, edit in self.edits.items():
            text = edit.text().strip()
            if name == "published":
                if text != format_date(self.article.published):
                    changed[name] = parse_date(text) if text else None
            elif text != (getattr(self.article, name) or ""):
                changed[name] = text.lower() if name == "language" else text
        for name, widget in (("lead", self.lead), ("notes", self.notes)):
            if widget.toPlainText() != getattr(self.article, name):
                changed[name] = widget.toPlainText()
        return changed
