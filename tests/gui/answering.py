"""Answer a dialog the way a person does: once it shows, type into its field and press
Return, or press Escape; and note whether the key that opened it had returned by then."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit


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
        edit.selectAll()
        self.qtbot.keyClicks(edit, self.typed)
        QTimer.singleShot(0, lambda: self.qtbot.keyClick(edit, Qt.Key.Key_Return))

    def closed(self) -> bool:
        """The dialog shown has closed (and maybe been deleted already)."""
        seen = self.seen
        return bool(seen) and (not shiboken6.isValid(seen[0]) or not seen[0].isVisible())

    def check(self) -> None:
        """One dialog was answered, and while the main loop ran (no nested one)."""
        assert self.answered_after_return == [True], self.answered_after_return
