"""Gives the keys back to the main window when one of its dialogs closes and leaves no window
active.

The offscreen platform (and window managers that do not re-activate a dialog's parent)
leave no active window once a file dialog or message box closes; the window's shortcuts
(Ctrl+Shift+T, Ctrl+V, Ctrl+P, Ctrl+Shift+B) then did nothing at all until a click. Only a
dialog that closed counts: switching to another program leaves its dialog open. A dialog
with no field of its own to type in (the export's progress window, which takes the keys
while it is up) counts when it hides: after a press review long enough to show it, no
window was active and the list took no keys.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: a second look after a dialog closed: offscreen, the main window was active at the first
#: and lost the keys a moment later (a press review's file dialog, after its title dialog)
RECHECK_MS = 100


class KeysBack(QObject):
    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        QApplication.instance().focusChanged.connect(self._focus_changed)
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._window_gone)

    def _window_gone(self) -> None:
        """The application outlives the window (tests make many): stop watching for it."""
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.focusChanged.disconnect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QDialog)
            and shiboken6.isValid(self.window)
        ):
            dialog = self._owned_dialog(watched)
            if dialog is watched:
                QTimer.singleShot(0, lambda: self._reactivate(dialog))
        return False

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None and old is not None and shiboken6.isValid(self.window):
            dialog = self._owned_dialog(old)
            if dialog is not None:  # still closing now: look once it is done
                QTimer.singleShot(0, lambda: self._reactivate(dialog))

    def _owned_dialog(self, widget: QWidget) -> QWidget | None:
        dialog = widget.window()
        owner = dialog.parentWidget()
        if dialog is self.window or owner is None or owner.window() is not self.window:
            return None
        return dialog

    def _reactivate(self, dialog: QWidget, again: bool = True) -> None:
        try:
            closed = not dialog.isVisible()
        except RuntimeError:  # deleted on close
            closed = True
        if not shiboken6.isValid(self.window):
            return
        if closed and QApplication.activeWindow() is None and self.window.isVisible():
            self.window.activateWindow()
        if closed and again:  # a closing dialog's platform focus event may still come
            QTimer.singleShot(RECHECK_MS, lambda: self._reactivate(dialog, again=False))
