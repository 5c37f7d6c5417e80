"""Tag from the keyboard with completion, untag, edit details, trash — and undo it all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.dialogs.metadata import MetadataDialog
from app.gui.dialogs.tag_popup import TagPopup, split_tags
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate, type_query


def open_popup(qtbot, shell, key=Qt.Key.Key_T, mods=Qt.KeyboardModifier.NoModifier):
    table = shell.window.results.table
    table.setFocus()
    with qtbot.waitSignal(shell.edit.dialog_opened, timeout=SLOW_MS) as blocker:
        qtbot.keyClick(table, key, mods)
    return blocker.args[0]


def test_split_tags():
    assert split_tags(" Region/Kazakhstan , energy,, energy ,/Topic/ ") == [
        "Region/Kazakhstan",
        "energy",
        "Topic",
    ]


def test_tag_with_keyboard_completion_and_undo(qtbot, archive, shell):
    archive.tag([1], add=["Region/Kazakhstan"])  # an existing tag to complete
    shell.edit.load_tags()
    wait_idle(qtbot, shell)
    type_query(qtbot, shell, "wheat")
    table = shell.window.results.table
    table.setFocus()
    table.selectAll()
    ids = shell.window.results.selected_ids()
    assert len(ids) == 2
    popup = open_popup(qtbot, shell)
    assert isinstance(popup, TagPopup)
    qtbot.keyClicks(popup.edit, "kazak")
    completer = popup.edit.completer_
    assert completer.popup().isVisible()
    assert completer.currentCompletion() == "Region/Kazakhstan"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert popup.edit.text() == "Region/Kazakhstan"
    qtbot.keyClicks(popup.edit, ", Grain/Wheat")
    assert "New tag will be created: Grain/Wheat" in popup.hint.text()
    activate(qtbot, popup)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    for article in archive.get_many(ids):
        assert {"Region/Kazakhstan", "Grain/Wheat"} <= set(article.tags)
    # the table shows the chips without a new search
    row = shell.model.row_of(ids[1])
    assert "Grain/Wheat" in shell.model.hit(row).tags

    activate(qtbot, shell.window)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, shell)
    assert archive.get(ids[1]).tags == []
    assert archive.get(1).tags == ["Region/Kazakhstan"]  # what was there before stays
    qtbot.keyClick(
        table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    wait_idle(qtbot, shell)
    assert "Grain/Wheat" in archive.get(ids[1]).tags


def test_untag_with_shift_t(qtbot, archive, shell):
    archive.tag([2], add=["Topic/Energy", "Briefing"])
    shell.search.refresh()
    wait_idle(qtbot, shell)
    type_query(qtbot, shell, "pipeline")
    popup = open_popup(qtbot, shell, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert popup.remove
    qtbot.keyClicks(popup.edit, "Briefing")
    popup.accept()
    wait_idle(qtbot, shell)
    assert archive.get(2).tags == ["Topic/Energy"]


def test_delete_moves_to_trash_and_undo_restores(qtbot, archive, shell):
    type_query(qtbot, shell, "pipeline")
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wait_idle(qtbot, shell)
    assert shell.model.rowCount() == 0
    assert [a.id for a in archive.trash()] == [2]
    shell.edit.undo()
    wait_idle(qtbot, shell)
    assert archive.trash() == []
    assert shell.model.rowCount() == 1


def test_edit_details_validates_and_undoes(qtbot, archive, shell):
    type_query(qtbot, shell, "pipeline")
    dialog = open_popup(qtbot, shell, Qt.Key.Key_E)
    assert isinstance(dialog, MetadataDialog)
    save = dialog.buttons.buttons()[0]
    dialog.edits["published"].setText("yesterday-ish")
    assert not dialog.errors["published"].isHidden()
    assert not save.isEnabled()
    dialog.edits["published"].setText("2025-11-03 14:30")
    dialog.edits["url"].setText("example.org")
    assert not save.isEnabled()
    dialog.edits["url"].setText("https://example.org/pipeline")
    dialog.edits["source"].setText("Reuters")
    assert save.isEnabled()
    assert dialog.changes().keys() == {"published", "url", "source"}
    dialog.accept()
    wait_idle(qtbot, shell)
    article = archive.get(2)
    assert article.source == "Reuters" and article.url.endswith("/pipeline")
    assert article.published.strftime("%Y-%m-%d %H:%M") == "2025-11-03 14:30"
    shell.edit.undo()
    wait_idle(qtbot, shell)
    assert archive.get(2).source == ""


def test_notes_saved_from_reader(qtbot, archive, shell):
    type_query(qtbot, shell, "pipeline")
    notes = shell.window.reader.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "check the tariff")
    qtbot.waitUntil(lambda: archive.get(2).notes == "check the tariff", timeout=SLOW_MS)
    assert QApplication.focusWidget() is notes
