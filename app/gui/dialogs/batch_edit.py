"""The batch editor (E with several clippings selected): the fields that make sense
across many (source, section, language) and tags to add, applied to all of them.

A field the clippings share shows that value; one where they differ is empty and stays
as each clipping has it unless something is typed. Only what was changed is applied.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.dialogs.metadata import add_field_row, show_field_errors
from app.gui.dialogs.tag_popup import TagLineEdit, split_tags
from app.model import Article

BATCH_FIELDS = (("source", "Source"), ("section", "Section"), ("language", "Language"))
MIXED = "Several values: leave empty to keep each clipping's"


def shared_values(articles: Iterable[Article]) -> dict[str, str | None]:
    """Each batch field's value when every article has the same one, else None."""
    values: dict[str, set[str]] = {name: set() for name, _label in BATCH_FIELDS}
    for article in articles:
        for name in values:
            values[name].add(getattr(article, name) or "")
    return {name: next(iter(v)) if len(v) == 1 else None for name, v in values.items()}


class BatchEditDialog(QDialog):
    def __init__(
        self,
        count: int,
        shared: dict[str, str | None],
        tag_names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchEditDialog")
        self.setWindowTitle(f"Edit {count:,} Clippings")
        self.shared = shared
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setSpacing(6)
        for name, label in BATCH_FIELDS:
            edit = QLineEdit(shared.get(name) or "", self)
            edit.setObjectName(f"edit_{name}")
            if shared.get(name) is None:
                edit.setPlaceholderText(MIXED)
            edit.textChanged.connect(self._validate)
            self.edits[name], self.errors[name] = edit, add_field_row(form, label, edit)
        self.tags = TagLineEdit(tag_names, self)
        self.tags.setObjectName("edit_tags")
        self.tags.setPlaceholderText("Tags to add, separated by commas")
        form.addRow("Add tags", self.tags)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            f"Apply to {count:,} Clippings"
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        note = QLabel(f"Changes apply to all {count:,} selected clippings; Ctrl+Z undoes them.")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._validate()

    def _validate(self) -> bool:
        ok = show_field_errors(self.edits, self.errors)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def changes(self) -> dict[str, str]:
        """The fields changed: a shared value edited (emptied too), or a value typed
        where the clippings differ."""
        changed: dict[str, str] = {}
        for name, edit in self.edits.items():
            text = edit.text().strip()
            shared = self.shared.get(name)
            if (shared is None and text) or (shared is not None and text != shared):
                changed[name] = text.lower() if name == "language" else text
        return changed

    def added_tags(self) -> list[str]:
        return split_tags(self.tags.text())
