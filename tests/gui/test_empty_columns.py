"""A Date or Source column that no result fills hides (its width the title's) and comes
back with the first result that has one; the status bar's "Match 2 of 5" goes with the
article or search it was about."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.widgets.column_fit import HIDE_WHEN_NARROW
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate, type_query

DATE, SOURCE = 1, 2


def hidden(shell) -> set[int]:
    header = shell.window.results.table.horizontalHeader()
    return {c for c in range(1, header.count()) if header.isSectionHidden(c)}


def test_date_and_source_hide_while_no_result_has_one(qtbot, archive, shell):
    assert all(not a.source and a.published is None for a in archive.get_many_plain([1, 2, 3, 4]))
    table = shell.window.results.table
    qtbot.waitUntil(lambda: {DATE, SOURCE} <= hidden(shell), timeout=SLOW_MS)
    title_alone = table.columnWidth(0)

    # a source given from the keyboard (E): the column comes back for every row
    type_query(qtbot, shell, "pipeline")
    table.setFocus()
    with qtbot.waitSignal(shell.edit.dialog_opened, timeout=SLOW_MS) as opened:
        qtbot.keyClick(table, Qt.Key.Key_E)
    dialog = opened.args[0]
    activate(qtbot, dialog)
    dialog.edits["source"].setFocus()
    qtbot.keyClicks(dialog.edits["source"], "Trend")
    qtbot.keyClick(dialog.edits["source"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: archive.get(2).source == "Trend", timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: SOURCE not in hidden(shell), timeout=SLOW_MS)
    assert DATE in hidden(shell)
    assert table.columnWidth(SOURCE) >= 64
    assert table.columnWidth(0) < title_alone  # the width the title had was Source's

    type_query(qtbot, shell, "wheat")  # rows without a source again
    assert {DATE, SOURCE} <= hidden(shell)
    with shell.window.results.column_fit.preferred_widths():  # what a restart restores
        assert hidden(shell) == set()
    assert {DATE, SOURCE} <= hidden(shell)
    assert HIDE_WHEN_NARROW not in hidden(shell)


def test_a_match_message_goes_with_a_new_search(qtbot, shell):
    type_query(qtbot, shell, "wheat")
    shell.window.results.select_row(0)
    qtbot.waitUntil(lambda: shell.window.reader.hit_count >= 2, timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F3)
    qtbot.keyClick(table, Qt.Key.Key_F3)
    status = shell.window.status
    assert status.currentMessage().startswith("Match 2 of ")
    type_query(qtbot, shell, "pipeline")
    qtbot.waitUntil(lambda: shell.window.reader.hit_count >= 1, timeout=SLOW_MS)
    assert not status.currentMessage().startswith("Match")
    assert shell.window.reader.current_hit == -1

    qtbot.keyClick(table, Qt.Key.Key_F3)
    assert status.currentMessage() == f"Match 1 of {shell.window.reader.hit_count}"
    type_query(qtbot, shell, "nothingmatchesthis")  # no article in the reader at all
    assert shell.window.reader.article is None
    assert not status.currentMessage().startswith("Match")
    assert shell.window.reader.hit_label.text() == ""
