"""What every first search loads (alias tables, morphology, analyzers, word lists) loads on
a thread right after the window's first paint, beside the archive being opened: the first
search typed as the window appeared took 0.75 s, later ones 80 ms. The event loop runs on
meanwhile, and a search typed during the warm-up answers as it always would."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from app import warming
from app.gui.application import make_application
from app.gui.shell import Shell
from app.gui.warm_search import SearchWarmer
from app.lang import morph
from tests.gui.conftest import SLOW_MS, close_shell, wait_idle


class PaintSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def started_shell(qtbot):
    """A window as ``application.run`` shows one: the warmer made before it is shown."""
    make_application()
    shell = Shell()
    qtbot.addWidget(shell.window)
    seen = PaintSeen()
    shell.window.installEventFilter(seen)
    warmer = SearchWarmer(shell.window, shell)
    assert warmer.thread is None  # nothing before the window is painted
    shell.window.show()
    return shell, warmer, seen


def test_the_search_warms_up_after_the_first_paint_off_the_gui_thread(
    qtbot, archive, monkeypatch, gate
):
    real = warming.warm_analysis
    calls: list[tuple[threading.Thread, bool]] = []

    def warm_analysis(stop=None):
        calls.append((threading.current_thread(), seen.painted))
        gate.hold()  # until the window has gone on meanwhile (a 0.5 s sleep made it likely)
        return real(stop)

    monkeypatch.setattr(warming, "warm_analysis", warm_analysis)
    ticks: list[float] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    shell, warmer, seen = started_shell(qtbot)
    try:
        qtbot.waitUntil(lambda: warmer.thread is not None, timeout=SLOW_MS)
        shell.attach(archive)  # the archive opened beside it
        qtbot.waitUntil(lambda: gate.reached.is_set() and len(ticks) >= 5, timeout=SLOW_MS)
        with qtbot.waitSignal(warmer.done, timeout=SLOW_MS):
            gate.open()
        timer.stop()
        thread, painted = calls[0]  # then the archive's own warm-up, after the first results
        assert thread is not threading.main_thread() and thread.name == "clippings-warm-search"
        assert painted  # the first paint came first
        assert [t.name for t, _ in calls].count("clippings-warm-search") == 1
        assert len(ticks) >= 5  # the event loop kept running
        assert morph._analyzer.cache_info().currsize == 1
    finally:
        close_shell(shell)


def test_a_search_typed_during_the_warm_up_answers(qtbot, archive, monkeypatch):
    real_load = morph.load
    released = threading.Event()

    def slow_load():
        released.wait(60)  # held here until the search has answered (10 s could run out first)
        return real_load()

    monkeypatch.setattr(morph, "load", slow_load)
    shell, warmer, _seen = started_shell(qtbot)
    try:
        qtbot.waitUntil(lambda: warmer.thread is not None, timeout=SLOW_MS)
        shell.attach(archive)
        # not wait_idle: the archive's warm-up after the first results waits on this one
        qtbot.waitUntil(lambda: shell.search.idle and shell.model.rowCount() == 4, timeout=SLOW_MS)
        edit = shell.window.search_bar.edit
        edit.setFocus()
        qtbot.keyClicks(edit, "wheat")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: shell.model.query == "wheat" and shell.search.idle, timeout=SLOW_MS)
        assert not warmer.finished  # still warming
        titles = {shell.model.hit(row).title for row in range(shell.model.rowCount())}
        assert titles == {
            "Kazakhstan raises wheat exports",
            "New railway links Uzbekistan and Kazakhstan",
        }
        released.set()
        qtbot.waitUntil(lambda: warmer.finished, timeout=SLOW_MS)
        wait_idle(qtbot, shell)
    finally:
        released.set()
        close_shell(shell)
