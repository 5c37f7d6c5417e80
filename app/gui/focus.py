"""Gives the keys back to the main window when one of its dialogs closes and leaves no window
active.

The offscreen platform (and window managers that do not re-activate a dialog's parent)
leave no active window once a file dialog or message box closes; the window's shortcuts
(Ctrl+Shift+T, Ctrl+V, Ctrl+P, Ctrl+Shift+B) then did nothing at all until a click. Only a
dialog that closed counts: switching to another program leaves its dialog open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class KeysBack(QObject):
    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None and old is not None:
            dialog = self._owned_dialog(old)
            if dialog is not None:  # still closing now: look once it is done
                QTimer.singleShot(0, lambda: self._reactivate(dialog))

    def _owned_dialog(self, widget: QWidget) -> QWidget | None:
        dialog = widget.window()
        owner = dialog.parentWidget()
        if dialog is self.window or owner is None or owner.window() is not self.window:
            return None
        return dialog

    def _reactivate(self, dialog: QWidget) -> None:
        try:
            closed = not dialog.isVisible()
        except RuntimeError:  # deleted on close
            closed = True
        if closed and QApplication.activeWindow() is None and self.window.isVisible():
            self.window.activateWindow()
