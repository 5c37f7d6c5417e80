"""The reader follows the current row at once, even while the read pool is busy (the first
searches after start-up, cold caches), and a late answer never replaces a newer row's."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from tests.gui.conftest import SLOW_MS
from tests.gui.test_search import type_query

SLOW_S = 1.0  # snippets and a spelling suggestion on a cold 10,000-clipping archive


def slow(monkeypatch, archive, name: str) -> None:
    real = getattr(archive, name)

    def slowed(*args, **kwargs):
        time.sleep(SLOW_S)
        return real(*args, **kwargs)

    monkeypatch.setattr(archive, name, slowed)


def test_down_then_enter_shows_the_new_row_while_searches_keep_the_pool_busy(
    qtbot, archive, shell, monkeypatch, gate
):
    type_query(qtbot, shell, "wheat")
    table = shell.window.results.table
    assert shell.model.rowCount() == 2
    first, second = shell.model.id_at(0), shell.model.id_at(1)
    assert shell.reader.article_id == first
    # the rows' marked snippets and "did you mean" (asked when little is found) hold both
    # readers until the reader has followed: a reader that queued behind them would never
    # get there (a 1 s sleep against a 0.5 s bound on the reader: a loaded machine could miss)
    monkeypatch.setattr(archive, "hits", gate.wrap(archive.hits))
    monkeypatch.setattr(archive, "suggest", gate.wrap(archive.suggest))
    with qtbot.waitSignal(shell.search.results_shown, timeout=SLOW_MS):
        qtbot.keyClicks(shell.window.search_bar.edit, " ")  # "wheat ": same rows, new search
    assert shell.session.tasks.pending >= 2  # both readers are busy
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shell.window.results.current_id() == second
    qtbot.waitUntil(lambda: shell.reader.article_id == second, timeout=SLOW_MS)
    assert not gate.is_open and shell.session.tasks.pending >= 2  # the readers still held
    # and it stays on that row once the slow reads are in
    gate.open()
    qtbot.waitUntil(lambda: shell.session.tasks.pending == 0, timeout=SLOW_MS)
    assert shell.reader.article_id == second == shell.window.results.current_id()


def test_a_late_answer_for_an_earlier_search_never_replaces_the_current_one(
    qtbot, archive, shell, monkeypatch, gate
):
    """The same article first under two searches: its highlights are the newer search's."""
    # marking "wheat" is held until "harvest" is shown: its answer comes late for sure
    # (a 0.6 s sleep, and a fixed 150 ms for the reader to start loading it)
    wheat = lambda _article_id, query: query == "wheat"  # noqa: E731
    monkeypatch.setattr(archive, "highlight", gate.wrap(archive.highlight, when=wheat))
    edit = shell.window.search_bar.edit
    edit.setFocus()
    with qtbot.waitSignal(shell.search.results_shown, timeout=SLOW_MS):
        qtbot.keyClicks(edit, "wheat")
    article = shell.model.id_at(0)
    qtbot.waitUntil(gate.reached.is_set, timeout=SLOW_MS)  # loading it with "wheat" marked
    edit.selectAll()
    with qtbot.waitSignal(shell.search.results_shown, timeout=SLOW_MS):
        qtbot.keyClicks(edit, "harvest")
    assert shell.model.id_at(0) == article
    gate.open()
    qtbot.waitUntil(lambda: shell.reader.article_id == article, timeout=SLOW_MS)
    qtbot.waitUntil(lambda: shell.session.tasks.pending == 0 and shell.reader.idle, timeout=SLOW_MS)
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
    qtbot.waitUntil(lambda: shell.reader.article_id == second, timeout=SLOW_MS)
    assert reader.title.text() == hit.title
    assert "railway" in reader.body.toPlainText()
    # back up: the first row at once again, and its article once loaded
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert reader.title.text() == shell.model.hit(0).title
    assert reader.body.toPlainText() == "Loading…"
    qtbot.waitUntil(lambda: shell.reader.article_id == first, timeout=SLOW_MS)
    assert reader.body.toPlainText() == first_body
