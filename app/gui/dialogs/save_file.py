"""Ask for a file name to save to without a nested event loop.

``QFileDialog.getSaveFileName`` runs ``exec()``: the caller's action handler stays on the
stack while the dialog's own loop runs, and Qt deletes the dialog when that loop returns.
Keys typed into its name field (the completer's popup, Return) were then handled while the
dialog was being torn down, which crashed the process offscreen, or left the typed name
unused. This dialog is opened with ``open()`` and answers through a callback; it lives
until it has closed and is deleted later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget


class ReturnSaves(QObject):
    """Return in the name field saves under the name typed. Qt's own path (the line edit
    ignores Return, the dialog clicks its default button) did not accept the dialog
    offscreen, and while the completer's list is up the line edit leaves Return to that
    list. A completion picked with the arrow keys is still taken as before."""

    def __init__(self, dialog: QFileDialog, edit: QLineEdit) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.edit.text().strip()
        ):
            completer = self.edit.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                if popup.currentIndex().isValid():
                    return False
                popup.hide()
            # once the line edit has taken the key (accepting within it did nothing):
            # a folder typed is opened, an existing file asked about
            QTimer.singleShot(0, self._accept)
        return False

    def _accept(self) -> None:
        if self.dialog.isVisible():
            self.dialog.accept()


def ask_save_path(
    parent: QWidget,
    caption: str,
    start: str,
    filters: str,
    selected_filter: str,
    chosen: Callable[[str, str], None],
) -> QFileDialog:
    """Open a save dialog; ``chosen(path, filter)`` is called once it is accepted."""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    dialog.selectFile(start)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if edit is not None:
        ReturnSaves(dialog, edit)

    def done(result: int) -> None:
        files = dialog.selectedFiles()
        name_filter = dialog.selectedNameFilter()
        dialog.deleteLater()
        if result == QFileDialog.DialogCode.Accepted and files:
            chosen(files[0], name_filter)

    dialog.finished.connect(done)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as the static one was
    dialog.open()
    return dialog
