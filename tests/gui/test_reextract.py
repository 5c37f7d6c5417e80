"""Re-extract from the Edit menu, the row's context menu and its shortcut: in the
background, with progress and Cancel, keeping the user's edits, and saying why nothing
changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import maintenance
from tests.gui.conftest import SLOW_MS, wait_idle
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
    with qtbot.waitSignal(shell.reextracter.finished, timeout=SLOW_MS) as blocker:
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
    qtbot, tmp_path, archive, shell, monkeypatch, gate
):
    archive.import_paths(many_files(tmp_path / "more", 60))
    # held at the fourth original until Esc (20 ms an original could all be done before
    # Esc on a loaded machine, and the dialog waited for gone with them)
    held = gate.wrap(maintenance._reextract_original, first=4)
    monkeypatch.setattr(maintenance, "_reextract_original", held)
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
        timeout=SLOW_MS,
    )
    dialog = window.dialog
    assert "of 64" in dialog.heading.text()
    with qtbot.waitSignal(controller.finished, timeout=SLOW_MS) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        gate.open()
    report = blocker.args[0]
    assert report.cancelled
    assert report.unchanged == 4  # the original in hand is done, and none after it
    assert "(cancelled)" in shell.window.status.currentMessage()
    assert archive.check().ok
