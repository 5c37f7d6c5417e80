"""Tagging shows at once and the list follows: the chips change as soon as the popup is
accepted (storing and indexing 40 clippings takes seconds), and a query the change
affects (``tag:Watch`` after Watch came off) runs again by itself."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_idle
from tests.gui.test_search import activate, type_query
from tests.gui.test_tagging import open_popup


def slow_tagging(archive, monkeypatch, seconds: float = 1.5):
    real = archive.tag

    def tag(*args, **kwargs):
        time.sleep(seconds)
        return real(*args, **kwargs)

    monkeypatch.setattr(archive, "tag", tag)


def chips(shell) -> list[list[str]]:
    return [shell.model.hit(r).tags for r in range(shell.model.rowCount())]


def test_removing_a_tag_shows_at_once_and_the_tag_query_runs_again(
    qtbot, archive, shell, monkeypatch
):
    archive.tag([1, 2, 3], add=["Watch"])
    type_query(qtbot, shell, "tag:Watch")
    assert shell.model.rowCount() == 3
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(shell.window.results.selected_ids()) == 2
    slow_tagging(archive, monkeypatch)
    popup = open_popup(qtbot, shell, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(popup.edit, "Watch")
    popup.edit.completer_.popup().hide()
    started = time.monotonic()
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sum("Watch" in t for t in chips(shell)) == 1, timeout=1000)
    assert time.monotonic() - started < 1.0  # shown while the archive still stores it
    qtbot.waitUntil(lambda: shell.model.rowCount() == 1, timeout=5000)  # nothing retyped
    wait_idle(qtbot, shell)
    assert "<b>1</b> clipping" in shell.window.results.summary.text()
    assert chips(shell) == [["Watch"]]


def test_adding_a_tag_shows_the_chips_at_once_and_undo_takes_them_off(
    qtbot, archive, shell, monkeypatch
):
    type_query(qtbot, shell, "wheat")
    table = shell.window.results.table
    table.setFocus()
    table.selectAll()
    slow_tagging(archive, monkeypatch)
    popup = open_popup(qtbot, shell)
    qtbot.keyClicks(popup.edit, "Review")
    popup.edit.completer_.popup().hide()
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all("Review" in t for t in chips(shell)), timeout=1000)
    wait_idle(qtbot, shell)
    assert all("Review" in a.tags for a in archive.get_many(shell.model.ids))
    activate(qtbot, shell.window)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not any("Review" in t for t in chips(shell)), timeout=1000)
    wait_idle(qtbot, shell)
    assert chips(shell) == [[], []]
