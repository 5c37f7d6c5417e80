"""The tagging popup (T / Shift+T): comma-separated tags with completion; new names are
created on the fly, and the popup says so before you press Enter.

For a single clipping the popup also offers its key terms (words that set it apart from
the rest of the archive) as suggestion chips and completions; a term that names an
existing tag (or the last part of one, ``energy`` → ``Topic/Energy``) is offered as that
tag."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MAX_SUGGESTIONS = 8


def split_tags(text: str) -> list[str]:
    """``"Region/Kazakhstan, energy"`` → two names; empty parts and repeats dropped."""
    names = [" ".join(part.split()) for part in text.split(",")]
    names = [n.strip("/ ") for n in names]
    return list(dict.fromkeys(n for n in names if n))


def suggested_tags(
    terms: Iterable[str],
    known: Iterable[str],
    present: Iterable[str] = (),
    limit: int = MAX_SUGGESTIONS,
) -> list[str]:
    """Key terms as tag names: an existing tag's spelling when the term names it (whole or
    its last part), otherwise the term; tags the clipping already has are left out."""
    by_name: dict[str, str] = {}
    by_leaf: dict[str, str] = {}
    for name in known:
        by_name.setdefault(name.casefold(), name)
        by_leaf.setdefault(name.rsplit("/", 1)[-1].casefold(), name)
    have = {n.casefold() for n in present}
    out: dict[str, str] = {}
    for term in terms:
        key = term.strip().casefold()
        if not key:
            continue
        name = by_name.get(key) or by_leaf.get(key) or term.strip()
        if name.casefold() not in have:
            out.setdefault(name.casefold(), name)
    return list(out.values())[:limit]


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

    def add_names(self, names: Iterable[str]) -> None:
        """More completions (suggested terms) after the known tags."""
        current = self.model.stringList()
        seen = {n.casefold() for n in current}
        self.model.setStringList(current + [n for n in names if n.casefold() not in seen])

    def append_name(self, name: str) -> None:
        """Add ``name`` as one more comma-separated tag (a chip was clicked)."""
        names = split_tags(self.text())
        if name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
        self.setText(", ".join(names))
        self.setCursorPosition(len(self.text()))

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
        rest = self.text()[self.cursorPosition() :]
        head = head + (" " if head else "")
        self.setText(head + name + rest)
        self.setCursorPosition(len(head + name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.completer_.popup().isVisible() and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Escape,
        ):
            event.ignore()
            return
        super().keyPressEvent(event)


class TagPopup(QDialog):
    """Add (or remove) tags on ``count`` clippings; ``names()`` after ``accepted``."""

    #: suggestion chips arrived (tests wait on it)
    suggestions_shown = Signal(list)

    def __init__(
        self,
        known: list[str],
        count: int,
        remove: bool = False,
        current: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagPopup")
        self.known = {n.casefold() for n in known}
        self.remove = remove
        plural = f"{count} clipping{'s' if count != 1 else ''}"
        self.setWindowTitle(f"{'Remove tags from' if remove else 'Tag'} {plural}")
        heading = QLabel(f"Remove tags from {plural}" if remove else f"Add tags to {plural}", self)
        heading.setObjectName("dialogHeading")
        choices = sorted(current or [], key=str.casefold) if remove else known
        self.edit = TagLineEdit(choices, self)
        self.edit.setObjectName("tagEdit")
        self.edit.setPlaceholderText("Region/Kazakhstan, Energy — commas separate tags")
        self.edit.setMinimumWidth(380)
        self.suggestions: list[str] = []
        self.chips: list[QToolButton] = []
        self.chip_row = QWidget(self)
        self.chip_row.setObjectName("suggestionChips")
        self.chip_layout = QHBoxLayout(self.chip_row)
        self.chip_layout.setContentsMargins(0, 0, 0, 0)
        self.chip_layout.setSpacing(4)
        chip_label = QLabel("Suggested:", self.chip_row)
        chip_label.setObjectName("dimLabel")
        self.chip_layout.addWidget(chip_label)
        self.chip_layout.addStretch(1)
        self.chip_row.hide()
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
        layout.addWidget(self.chip_row)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._current = current or []

    def names(self) -> list[str]:
        return split_tags(self.edit.text())

    def set_suggestions(self, names: list[str]) -> None:
        """Offer tag names as chips (a click adds one) and as completions."""
        for chip in self.chips:
            chip.deleteLater()
        self.chips = []
        self.suggestions = list(names)
        for name in self.suggestions:
            chip = QToolButton(self.chip_row)
            chip.setObjectName("suggestionChip")
            chip.setText(name)
            chip.setToolTip(f"Add the tag “{name}”")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.clicked.connect(lambda _checked=False, n=name: self._take(n))
            self.chip_layout.insertWidget(self.chip_layout.count() - 1, chip)
            self.chips.append(chip)
        self.edit.add_names(self.suggestions)
        self.chip_row.setVisible(bool(self.chips))
        self._update_chips()
        self.adjustSize()
        self.suggestions_shown.emit(self.suggestions)

    def _take(self, name: str) -> None:
        self.edit.append_name(name)
        self.edit.setFocus()

    def _update_chips(self) -> None:
        chosen = {n.casefold() for n in self.names()}
        for chip in self.chips:
            chip.setEnabled(chip.text().casefold() not in chosen)

    def _changed(self) -> None:
        names = self.names()
        self.ok.setEnabled(bool(names))
        self._update_chips()
        if self.remove:
            return
        new = [n for n in names if n.casefold() not in self.known]
        if new:
            self.hint.setText(
                "New tag" + ("s" if len(new) > 1 else "") + " will be created: " + ", ".join(new)
            )
        else:
            self.hint.setText("Tagged now: " + ", ".join(self._current) if self._current else "")
