"""Answer a dialog the way a person does: once it shows, type into its field and press
Return, or press Escape; and note whether the key that opened it had returned by then."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QListView


class Answer:
    """Answers the next dialog of ``kind`` (a file dialog by default): types ``typed`` into
    its field (``field(dialog)``; the file name field by default) and presses Return
    (``None``: Escape). ``returned`` is set once the key or click that opened it has
    returned; a static QFileDialog/QInputDialog call runs its own loop and answers before
    that."""

    def __init__(
        self,
        qtbot,
        typed: str | None,
        kind: type[QDialog] = QFileDialog,
        field: Callable[[QDialog], QLineEdit] = lambda d: d.findChild(QLineEdit, "fileNameEdit"),
    ) -> None:
        self.qtbot = qtbot
        self.typed = typed
        self.kind = kind
        self.field = field
        self.seen: list[QDialog] = []
        self.returned = False
        self.answered_after_return: list[bool] = []
        QTimer.singleShot(0, self.find)

    def find(self) -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, self.kind) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, self.find)
            return
        self.seen.append(dialogs[0])
        # as a person would: once the dialog has shown (typed within the very event that
        # showed it, Qt's autocompletion turns a full path into a bare name of another folder)
        QTimer.singleShot(50, self.type)

    def type(self) -> None:
        self.answered_after_return.append(self.returned)
        edit = self.field(self.seen[0])
        edit.setFocus()
        if self.typed is None:
            self.qtbot.keyClick(edit, Qt.Key.Key_Escape)
            return
        self.enter(edit, 0)

    def enter(self, edit: QLineEdit, tries: int) -> None:
        """Type, then press Return once the field says what was typed. A file dialog's
        folder model loads in the background; as it did, its completer popup took the
        focus and the dialog rewrote the path being typed into the names it selected (a
        folder import got '"/" "tmp"/…/new', then imported '/' or nothing, on a loaded
        machine). So the popup goes, the field gets the focus back, the dialog's list
        forgets what it selected, the text is put back, and Return waits for all that."""
        if tries > 100 or (tries and edit.text() == self.typed and edit.hasFocus()):
            self.qtbot.keyClick(edit, Qt.Key.Key_Return)
            return
        if tries == 0:
            edit.selectAll()
            self.qtbot.keyClicks(edit, self.typed)  # as a person types it
        else:
            completer = edit.completer()
            if completer is not None and completer.popup().isVisible():
                completer.popup().hide()
            dialog = self.seen[0]
            dialog.activateWindow()
            edit.setFocus()
            listed = dialog.findChild(QListView, "listView")
            if listed is not None:
                listed.clearSelection()
            if edit.text() != self.typed:
                edit.setText(self.typed)
        QTimer.singleShot(50, lambda: self.enter(edit, tries + 1))

    def closed(self) -> bool:
        """The dialog shown has closed (and maybe been deleted already)."""
        seen = self.seen
        return bool(seen) and (not shiboken6.isValid(seen[0]) or not seen[0].isVisible())

    def check(self) -> None:
        """One dialog was answered, and while the main loop ran (no nested one)."""
        assert self.answered_after_return == [True], self.answered_after_return
