"""The first typed search is not the cold one: once the first results are shown, a reader
loads what it would load (alias tables, analyzers, stemmers), off the GUI thread."""

from __future__ import annotations

import threading

from tests.gui.conftest import close_shell, make_shell
from tests.gui.test_search import type_query


def test_the_archive_is_warmed_on_a_reader_after_the_first_results(qtbot, archive, monkeypatch):
    real = archive.warm_up
    threads, shown_before = [], []

    def warm_up():
        threads.append(threading.current_thread())
        shown_before.append(shell.model.rowCount())
        real()

    monkeypatch.setattr(archive, "warm_up", warm_up)
    shell = make_shell(qtbot, None)
    try:
        shell.attach(archive)
        qtbot.waitUntil(lambda: shell.search.warm is True, timeout=5000)
        assert len(threads) == 1  # once, not after every search
        assert threads[0] is not threading.main_thread()
        assert threads[0].name.startswith("clippings-read")
        assert shown_before == [4]  # the first results came first
        type_query(qtbot, shell, "wheat")
        assert shell.model.rowCount() == 2
        titles = {shell.model.hit(row).title for row in range(2)}
        assert titles == {
            "Kazakhstan raises wheat exports",
            "New railway links Uzbekistan and Kazakhstan",
        }
        type_query(qtbot, shell, "pipeline")
        assert shell.model.rowCount() == 1 and len(threads) == 1
    finally:
        close_shell(shell)
