"""The reader follows the current row at once, even while the read pool is busy (the first
searches after start-up, cold caches), and a late answer never replaces a newer row's."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from tests.gui.test_search import type_query

SLOW_S = 1.0  # snippets and a spelling suggestion on a cold 10,000-clipping archive


def slow(monkeypatch, archive, name: str) -> None:
    real = getattr(archive, name)

    def slowed(*args, **kwargs):
        time.sleep(SLOW_S)
        return real(*args, **kwargs)

    monkeypatch.setattr(archive, name, slowed)


def test_down_then_enter_shows_the_new_row_while_searches_keep_the_pool_busy(
    qtbot, archive, shell, monkeypatch
):
    type_query(qtbot, shell, "wheat")
    table = shell.window.results.table
    assert shell.model.rowCount() == 2
    first, second = shell.model.id_at(0), shell.model.id_at(1)
    assert shell.reader.article_id == first
    slow(monkeypatch, archive, "hits")  # the rows' marked snippets
    slow(monkeypatch, archive, "suggest")  # "did you mean", asked when little is found
    with qtbot.waitSignal(shell.search.results_shown, timeout=5000):
        qtbot.keyClicks(shell.window.search_bar.edit, " ")  # "wheat ": same rows, new search
    assert shell.session.tasks.pending >= 2  # both readers are busy
    table.setFocus()
    started = time.perf_counter()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shell.window.results.current_id() == second
    qtbot.waitUntil(lambda: shell.reader.article_id == second, timeout=5000)
    took = time.perf_counter() - started
    assert took < SLOW_S / 2, f"the reader followed after {took:.2f} s"
    # and it stays on that row once the slow reads are in
    qtbot.waitUntil(lambda: shell.session.tasks.pending == 0, timeout=10000)
    assert shell.reader.article_id == second == shell.window.results.current_id()


def test_a_late_answer_for_an_earlier_search_never_replaces_the_current_one(
    qtbot, archive, shell, monkeypatch
):
    """The same article first under two searches: its highlights are the newer search's."""
    real = archive.highlight

    def highlight(article_id, query):  # marking "wheat" is slow, "harvest" quick
        if query == "wheat":
            time.sleep(0.6)
        return real(article_id, query)

    monkeypatch.setattr(archive, "highlight", highlight)
    edit = shell.window.search_bar.edit
    edit.setFocus()
    with qtbot.waitSignal(shell.search.results_shown, timeout=5000):
        qtbot.keyClicks(edit, "wheat")
    article = shell.model.id_at(0)
    qtbot.wait(150)  # the reader starts loading it with "wheat" marked
    edit.selectAll()
    with qtbot.waitSignal(shell.search.results_shown, timeout=5000):
        qtbot.keyClicks(edit, "harvest")
    assert shell.model.id_at(0) == article
    qtbot.waitUntil(lambda: shell.reader.article_id == article, timeout=5000)
    qtbot.waitUntil(lambda: shell.session.tasks.pending == 0 and shell.reader.idle, timeout=5000)
    qtbot.wait(100)
    assert shell.window.reader.hit_count == 1  # "harvest" once; "wheat" would be 2


def test_a_new_row_shows_its_title_at_once_never_the_previous_article(
    qtbot, archive, shell, monkeypatch
):
    """The load takes 40 ms and more (longer on a busy archive); meanwhile the reader shows
    what the list knows of the new row and "Loading…", not the article it showed before."""
    type_query(qtbot, shell, "wheat")
    first, second = shell.model.id_at(0), shell.model.id_at(1)
    assert shell.reader.article_id == first
    reader = shell.window.reader
    first_body = reader.body.toPlainText()
    slow(monkeypatch, archive, "get")
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    hit = shell.model.hit(1)
    assert hit.id == second
    assert reader.title.text() == hit.title
    assert hit.source in reader.meta.text()
    assert reader.body.toPlainText() == "Loading…" != first_body
    assert shell.reader.article_id is None  # nothing acts on the previous article now
    qtbot.waitUntil(lambda: shell.reader.article_id == second, timeout=5000)
    assert reader.title.text() == hit.title
    assert "railway" in reader.body.toPlainText()
    # back up: the first row at once again, and its article once loaded
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert reader.title.text() == shell.model.hit(0).title
    assert reader.body.toPlainText() == "Loading…"
    qtbot.waitUntil(lambda: shell.reader.article_id == first, timeout=5000)
    assert reader.body.toPlainText() == first_body
