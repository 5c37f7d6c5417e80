"""The list always answers the bar: the newest search is never kept waiting behind
background reads (start-up warm-up, facet counts, row pages), a search overtaken before
it ran is skipped, and an answer to an older request is never shown over a newer one."""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex, Qt

from app.gui.models.facets import FieldRole, KindRole, ValueRole
from tests.gui.conftest import SLOW_MS, close_shell, make_shell, wait_idle


def find_item(tree, kind: str, value: str, parent=None) -> QModelIndex | None:
    model = tree.model()
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(KindRole) == kind and index.data(ValueRole) == value:
            return index
        found = find_item(tree, kind, value, index)
        if found is not None:
            return found
    return None


def busy_read_pool(shell) -> threading.Event:
    """Both readers held by background reads (as the warm-up and facet counts do at
    start-up) until the returned event is set (at the latest after a minute: longer than
    any wait of the tests, which a search queued behind them would run out)."""
    release = threading.Event()
    for _ in range(2):
        shell.session.read(lambda _archive: release.wait(60))
    return release


def shown_query(shell) -> str:
    return shell.model.query


def test_a_saved_search_picked_with_enter_shows_its_clippings_while_readers_are_busy(
    qtbot, archive
):
    archive.save_search("Wheat", "wheat")
    shell = make_shell(qtbot, archive)
    release = busy_read_pool(shell)
    try:
        tree = shell.window.sidebar.tree
        qtbot.waitUntil(lambda: find_item(tree, "saved", "wheat") is not None, timeout=SLOW_MS)
        tree.setFocus()
        tree.setCurrentIndex(find_item(tree, "saved", "wheat"))
        qtbot.keyClick(tree, Qt.Key.Key_Return)
        assert shell.window.search_bar.text() == "wheat"
        # the readers stay busy: the search must not wait for them
        qtbot.waitUntil(lambda: shown_query(shell) == "wheat", timeout=SLOW_MS)
        assert shell.model.rowCount() == 2
    finally:
        release.set()
        close_shell(shell)


def test_facet_clicks_one_after_another_each_show_their_query(qtbot, archive):
    for article in archive.search("", limit=10).hits:
        if "wheat" in article.title.lower():
            archive.update(article.id, {"source": "Kazinform"})
    shell = make_shell(qtbot, archive)
    release = busy_read_pool(shell)
    try:
        tree = shell.window.sidebar.tree
        for field, value, expected in (
            ("lang", "en", "lang:en"),
            ("source", "Kazinform", "lang:en source:Kazinform"),
            ("source", "Kazinform", "lang:en -source:Kazinform"),
        ):
            qtbot.waitUntil(
                lambda f=field, v=value: _facet(tree, f, v) is not None, timeout=SLOW_MS
            )
            index = _facet(tree, field, value)
            tree.scrollTo(index)
            qtbot.mouseClick(
                tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
            )
            assert shell.window.search_bar.text() == expected
            qtbot.waitUntil(lambda e=expected: shown_query(shell) == e, timeout=SLOW_MS)
        sources = {shell.model.hit(r).source for r in range(shell.model.rowCount())}
        assert shell.model.rowCount() == 3 and "Kazinform" not in sources
    finally:
        release.set()
        close_shell(shell)


def _facet(tree, field: str, value: str) -> QModelIndex | None:
    tree.expandAll()
    index = find_item(tree, "facet", value)
    return index if index is not None and index.data(FieldRole) == field else None


def test_a_search_overtaken_before_it_ran_is_skipped_and_the_newest_is_shown(
    qtbot, shell, monkeypatch, gate
):
    archive = shell.session.archive
    real = archive.search_window
    asked: list[str] = []

    def slow(query, **kwargs):
        asked.append(query)
        if query == "wheat":  # held until the newer ones are asked (a 0.5 s sleep could
            gate.hold()  # end first on a loaded machine, and "wheat" was shown)
        return real(query, **kwargs)

    monkeypatch.setattr(archive, "search_window", slow)
    shown: list[str] = []
    shell.search.results_shown.connect(lambda r: r is not None and shown.append(r.query))
    shell.search.set_query("wheat")
    qtbot.waitUntil(lambda: asked == ["wheat"], timeout=SLOW_MS)  # running now
    for query in ("pipeline", "railway", "election"):
        shell.search.set_query(query)
    gate.open()
    wait_idle(qtbot, shell)
    assert shown == ["election"]  # "wheat" answered late: never shown over the newest
    assert asked == ["wheat", "election"]  # the two overtaken in the queue never ran
    assert shell.model.query == "election" and shell.model.rowCount() == 1
