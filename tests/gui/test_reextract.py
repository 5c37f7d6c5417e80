"""Re-extract from the Edit menu, the row's context menu and its shortcut: in the
background, with progress and Cancel, keeping the user's edits, and saying why nothing
changed."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from app import maintenance
from tests.gui.conftest import wait_idle
from tests.gui.test_export import select_rows
from tests.gui.test_import import many_files
from tests.gui.test_search import activate


def test_reextract_is_in_the_edit_menu_and_the_rows_context_menu(shell):
    menu = next(a.menu() for a in shell.window.menuBar().actions() if a.text() == "&Edit")
    texts = [a.text() for a in menu.actions()]
    assert "Re-e&xtract" in texts and "Re-extract &All" in texts
    assert "reextract" in [a.objectName() for a in shell.window.results.table.actions()]


def test_reextract_selected_keeps_edits_and_reports_the_unchanged(qtbot, archive, shell):
    wait_idle(qtbot, shell)
    ids = select_rows(shell, [0, 1])
    edited, other = ids
    archive.update(edited, {"title": "My own headline"})
    with archive.store.transaction() as conn:  # an older extractor's body
        conn.execute("UPDATE articles SET body='stale body' WHERE id=?", (edited,))
    activate(qtbot, shell.window)
    table = shell.window.results.table
    table.setFocus()
    with qtbot.waitSignal(shell.reextracter.finished, timeout=10000) as blocker:
        qtbot.keyClick(
            table,
            Qt.Key.Key_X,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    report = blocker.args[0]
    assert report.changed == [edited] and report.unchanged == 1
    article = archive.get(edited)
    assert article.title == "My own headline"
    assert "stale body" not in article.body
    assert "Re-extraction: 1 re-extracted, 1 unchanged" in shell.window.status.currentMessage()
    assert archive.get(other).title == shell.model.hit(shell.model.row_of(other)).title


def test_reextract_all_shows_progress_and_cancel_stops_between_originals(
    qtbot, tmp_path, archive, shell, monkeypatch
):
    archive.import_paths(many_files(tmp_path / "more", 60))
    real = maintenance._reextract_original

    def slow(*args) -> None:
        time.sleep(0.02)
        real(*args)

    monkeypatch.setattr(maintenance, "_reextract_original", slow)
    controller = shell.reextracter
    controller.progress_window.show_after_ms = 0
    menu = next(a.menu() for a in shell.window.menuBar().actions() if a.text() == "&Edit")
    everything = next(a for a in menu.actions() if a.text() == "Re-extract &All")
    everything.trigger()
    window = controller.progress_window
    qtbot.waitUntil(
        lambda: (
            window.dialog is not None
            and controller.progress is not None
            and controller.progress.get().done >= 3
            and window.dialog.bar.maximum() == 64
        ),  # originals done of originals
        timeout=5000,
    )
    dialog = window.dialog
    assert "of 64" in dialog.heading.text()
    with qtbot.waitSignal(controller.finished, timeout=10000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    report = blocker.args[0]
    assert report.cancelled
    assert 3 <= report.unchanged < 64
    assert "(cancelled)" in shell.window.status.currentMessage()
    assert archive.check().ok
