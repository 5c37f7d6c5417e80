"""The tagging popup (T / Shift+T): comma-separated tags with completion; new names are
created on the fly, and the popup says so before you press Enter."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def split_tags(text: str) -> list[str]:
    """``"Region/Kazakhstan, energy"`` → two names; empty parts and repeats dropped."""
    names = [" ".join(part.split()) for part in text.split(",")]
    names = [n.strip("/ ") for n in names]
    return list(dict.fromkeys(n for n in names if n))


class TagLineEdit(QLineEdit):
    """Completes the tag after the last comma; Enter with the popup open takes the choice."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(names, self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def _segment(self) -> tuple[int, str]:
        text = self.text()[: self.cursorPosition()]
        start = text.rfind(",") + 1
        return start, text[start:].lstrip()

    def _complete(self) -> None:
        _start, prefix = self._segment()
        popup = self.completer_.popup()
        if not prefix:
            popup.hide()
            return
        self.completer_.setCompletionPrefix(prefix)
        if self.completer_.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(max(240, popup.sizeHintForColumn(0) + 24))
        self.completer_.complete(rect)

    def _insert(self, name: str) -> None:
        start, _prefix = self._segment()
        head = self.text()[:start]
        rest = self.text()[self.cursorPosition():]
        head = head + (" " if head else "")
        self.setText(head + name + rest)
        self.setCursorPosition(len(head + name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.completer_.popup().isVisible() and event.key() in (
            Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape
        ):
            event.ignore()
            return
        super().keyPressEvent(event)


class TagPopup(QDialog):
    """Add (or remove) tags on ``count`` clippings; ``names()`` after ``accepted``."""

    def __init__(self, known: list[str], count: int, remove: bool = False,
                 current: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPopup")
        self.known = {n.casefold() for n in known}
        self.remove = remove
        plural = f"{count} clipping{'s' if count != 1 else ''}"
        self.setWindowTitle(f"{'Remove tags from' if remove else 'Tag'} {plural}")
        heading = QLabel(
            f"Remove tags from {plural}" if remove else f"Add tags to {plural}", self
        )
        heading.setObjectName("dialogHeading")
        choices = sorted(current or [], key=str.casefold) if remove else known
        self.edit = TagLineEdit(choices, self)
        self.edit.setObjectName("tagEdit")
        self.edit.setPlaceholderText("Region/Kazakhstan, Energy — commas separate tags")
        self.edit.setMinimumWidth(380)
        self.hint = QLabel("", self)
        self.hint.setObjectName("dimLabel")
        self.hint.setWordWrap(True)
        if current:
            self.hint.setText("Tagged now: " + ", ".join(current))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Remove" if remove else "Tag")
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._current = current or []

    def names(self) -> list[str]:
        return split_tags(self.edit.text())

    def _changed(self) -> None:
        names = self.names()
        self.ok.setEnabled(bool(names))
        if self.remove:
            return
        new = [n for n in names if n.casefold() not in self.known]
        if new:
            self.hint.setText("New tag" + ("s" if len(new) > 1 else "") + " will be created: "
                              + ", ".join(new))
        else:
            self.hint.setText("Tagged now: " + ", ".join(self._current) if self._current else "")
