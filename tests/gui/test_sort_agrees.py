"""One source of truth for the sort: the box, the header's arrow and the rows' order
agree after every way of sorting (box, header, Ctrl+Shift+D), also while the bar holds
an invalid query and while the table shows the trash."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import close_shell, make_shell, wait_idle
from tests.gui.test_search import activate, titles
from tests.gui.test_sort_restore import NEWEST_FIRST, dated_archive  # noqa: F401

MODS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def assert_agrees(shell) -> None:
    box = shell.window.results.sort_box
    header = shell.window.results.table.horizontalHeader()
    sort = shell.search.sort
    assert box.currentData() == sort
    if shell.search.mode != "search":
        assert not header.isSortIndicatorShown() and not box.isEnabled()
        return
    if sort in ("date", "oldest"):
        assert header.sortIndicatorSection() == 1
        newest = sort == "date"
        want = Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder
        assert header.sortIndicatorOrder() == want
        dated = [t for t in titles(shell) if t != "Undated wheat note"]
        want_titles = [t for t in NEWEST_FIRST if t in dated]
        assert dated == (want_titles if newest else list(reversed(want_titles)))
        assert len(dated) >= 2
    elif sort == "relevance":
        assert header.sortIndicatorSection() == -1


def test_ctrl_shift_d_with_an_invalid_query_in_the_bar_sorts_the_rows_shown(
    qtbot,
    dated_archive,  # noqa: F811
):
    shell = make_shell(qtbot, dated_archive)
    try:
        activate(qtbot, shell.window)
        edit = shell.window.search_bar.edit
        edit.setFocus()
        qtbot.keyClicks(edit, "wheat (")
        wait_idle(qtbot, shell)
        assert shell.window.search_bar.error.isVisible()
        qtbot.keyClick(edit, Qt.Key.Key_D, MODS)
        wait_idle(qtbot, shell)
        assert shell.window.results.sort_box.currentText() == "Date ↓"
        assert_agrees(shell)
        assert shell.window.search_bar.error.isVisible()  # still says what is wrong
        qtbot.keyClick(edit, Qt.Key.Key_D, MODS)
        wait_idle(qtbot, shell)
        assert shell.window.results.sort_box.currentText() == "Date ↑"
        assert_agrees(shell)
    finally:
        close_shell(shell)


def test_the_trash_shows_no_sort_it_does_not_have(qtbot, dated_archive):  # noqa: F811
    shell = make_shell(qtbot, dated_archive)
    try:
        table = shell.window.results.table
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        wait_idle(qtbot, shell)
        shell.sidebar.show_trash()
        wait_idle(qtbot, shell)
        assert shell.search.mode == "trash"
        header = table.horizontalHeader()
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(1) + 5, 5),
        )
        wait_idle(qtbot, shell)
        assert_agrees(shell)
        assert shell.search.mode == "trash"
        # back to a search: the box and the header show its sort again, and the rows have it
        shell.search.set_query("wheat")
        wait_idle(qtbot, shell)
        qtbot.keyClick(shell.window.search_bar.edit, Qt.Key.Key_D, MODS)
        wait_idle(qtbot, shell)
        assert shell.window.results.sort_box.isEnabled()
        assert_agrees(shell)
    finally:
        close_shell(shell)
