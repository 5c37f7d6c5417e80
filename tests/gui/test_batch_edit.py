"""E with several clippings selected edits them all: source, section, language, tags to
add; a field where they differ stays as each has it unless typed into; one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.dialogs.batch_edit import MIXED, BatchEditDialog
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate

CTRL = Qt.KeyboardModifier.ControlModifier


def fields(archive, name: str) -> dict[int, str]:
    return {a.id: getattr(a, name) for a in archive.get_many_plain([1, 2, 3, 4])}


def test_e_on_several_rows_edits_them_all_in_one_undo_step(qtbot, archive, shell):
    archive.update(1, {"section": "Markets", "language": "de"})
    archive.update(2, {"section": "Energy", "language": "de"})
    archive.update(3, {"language": "de"})
    archive.update(4, {"language": "de"})
    archive.tag([1], add=["Topics/Asia"])
    shell.search.refresh()
    wait_idle(qtbot, shell)
    sections = fields(archive, "section")
    activate(qtbot, shell.window)
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    assert len(shell.window.results.selected_ids()) == 4
    with qtbot.waitSignal(shell.edit.dialog_opened, timeout=SLOW_MS) as opened:
        qtbot.keyClick(table, Qt.Key.Key_E)
    dialog = opened.args[0]
    assert isinstance(dialog, BatchEditDialog)
    assert dialog.windowTitle() == "Edit 4 Clippings"
    assert dialog.edits["language"].text() == "de"  # shared: shown
    assert dialog.edits["section"].text() == ""  # differs: left as each has it
    assert dialog.edits["section"].placeholderText() == MIXED

    activate(qtbot, dialog)
    dialog.edits["source"].setFocus()
    qtbot.keyClicks(dialog.edits["source"], "Desk Wire")
    dialog.edits["language"].selectAll()
    qtbot.keyClicks(dialog.edits["language"], "e")
    assert not dialog.buttons.buttons()[0].isEnabled()  # "e" is no language code
    qtbot.keyClicks(dialog.edits["language"], "n")
    dialog.tags.setFocus()
    qtbot.keyClicks(dialog.tags, "Topics/Asia, Desk/Checked")
    dialog.tags.completer_.popup().hide()
    qtbot.keyClick(dialog.tags, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: set(fields(archive, "source").values()) == {"Desk Wire"}, timeout=SLOW_MS
    )
    wait_idle(qtbot, shell)
    assert set(fields(archive, "language").values()) == {"en"}
    assert fields(archive, "section") == sections  # not typed into: kept
    assert all({"Topics/Asia", "Desk/Checked"} <= set(t) for t in fields(archive, "tags").values())
    row = shell.model.row_of(3)
    assert shell.model.hit(row).source == "Desk Wire"

    activate(qtbot, shell.window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # one step undoes it all
    qtbot.waitUntil(lambda: set(fields(archive, "language").values()) == {"de"}, timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    assert set(fields(archive, "source").values()) == {""}
    assert fields(archive, "tags") == {1: ["Topics/Asia"], 2: [], 3: [], 4: []}
    assert QApplication.activeModalWidget() is None


def test_one_row_still_opens_the_full_editor(qtbot, shell):
    activate(qtbot, shell.window)
    table = shell.window.results.table
    table.setFocus()
    with qtbot.waitSignal(shell.edit.dialog_opened, timeout=SLOW_MS) as opened:
        qtbot.keyClick(table, Qt.Key.Key_E)
    assert opened.args[0].objectName() == "metadataDialog"
    opened.args[0].reject()
