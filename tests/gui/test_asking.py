"""Questions that take typed input, driven by keys: Ctrl+S's name for a search, the tag
manager's new name and colour. Each dialog is open while the main loop runs (opened with
open(), app/gui/dialogs/asking.py), not in a static call's nested loop; Return takes what
was typed, Escape nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog, QLineEdit, QPushButton

from app.gui.dialogs.tag_manager import TagManagerDialog
from tests.gui.answering import Answer
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_export import press


def text_field(dialog) -> QLineEdit:
    return dialog.findChild(QLineEdit)


def html_field(dialog) -> QLineEdit:
    """The colour dialog's "HTML:" field (#rrggbb), not a spin box's editor."""
    return next(e for e in dialog.findChildren(QLineEdit) if e.text().startswith("#"))


def answer_after(qtbot, answer: Answer, opened) -> None:
    opened()
    answer.returned = True
    qtbot.waitUntil(answer.closed, timeout=SLOW_MS)
    answer.check()


def test_ctrl_s_saves_the_search_under_the_name_typed(qtbot, archive, shell):
    shell.window.search_bar.set_text("wheat")
    wait_idle(qtbot, shell)
    cancelled = Answer(qtbot, None, QInputDialog, text_field)
    answer_after(qtbot, cancelled, lambda: press(qtbot, shell, Qt.Key.Key_S))
    wait_idle(qtbot, shell)
    assert archive.saved_searches() == []
    answer = Answer(qtbot, "Grain watch", QInputDialog, text_field)
    answer_after(qtbot, answer, lambda: press(qtbot, shell, Qt.Key.Key_S))
    qtbot.waitUntil(
        lambda: [s.name for s in archive.saved_searches()] == ["Grain watch"], timeout=SLOW_MS
    )
    assert archive.saved_searches()[0].query == "wheat"


def test_the_tag_manager_renames_and_colours_with_what_was_typed(qtbot, archive, shell):
    archive.tag([1, 2], add=["Kazakhstan"])
    wait_idle(qtbot, shell)
    press(
        qtbot,
        shell,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, TagManagerDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=SLOW_MS,
    )
    manager = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TagManagerDialog))
    qtbot.waitUntil(lambda: manager.tree.topLevelItemCount() == 1, timeout=SLOW_MS)
    manager.tree.setCurrentItem(manager.tree.topLevelItem(0))

    def click(text: str) -> None:
        button = next(b for b in manager.findChildren(QPushButton) if b.text() == text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    answer = Answer(qtbot, "Region/Kazakhstan", QInputDialog, text_field)
    answer_after(qtbot, answer, lambda: click("Rename / Move / Merge…"))
    qtbot.waitUntil(
        lambda: [t.name for t in archive.tags()] == ["Region/Kazakhstan"], timeout=SLOW_MS
    )
    wait_idle(qtbot, shell)
    names = lambda: [  # noqa: E731  (the tree's nodes: a parent level over the tag)
        item.data(0, Qt.ItemDataRole.UserRole)
        for item in manager.tree.findItems(
            "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        )
    ]
    qtbot.waitUntil(lambda: names() == ["Region", "Region/Kazakhstan"], timeout=SLOW_MS)
    manager.tree.setCurrentItem(manager.tree.topLevelItem(0).child(0))
    assert manager.selected() == "Region/Kazakhstan"
    answer = Answer(qtbot, "#123456", QColorDialog, html_field)
    answer_after(qtbot, answer, lambda: click("Colour…"))
    qtbot.waitUntil(lambda: archive.tags()[0].color == "#123456", timeout=SLOW_MS)
    cancelled = Answer(qtbot, None, QColorDialog, html_field)
    answer_after(qtbot, cancelled, lambda: click("Colour…"))
    wait_idle(qtbot, shell)
    assert archive.tags()[0].color == "#123456"
    manager.reject()
