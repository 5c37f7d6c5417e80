"""Every file dialog of the window (save, open files, choose a folder), opened without a
nested event loop.

The static ``QFileDialog.getSaveFileName`` / ``getOpenFileNames`` / ``getExistingDirectory``
run ``exec()``: the caller's action handler stays on the stack while the dialog's own loop
runs, and Qt deletes the dialog when that loop returns. Keys typed into its name field (the
completer's popup, Return) were then handled while the dialog was being torn down, which
crashed the process offscreen, or left the typed name unused. These dialogs are opened with
``open()`` and answer through a callback; each lives until it has closed and is deleted
later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from app.gui.dialogs.asking import open_modal


class ReturnAccepts(QObject):
    """Return in the name field takes the name typed. Qt's own path (the line edit ignores
    Return, the dialog clicks its default button) did not accept the dialog offscreen, and
    while the completer's list is up the line edit leaves Return to that list. A completion
    picked with the arrow keys is still taken as before."""

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
            # QFileDialog.accept() then opens a folder typed where files are asked for,
            # asks about an existing file to save over, or takes the name
            QTimer.singleShot(0, self._accept)
        return False

    def _accept(self) -> None:
        if self.dialog.isVisible():
            self.dialog.accept()


def _dialog(
    parent: QWidget,
    caption: str,
    start: str,
    filters: str,
    mode: QFileDialog.FileMode,
    save: bool = False,
) -> QFileDialog:
    """A file dialog of one kind, not open yet (``_open`` opens it)."""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if edit is not None:
        ReturnAccepts(dialog, edit)
    return dialog


def _open(dialog: QFileDialog, accepted: Callable[[QFileDialog], None]) -> QFileDialog:
    """Opened through asking.open_modal: the caller returns at once; on accept
    ``accepted(dialog)`` reads it before it is deleted."""
    return open_modal(dialog, lambda: accepted(dialog))


def ask_save_path(
    parent: QWidget,
    caption: str,
    start: str,
    filters: str,
    selected_filter: str,
    chosen: Callable[[str, str], None],
) -> QFileDialog:
    """Open a save dialog; ``chosen(path, filter)`` is called once it is accepted."""

    def accepted(dialog: QFileDialog) -> None:
        files = dialog.selectedFiles()
        if files:
            chosen(files[0], dialog.selectedNameFilter())

    path = Path(start).absolute()
    dialog = _dialog(
        parent, caption, str(path.parent), filters, QFileDialog.FileMode.AnyFile, save=True
    )
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    # the folder as the dialog's directory and only the name in the field: given a
    # whole path in a folder that is missing, the field showed it without its leading "/"
    dialog.setDirectory(str(path.parent))
    dialog.selectFile(path.name)
    return _open(dialog, accepted)


def ask_open_paths(
    parent: QWidget,
    caption: str,
    chosen: Callable[[list[str]], None],
    start: str = "",
    filters: str = "",
) -> QFileDialog:
    """Open a dialog for existing files; ``chosen(paths)`` is called once it is accepted."""

    def accepted(dialog: QFileDialog) -> None:
        files = dialog.selectedFiles()
        if files:
            chosen(files)

    return _open(
        _dialog(parent, caption, start, filters, QFileDialog.FileMode.ExistingFiles), accepted
    )


def ask_folder(
    parent: QWidget, caption: str, chosen: Callable[[str], None], start: str = ""
) -> QFileDialog:
    """Open a dialog for a folder; ``chosen(folder)`` is called once it is accepted."""

    def accepted(dialog: QFileDialog) -> None:
        files = dialog.selectedFiles()
        if files:
            chosen(files[0])

    return _open(_dialog(parent, caption, start, "", QFileDialog.FileMode.Directory), accepted)
