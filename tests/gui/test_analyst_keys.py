"""Keys an analyst reaches for in a session (found in a keyboard-only session on a few
hundred German and Russian clippings): Esc in the reader goes back to the list, as the
shortcut sheet says; after a press review the keys are back on the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.answering import Answer
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate, type_query


def test_esc_in_the_reader_goes_back_to_the_results(qtbot, shell):
    type_query(qtbot, shell, "wheat")
    window = shell.window
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.results.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.results.table, Qt.Key.Key_Return)  # Enter reads
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.body, timeout=SLOW_MS)
    if window.reader.article is None:  # still "Loading…": its notes take no keys yet
        assert window.reader.notes.isReadOnly()
    qtbot.waitUntil(lambda: window.reader.article is not None, timeout=SLOW_MS)
    assert not window.reader.notes.isReadOnly()
    qtbot.keyClick(window.reader.body, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.results.table
    assert window.results.table.currentIndex().row() == 1  # on the row it read
    activate(qtbot, window)
    window.reader.notes.setFocus()  # Esc from the notes too, the note kept
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.notes, timeout=SLOW_MS)
    qtbot.keyClicks(window.reader.notes, "check with desk")
    qtbot.keyClick(window.reader.notes, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.results.table
    wait_idle(qtbot, shell)

    qtbot.waitUntil(
        lambda: shell.session.archive.get(window.reader.article.id).notes == "check with desk",
        timeout=SLOW_MS,
    )


def test_after_a_press_review_the_keys_are_on_the_list(qtbot, tmp_path, shell):
    """The file dialog after the title dialog closed, the list had the keys a moment and
    then no window was active (offscreen; window managers that do not re-activate a
    dialog's parent alike): T, Enter, Ctrl+P did nothing until a click."""
    type_query(qtbot, shell, "Kazakhstan")
    window = shell.window
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.results.table
    target = tmp_path / "review.pdf"
    answer = Answer(qtbot, str(target))
    qtbot.keyClick(window.results.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=SLOW_MS)
    review = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.title_edit, timeout=SLOW_MS)
    qtbot.keyClick(review.title_edit, Qt.Key.Key_Return)  # the title as offered
    answer.returned = True
    qtbot.waitUntil(lambda: answer.closed() and target.exists(), timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=SLOW_MS)
    assert QApplication.focusWidget() is window.results.table


def test_a_note_cannot_be_typed_into_an_article_still_loading(qtbot, shell, monkeypatch, gate):
    """While the reader says "Loading…" it has no article: a note typed then was kept on
    screen and dropped when the article came (its own notes replaced it)."""
    archive = shell.session.archive
    real = type(archive).get

    def slow_get(self, article_id):
        gate.hold()  # until the note was tried (0.6 s could pass first on a loaded machine)
        return real(self, article_id)

    type_query(qtbot, shell, "wheat")
    window = shell.window
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    monkeypatch.setattr(type(archive), "get", slow_get)
    qtbot.keyClick(window.results.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.results.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.body.toPlainText() == "Loading…", timeout=SLOW_MS)
    activate(qtbot, window)
    window.reader.notes.setFocus()
    qtbot.keyClicks(window.reader.notes, "lost")
    assert window.reader.notes.toPlainText() == ""  # read-only until the article is in
    gate.open()
    qtbot.waitUntil(lambda: window.reader.article is not None, timeout=SLOW_MS)
    window.reader.notes.setFocus()
    qtbot.keyClicks(window.reader.notes, "kept")
    assert window.reader.notes.toPlainText() == "kept"
    wait_idle(qtbot, shell)


def test_tab_leaves_the_list_for_the_reader_and_the_sidebar(qtbot, shell):
    """Tab in the list moved its current cell along the row (invisible with whole rows
    selected): the keys never left the list, and the sidebar's facets were out of reach."""
    type_query(qtbot, shell, "wheat")
    window = shell.window
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    table = window.results.table
    assert QApplication.focusWidget() is table
    row = table.currentIndex().row()
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[0] is not table
    names = [w.objectName() for w in reached]
    assert window.reader.body in reached and window.sidebar.tree in reached, names
    window.sidebar.tree.setFocus()
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Down)  # the facets answer the keys
    back = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        back.append(QApplication.focusWidget())
        if back[-1] is table:
            break
    assert back[-1] is table and table.currentIndex().row() == row


def test_enter_on_a_facet_keeps_the_keys_on_it(qtbot, shell):
    """Enter on a facet narrowed the search and the sidebar, rebuilt for it, lost its
    current item: a second Enter (exclude) did nothing, the keys were back at the top. And
    an excluded value left the sidebar (no match has it): the third press, which drops the
    term, could not be made with keys or a click."""
    type_query(qtbot, shell, "Kazakhstan")
    found = shell.model.rowCount()
    window = shell.window
    tree = window.sidebar.tree
    tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree, timeout=SLOW_MS)
    for _ in range(20):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tree.currentIndex().data() == "English":
            break
    assert tree.currentIndex().data() == "English"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert window.search_bar.text() == "Kazakhstan lang:en"
    assert tree.currentIndex().data() == "✓ English"  # still on it
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # again: exclude
    wait_idle(qtbot, shell)
    assert window.search_bar.text() == "Kazakhstan -lang:en"
    assert tree.currentIndex().data() == "⊘ English"  # listed, with no matches
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # a third time: the term goes
    wait_idle(qtbot, shell)
    assert window.search_bar.text() == "Kazakhstan"
    assert tree.currentIndex().data() == "English" and shell.model.rowCount() == found


def test_enter_on_a_facet_typed_by_hand_excludes_it(qtbot, archive, shell):
    """'tag:watch' typed, then Enter on the sidebar's 'Watch': it is the same filter (the
    search ignores case), so Enter excludes it, and again drops it (the first Enter added
    'tag:Watch' beside it, the second gave 'tag:watch -tag:Watch', nothing found)."""
    archive.tag([1, 2], add=["Watch"])
    shell.search.refresh()
    wait_idle(qtbot, shell)
    type_query(qtbot, shell, "tag:watch")
    assert shell.model.rowCount() == 2
    window = shell.window
    tree = window.sidebar.tree
    tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree, timeout=SLOW_MS)
    for _ in range(20):
        if tree.currentIndex().data() == "✓ Watch":  # shown as the filter it is
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().data() == "✓ Watch"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert window.search_bar.text() == "-tag:watch"
    assert shell.model.rowCount() == 2  # the other two of four
    assert tree.currentIndex().data() == "⊘ watch"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert window.search_bar.text() == "" and shell.model.rowCount() == 4
