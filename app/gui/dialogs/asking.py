"""Questions that take typed input (a name, a colour), opened with ``open()`` and
answered through a callback.

The static ``QInputDialog.getText`` and ``QColorDialog.getColor`` run a nested ``exec()``
loop under the action handler; keys typed into them were handled while Qt tore the
dialog down (see file_dialogs, where that crashed the process). Here the handler returns
at once, and the dialog is deleted later, once it has closed and answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QInputDialog, QMessageBox, QWidget

D = TypeVar("D", bound=QDialog)


def open_modal(dialog: D, accepted: Callable[[], None]) -> D:
    """Open ``dialog`` application-modal (as the static calls were) without a loop of its
    own; ``accepted()`` reads it once it is accepted, before it is deleted."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def done(result: int) -> None:
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            accepted()

    dialog.finished.connect(done)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.open()
    return dialog


def ask_text(
    parent: QWidget | None, title: str, label: str, text: str, chosen: Callable[[str], None]
) -> QInputDialog:
    """A line of text; ``chosen(text)`` once it is accepted (it may be blank)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    return open_modal(dialog, lambda: chosen(dialog.textValue()))


def ask_color(
    parent: QWidget | None, title: str, initial: QColor, chosen: Callable[[str], None]
) -> QColorDialog:
    """A colour; ``chosen("#rrggbb")`` once a valid one is accepted."""
    dialog = QColorDialog(initial, parent)
    dialog.setWindowTitle(title)

    def accepted() -> None:
        color = dialog.selectedColor()
        if color.isValid():
            chosen(color.name())

    return open_modal(dialog, accepted)


def ask_confirm(
    parent: QWidget | None, title: str, text: str, action: str, confirmed: Callable[[], None]
) -> QMessageBox:
    """A yes-or-cancel question whose yes button says what it does (``action``, the
    default button); ``confirmed()`` once it is pressed."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def done(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is yes:
            confirmed()

    box.finished.connect(done)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.open()
    return box
