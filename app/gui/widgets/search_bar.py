"""The search bar: query text, completion of the word at the cursor, history, inline error.

It only emits intent (text changed, submitted, navigate the results, leave); the search
controller decides what to run.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.gui.clipboard import holds_clipping
from app.gui.resources import icon

NAV_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
VALUE_FIELDS = ("tag", "source", "lang", "dateline", "section", "author")
HISTORY_LIMIT = 30


class QueryEdit(QLineEdit):
    """A line edit that passes navigation keys on instead of swallowing them."""

    navigate = Signal(QKeyEvent)
    escape = Signal()
    history_step = Signal(int)
    history_menu = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completer_: QCompleter | None = None

    def event(self, event: QEvent) -> bool:
        """Ctrl+V of a clipping is left to the window's "Paste as Clipping" (see
        ``app.gui.clipboard``); a one-line paste stays the line edit's."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and holds_clipping()
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer_.popup() if self.completer_ else None
        key, mods = event.key(), event.modifiers()
        completing = popup is not None and popup.isVisible()
        if completing and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Escape,
        ):
            event.ignore()  # the completer takes these
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods & Qt.KeyboardModifier.ControlModifier:
            self.history_step.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier:
            self.history_menu.emit()
            return
        if key in NAV_KEYS and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.navigate.emit(event)
            return
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """The query line plus a one-line error message under it."""

    text_edited = Signal(str)
    submitted = Signal(str)
    navigate = Signal(QKeyEvent)
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.edit = QueryEdit(self)
        self.edit.setObjectName("queryEdit")
        self.edit.setPlaceholderText(
            "Search clippings — wheat export  tag:Region/Kazakhstan  date:last-week"
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumHeight(32)
        self._history_action = QAction(icon("search"), "Search history (Alt+↓)", self)
        self.edit.addAction(self._history_action, QLineEdit.ActionPosition.LeadingPosition)
        self._history_action.triggered.connect(self.show_history)
        self.error = QLabel(self)
        self.error.setObjectName("queryError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

        self.history: list[str] = []
        self._history_pos = -1
        self._fields: list[str] = []
        self._values: dict[str, list[str]] = {}
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._insert_completion)
        self.edit.completer_ = self.completer

        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(lambda: self.submitted.emit(self.edit.text()))
        self.edit.navigate.connect(self.navigate)
        self.edit.escape.connect(self._escape)
        self.edit.history_step.connect(self._step_history)
        self.edit.history_menu.connect(self.show_history)
        self.edit.installEventFilter(self)

    # -- text ------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Set the query programmatically (facets, history, saved searches) and announce it."""
        self.edit.setText(text)
        self.text_edited.emit(text)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_error(self, message: str) -> None:
        self.error.setText(f"⚠  {message}")
        self.error.setToolTip(message)
        self.error.show()
        self.edit.setProperty("invalid", True)
        self._restyle()

    def clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.edit.setProperty("invalid", False)
            self._restyle()

    def _restyle(self) -> None:
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _escape(self) -> None:
        if self.edit.text():
            self.edit.clear()
            self.text_edited.emit("")
        else:
            self.leave.emit()

    def _edited(self, text: str) -> None:
        self._history_pos = -1
        self.text_edited.emit(text)
        self._complete()

    # -- history -----------------------------------------------------------------------

    def remember(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        if query in self.history:
            self.history.remove(query)
        self.history.insert(0, query)
        del self.history[HISTORY_LIMIT:]

    def _step_history(self, step: int) -> None:
        if not self.history:
            return
        self._history_pos = max(-1, min(len(self.history) - 1, self._history_pos - step))
        self.set_text(self.history[self._history_pos] if self._history_pos >= 0 else "")

    def show_history(self) -> None:
        menu = QMenu(self)
        if not self.history:
            menu.addAction("No searches yet").setEnabled(False)
        for query in self.history:
            menu.addAction(query, lambda q=query: self.set_text(q))
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    # -- completion ----------------------------------------------------------------------

    def set_vocabulary(self, fields: Iterable[str], values: dict[str, list[str]]) -> None:
        """Field names (``title``), and per field the known values (tags, sources …)."""
        self._fields = sorted(set(fields))
        self._values = values

    def _token(self) -> tuple[int, str]:
        """Start and text of the word under the cursor (without a leading ``-`` or ``(``)."""
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        start = cursor
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while start < cursor and text[start] in "-(":
            start += 1
        return start, text[start:cursor]

    def _complete(self) -> None:
        _start, token = self._token()
        popup = self.completer.popup()
        if not token or token.startswith('"'):
            popup.hide()
            return
        if ":" in token:
            name, _, value = token.partition(":")
            field = "tag" if name.lower() == "tags" else name.lower()
            choices = [f"{name}:{_quote(v)}" for v in self._values.get(field, [])]
            prefix = f"{name}:{value}"
            if not value:
                prefix = f"{name}:"
        else:
            choices = [f"{f}:" for f in self._fields]
            choices += [f"tag:{_quote(v)}" for v in self._values.get("tag", [])]
            prefix = token
        self._completions.setStringList(choices)
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0 or (
            self.completer.completionCount() == 1 and self.completer.currentCompletion() == token
        ):
            popup.hide()
            return
        rect = self.edit.cursorRect()
        rect.setWidth(max(260, popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)

    def _insert_completion(self, completion: str) -> None:
        start, _token = self._token()
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        suffix = "" if completion.endswith(":") else " "
        rest = text[cursor:]
        if suffix and rest.startswith(" "):
            suffix = ""
        new = text[:start] + completion + suffix + rest
        self.edit.setText(new)
        self.edit.setCursorPosition(start + len(completion) + len(suffix))
        self.text_edited.emit(new)
        if completion.endswith(":"):
            self._complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.remember(self.edit.text())
        return super().eventFilter(watched, event)


def _quote(value: str) -> str:
    return f'"{value}"' if any(c.isspace() or c in '():"' for c in value) else value
