"""The first typed search is not the cold one: once the first results are shown, a reader
loads what it would load (alias tables, analyzers, stemmers), off the GUI thread."""

from __future__ import annotations

import threading

from tests.gui.conftest import SLOW_MS, close_shell, make_shell
from tests.gui.test_search import type_query


def test_the_archive_is_warmed_on_a_reader_after_the_first_results(qtbot, archive, monkeypatch):
    real = archive.warm_up
    threads, shown_before = [], []

    def warm_up(stop=None):
        threads.append(threading.current_thread())
        shown_before.append(shell.model.rowCount())
        return real(stop=stop)

    monkeypatch.setattr(archive, "warm_up", warm_up)
    shell = make_shell(qtbot, None)
    try:
        shell.attach(archive)
        qtbot.waitUntil(lambda: shell.search.warm is True, timeout=SLOW_MS)
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


def test_the_importer_is_warmed_off_the_gui_thread_once_the_archive_opens(
    qtbot, archive, monkeypatch, gate
):
    """The first paste took 2.7–3.4 s (outlet lists, profiles, patterns loaded on it)."""
    import time

    from PySide6.QtCore import QTimer

    from app import importing
    from app.gui.warm_import import ImportWarmer
    from app.importers import outlets

    real = importing.warm_up
    threads: list[threading.Thread] = []
    ticks: list[float] = []

    def warm_up() -> None:
        threads.append(threading.current_thread())
        gate.hold()  # until the GUI has gone on meanwhile (a 0.5 s sleep made it likely)
        real()

    monkeypatch.setattr(importing, "warm_up", warm_up)
    outlets.default_gazetteer.cache_clear()
    shell = make_shell(qtbot, None)
    try:
        warmer = ImportWarmer(shell.session, shell)
        assert warmer.thread is None  # nothing before the archive is open
        timer = QTimer(interval=50)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        shell.attach(archive)
        qtbot.waitUntil(lambda: gate.reached.is_set() and len(ticks) >= 5, timeout=SLOW_MS)
        with qtbot.waitSignal(warmer.done, timeout=SLOW_MS):
            gate.open()
        timer.stop()
        assert threads and threads[0] is not threading.main_thread()
        assert threads[0].name == "clippings-warm-import"
        assert len(ticks) >= 5  # the event loop kept running
        assert outlets.default_gazetteer.cache_info().currsize == 1
    finally:
        close_shell(shell)
