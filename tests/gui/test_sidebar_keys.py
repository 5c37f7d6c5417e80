"""Del and F2 act on what has focus: in the sidebar on the saved search (Del deletes it,
Ctrl+Z brings it back; F2 renames it), in the list on the rows. Del with a saved search
selected trashed the current result row without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from tests.gui.conftest import SLOW_MS, close_shell, make_shell, wait_idle
from tests.gui.test_search_requests import find_item


def saved_names(shell) -> list[str]:
    return [name for name, _query in shell.sidebar._saved]


def open_with_saved(qtbot, archive):
    archive.save_search("Wheat", "wheat")
    shell = make_shell(qtbot, archive)
    tree = shell.window.sidebar.tree
    qtbot.waitUntil(lambda: find_item(tree, "saved", "wheat") is not None, timeout=SLOW_MS)
    tree.setFocus()
    tree.setCurrentIndex(find_item(tree, "saved", "wheat"))
    return shell, tree


def test_del_on_a_saved_search_deletes_it_not_the_selected_row_and_undo_restores(qtbot, archive):
    shell, tree = open_with_saved(qtbot, archive)
    try:
        rows = shell.model.rowCount()
        assert rows == 4 and shell.window.results.table.currentIndex().isValid()
        qtbot.keyClick(tree, Qt.Key.Key_Delete)
        wait_idle(qtbot, shell)
        qtbot.waitUntil(lambda: saved_names(shell) == [], timeout=SLOW_MS)
        assert shell.model.rowCount() == rows  # no row went to the trash
        assert archive.trash() == [] and archive.article_count() == 4
        assert "Ctrl+Z" in shell.window.status.currentMessage()
        qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: saved_names(shell) == ["Wheat"], timeout=SLOW_MS)
        # in the list, Del still trashes the current row
        table = shell.window.results.table
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        wait_idle(qtbot, shell)
        assert shell.model.rowCount() == rows - 1 and len(archive.trash()) == 1
    finally:
        close_shell(shell)


def test_f2_on_a_saved_search_renames_it(qtbot, archive):
    shell, tree = open_with_saved(qtbot, archive)
    try:
        qtbot.keyClick(tree, Qt.Key.Key_F2)
        qtbot.waitUntil(
            lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=SLOW_MS
        )
        dialog = QApplication.activeModalWidget()
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        qtbot.keyClicks(field, "Wheat exports")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: saved_names(shell) == ["Wheat exports"], timeout=SLOW_MS)
        assert [(s.name, s.query) for s in archive.saved_searches()] == [("Wheat exports", "wheat")]
    finally:
        close_shell(shell)
