"""Tagging shows at once and the list follows: the chips change as soon as the popup is
accepted (storing and indexing 40 clippings takes seconds), and a query the change
affects (``tag:Watch`` after Watch came off) runs again by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.gates import Gate
from tests.gui.test_search import activate, type_query
from tests.gui.test_tagging import open_popup


def slow_tagging(archive, monkeypatch, gate: Gate) -> None:
    """Tag writes held until ``gate`` opens: what shows before that shows while the archive
    still stores it (a 1.5 s sleep against a 1 s bound: a loaded machine could miss it)."""
    monkeypatch.setattr(archive, "tag", gate.wrap(archive.tag))


def chips(shell) -> list[list[str]]:
    return [shell.model.hit(r).tags for r in range(shell.model.rowCount())]


def test_removing_a_tag_shows_at_once_and_the_tag_query_runs_again(
    qtbot, archive, shell, monkeypatch, gate
):
    archive.tag([1, 2, 3], add=["Watch"])
    type_query(qtbot, shell, "tag:Watch")
    assert shell.model.rowCount() == 3
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(shell.window.results.selected_ids()) == 2
    slow_tagging(archive, monkeypatch, gate)
    popup = open_popup(qtbot, shell, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(popup.edit, "Watch")
    popup.edit.completer_.popup().hide()
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sum("Watch" in t for t in chips(shell)) == 1, timeout=SLOW_MS)
    assert not gate.is_open and shell.model.rowCount() == 3  # shown while still stored
    gate.open()
    qtbot.waitUntil(lambda: shell.model.rowCount() == 1, timeout=SLOW_MS)  # nothing retyped
    wait_idle(qtbot, shell)
    assert "<b>1</b> clipping" in shell.window.results.summary.text()
    assert chips(shell) == [["Watch"]]


def test_adding_a_tag_shows_the_chips_at_once_and_undo_takes_them_off(
    qtbot, archive, shell, monkeypatch, gate
):
    type_query(qtbot, shell, "wheat")
    table = shell.window.results.table
    table.setFocus()
    table.selectAll()
    slow_tagging(archive, monkeypatch, gate)
    popup = open_popup(qtbot, shell)
    qtbot.keyClicks(popup.edit, "Review")
    popup.edit.completer_.popup().hide()
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all("Review" in t for t in chips(shell)), timeout=SLOW_MS)
    assert not gate.is_open  # shown while the archive still stores it
    gate.open()
    wait_idle(qtbot, shell)
    assert all("Review" in a.tags for a in archive.get_many(shell.model.ids))
    undo = archive.undo_tag
    held = Gate()
    monkeypatch.setattr(archive, "undo_tag", held.wrap(undo))
    try:
        activate(qtbot, shell.window)
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not any("Review" in t for t in chips(shell)), timeout=SLOW_MS)
        assert not held.is_open  # taken off while the archive still stores the undo
    finally:
        held.open()
    wait_idle(qtbot, shell)
    assert chips(shell) == [[], []]
