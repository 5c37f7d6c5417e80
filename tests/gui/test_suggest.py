"""Did you mean: asked in the background after a search that finds (almost) nothing."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate, type_query


def record_suggest(archive, monkeypatch, gate: threading.Event | None = None) -> list[str]:
    """Count the archive's suggest calls; with ``gate``, each waits until it is set."""
    calls: list[str] = []
    real = archive.suggest

    def suggest(query: str, found: int | None = None):
        calls.append(query)
        if gate is not None:
            gate.wait(60)  # set by the test; longer than any of its waits
        return real(query, found)

    monkeypatch.setattr(archive, "suggest", suggest)
    return calls


def test_misspelt_query_offers_a_correction_and_the_link_runs_it(
    qtbot, archive, shell, monkeypatch
):
    calls = record_suggest(archive, monkeypatch)
    type_query(qtbot, shell, "wheet")
    view = shell.window.results
    assert shell.model.rowCount() == 0
    assert view.empty_shown  # an empty state, not a blank table
    assert "No clippings match" in view.empty.title.text()
    assert shell.search.suggestion == "wheat"
    assert "Did you mean" in view.empty.link.text() and "wheat" in view.empty.link.text()
    assert calls == ["wheet"]  # once, after the debounce: never per keystroke
    view.empty.link.linkActivated.emit("wheat")  # what a click on the link does
    wait_idle(qtbot, shell)
    assert shell.window.search_bar.text() == "wheat"
    assert shell.model.rowCount() == 2
    assert not view.empty_shown
    assert shell.search.suggestion is None
    assert view.suggestion.isHidden() and view.empty.link.isHidden()


def test_ctrl_d_takes_the_suggestion(qtbot, shell):
    type_query(qtbot, shell, "pipline")
    assert shell.search.suggestion == "pipeline"
    action = next(a for a in shell.window.actions() if a.objectName() == "use_suggestion")
    assert action.isEnabled()
    qtbot.keyClick(shell.window.search_bar.edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, shell)
    assert shell.window.search_bar.text() == "pipeline"
    assert shell.model.rowCount() == 1
    assert not action.isEnabled()


def test_few_hits_show_the_line_above_the_results(qtbot, shell):
    type_query(qtbot, shell, "pipline OR wheat")
    view = shell.window.results
    assert 0 < shell.model.rowCount() < 3
    assert shell.search.suggestion == "pipeline OR wheat"
    assert view.suggestion.isVisible() and not view.empty_shown
    view.suggestion.linkActivated.emit(shell.search.suggestion)
    wait_idle(qtbot, shell)
    assert shell.model.rowCount() == 3


def test_good_queries_ask_nothing(qtbot, archive, shell, monkeypatch):
    calls = record_suggest(archive, monkeypatch)
    type_query(qtbot, shell, "")
    type_query(qtbot, shell, "Kazakhstan OR Baku OR Bishkek")
    assert calls == []
    assert shell.search.suggestion is None


def test_a_stale_suggestion_is_dropped(qtbot, archive, shell, monkeypatch):
    gate = threading.Event()
    calls = record_suggest(archive, monkeypatch, gate)
    type_query_no_wait(qtbot, shell, "wheet")
    qtbot.waitUntil(lambda: calls == ["wheet"], timeout=SLOW_MS)  # asked, and held …
    type_query_no_wait(qtbot, shell, "Baku")  # … while the user types on
    gate.set()
    wait_idle(qtbot, shell)
    assert calls[0] == "wheet"
    assert shell.model.rowCount() == 1
    assert shell.search.suggestion is None  # the answer for "wheet" never showed
    assert shell.window.results.suggestion.isHidden()


def type_query_no_wait(qtbot, shell, text: str) -> None:
    edit = shell.window.search_bar.edit
    activate(qtbot, shell.window)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def type_keys(qtbot, shell, text: str) -> None:
    """Typed as key events carrying their text (QTest's keyClicks is ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    edit = shell.window.search_bar.edit
    activate(qtbot, shell.window)
    edit.setFocus()
    edit.selectAll()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    wait_idle(qtbot, shell)


def test_a_russian_typo_gets_the_same_correction_as_in_the_cli(qtbot, archive, shell):
    from app.model import Article

    for n in range(3):
        body = f"Выборы пройдут весной, сообщила комиссия округа {n}."
        archive.add(Article(title=f"Парламент назначил выборы {n}", body=body, language="ru"))
    type_keys(qtbot, shell, "выбары")
    assert shell.window.search_bar.text() == "выбары"
    assert shell.model.rowCount() == 0
    assert shell.search.suggestion == "выборы"
    assert archive.search("выбары", suggest=True).suggestion == shell.search.suggestion
    assert "выборы" in shell.window.results.empty.link.text()
    edit = shell.window.search_bar.edit
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # typing on: the offer for the text before
    assert shell.search.suggestion is None  # goes at once, before the new search answers
    assert shell.window.results.empty.link.isHidden()
    wait_idle(qtbot, shell)


def test_a_word_with_hits_is_not_corrected(qtbot, archive, shell, monkeypatch):
    from app.model import Article

    archive.add(Article(title="Weiz", body="Weiz in der Oststeiermark wählt.", language="de"))
    for n in range(25):
        body = f"Das Werk bleibt offen, weil die Aufträge reichen, Teil {n}."
        archive.add(Article(title=f"Werk {n}", body=body, language="de"))
    calls = record_suggest(archive, monkeypatch)
    type_keys(qtbot, shell, "Weiz")
    assert shell.model.rowCount() == 1
    assert calls == ["Weiz"]  # asked (one hit is little) …
    assert shell.search.suggestion is None  # … but a word of the language with hits stays
    assert shell.window.results.suggestion.isHidden()


def test_ctrl_d_keeps_the_case_typed(qtbot, shell):
    """ "Kasachstn" became "kasachstan": the correction differs by letters, not case."""
    type_query(qtbot, shell, "Kazakhstn OR PIPLINE")
    assert shell.search.suggestion == "Kazakhstan OR PIPELINE"
    qtbot.keyClick(shell.window.search_bar.edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, shell)
    assert shell.window.search_bar.text() == "Kazakhstan OR PIPELINE"
    assert shell.model.rowCount() == 3
