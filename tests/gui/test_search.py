"""Typing in the search bar shows hits; arrows move; invalid queries say why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.models.results import MarkedTitleRole, SnippetRole
from tests.gui.conftest import SLOW_MS, wait_idle


def type_query(qtbot, shell, text: str) -> None:
    edit = shell.window.search_bar.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    wait_idle(qtbot, shell)
    activate(qtbot, shell.window)


def activate(qtbot, window) -> None:
    """The offscreen platform leaves a closed completer popup as the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=SLOW_MS)


def titles(shell) -> list[str]:
    model = shell.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_all_articles_shown_on_open(shell):
    assert shell.model.rowCount() == 4
    assert "4" in shell.window.results.summary.text()
    assert "4 clippings" in shell.window.status.count.text()
    assert not shell.window.welcome_shown


def test_type_a_query_and_see_hits(qtbot, shell):
    type_query(qtbot, shell, "wheat")
    assert shell.model.rowCount() == 2
    assert "Kazakhstan raises wheat exports" in titles(shell)
    assert shell.window.search_bar.error.isHidden()


def test_rows_come_first_and_their_marked_snippets_follow(qtbot, shell):
    shown: list[list[str]] = []

    def snippets() -> list[str]:
        return [shell.model.index(row, 0).data(SnippetRole) for row in range(2)]

    shell.search.results_shown.connect(lambda _result: shown.append(snippets()))
    with qtbot.waitSignal(shell.search.snippets_shown, timeout=SLOW_MS):
        type_query(qtbot, shell, "wheat")
    assert shown and not any("<b>" in s.lower() for s in shown[-1])  # opening words
    assert all("<b>wheat</b>" in s.lower() for s in snippets())


def test_a_row_marks_the_query_in_its_title_once_snippets_arrive(qtbot, shell):
    with qtbot.waitSignal(shell.search.snippets_shown, timeout=SLOW_MS):
        type_query(qtbot, shell, '"wheat exports"')
    row = titles(shell).index("Kazakhstan raises wheat exports")
    marked = shell.model.index(row, 0).data(MarkedTitleRole)
    assert marked == "Kazakhstan raises <b>wheat</b> <b>exports</b>"
    shell.window.results.table.viewport().grab()  # the delegate paints the marked title


def test_arrows_in_the_bar_move_through_results_and_reader_follows(qtbot, shell):
    type_query(qtbot, shell, "wheat")
    edit = shell.window.search_bar.edit
    table = shell.window.results.table
    assert table.currentIndex().row() == 0
    with qtbot.waitSignal(shell.reader.shown, timeout=SLOW_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    assert edit.hasFocus()  # still typing
    assert shell.window.reader.article.id == shell.model.id_at(1)
    assert shell.window.reader.hit_count >= 1  # wheat is marked in the body


def test_invalid_query_shows_inline_message_and_keeps_results(qtbot, shell):
    type_query(qtbot, shell, "nosuchfield:x")
    error = shell.window.search_bar.error
    assert error.isVisible()
    assert "unknown field" in error.text()
    assert shell.model.rowCount() == 4  # the last good result stays
    type_query(qtbot, shell, "pipeline")
    assert error.isHidden()
    assert shell.model.rowCount() == 1


def test_stale_results_are_dropped(qtbot, shell):
    edit = shell.window.search_bar.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "pipeline")
    shell.search.run_now()  # a search for "pipeline" is now in flight …
    qtbot.keyClicks(edit, " OR election")  # … and the user types on
    wait_idle(qtbot, shell)
    assert shell.model.query == "pipeline OR election"
    assert shell.model.rowCount() == 2


def test_enter_opens_reader_and_escape_returns(qtbot, shell):
    type_query(qtbot, shell, "railway")
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shell.window.reader.body.hasFocus()
    edit = shell.window.search_bar.edit
    qtbot.keyClick(shell.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # clears
    assert edit.text() == ""
    wait_idle(qtbot, shell)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # back to the results
    assert table.hasFocus()


def test_f3_moves_between_matches(qtbot, shell):
    type_query(qtbot, shell, "wheat")
    shell.window.results.select_row(0)
    qtbot.waitUntil(lambda: shell.window.reader.article is not None, timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    reader = shell.window.reader
    count = reader.hit_count
    assert count >= 2
    qtbot.keyClick(shell.window.results.table, Qt.Key.Key_F3)
    assert reader.current_hit == 0
    qtbot.keyClick(shell.window.results.table, Qt.Key.Key_F3)
    assert reader.current_hit == 1
    qtbot.keyClick(shell.window.results.table, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == 0
    assert reader.body.textCursor().selectedText().lower() == "wheat"


def test_sort_by_title(qtbot, shell):
    shell.window.results.sort_chosen.emit("title")
    wait_idle(qtbot, shell)
    names = titles(shell)
    assert names == sorted(names, key=str.casefold)


def test_enter_in_the_bar_hands_the_keys_to_the_list_keeping_the_row(qtbot, shell):
    """A row picked with the arrows from the bar stays current on Enter (the search is not
    run again), and the list has the keys, so T tags instead of typing into the query."""
    type_query(qtbot, shell, "Baku OR Bishkek OR Tashkent")
    edit, table = shell.window.search_bar.edit, shell.window.results.table
    assert shell.model.rowCount() == 3
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    picked = shell.window.results.current_id()
    assert table.currentIndex().row() == 2
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert table.hasFocus()
    assert shell.window.results.current_id() == picked
    assert edit.text() == "Baku OR Bishkek OR Tashkent"


def test_enter_right_after_typing_runs_the_search_and_focuses_its_first_row(qtbot, shell):
    edit = shell.window.search_bar.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "railway")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # before the typing pause has run it
    wait_idle(qtbot, shell)
    assert shell.window.results.table.hasFocus()
    assert shell.model.rowCount() == 1
    assert shell.window.results.table.currentIndex().row() == 0
