"""After a real file dialog closes the window's shortcuts work again, a finished backup
clears its busy state, and a command refused while a task runs says so."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app.gui.dialogs.tag_manager import TagManagerDialog
from tests.gui.conftest import SLOW_MS, close_shell, make_shell, wait_idle
from tests.gui.test_search import activate

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def answer_file_dialog(qtbot, path: Path | None) -> None:
    """Once the (real, Qt-drawn) file dialog is up, type ``path`` and Enter, or Escape.
    It looks for the dialog until it is up (a loaded machine may take longer than the
    first look), for half a minute at most."""
    tries = [0]

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            tries[0] += 1
            if tries[0] < 1500:
                QTimer.singleShot(20, answer)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if path is None:
            qtbot.keyClick(name, Qt.Key.Key_Escape)
            return
        name.setText(str(path))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(300, answer)


def answered(qtbot) -> None:
    """The file dialog does not block the key press that opened it: wait for its answer."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=SLOW_MS)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=SLOW_MS)


def keys_back(qtbot, shell) -> None:
    """Until the main window is active again after a dialog closed (KeysBack activates it,
    and the platform tells it so a little later: a fixed 50 ms let the next key go
    nowhere on a loaded machine)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window, timeout=SLOW_MS)


def press(qtbot, shell, key, modifiers) -> None:
    """A key as the user presses it: to whatever has the keys now (no re-activation)."""
    target = QApplication.focusWidget() or shell.window.results.table
    qtbot.keyClick(target, key, modifiers)


def test_backup_through_the_real_file_dialog_then_more_shortcuts(qtbot, tmp_path, archive, shell):
    activate(qtbot, shell.window)
    shell.window.results.table.setFocus()
    target = tmp_path / "backup.zip"
    answer_file_dialog(qtbot, target)
    press(qtbot, shell, Qt.Key.Key_B, CTRL_SHIFT)
    answered(qtbot)
    # a driver that held the GIL left the worker 126 s for a 7 s backup: the wait ends
    # long before that (a wall-clock bound of 5 s here left a loaded machine little room)
    qtbot.waitUntil(lambda: not shell.exporter.running, timeout=SLOW_MS)
    assert target.exists()
    assert shell.window.status.busy.text() == ""
    assert "Backup written to" in shell.window.status.currentMessage()

    keys_back(qtbot, shell)
    press(qtbot, shell, Qt.Key.Key_T, CTRL_SHIFT)  # Manage Tags
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), TagManagerDialog), timeout=SLOW_MS
    )
    qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=SLOW_MS)

    QApplication.clipboard().setText("Pasted headline\n\nA pasted clipping about barley.")
    keys_back(qtbot, shell)
    press(qtbot, shell, Qt.Key.Key_V, CTRL)
    qtbot.waitUntil(lambda: archive.article_count() == 5, timeout=SLOW_MS)
    wait_idle(qtbot, shell)


def test_after_cancelling_the_export_dialog_press_review_and_backup_still_answer(
    qtbot, tmp_path, shell
):
    activate(qtbot, shell.window)
    shell.window.results.table.setFocus()
    answer_file_dialog(qtbot, None)
    press(qtbot, shell, Qt.Key.Key_E, CTRL)  # Export…, then Escape in the file dialog
    answered(qtbot)
    keys_back(qtbot, shell)  # a person's next key comes once the window is back
    press(qtbot, shell, Qt.Key.Key_P, CTRL)  # Press Review: its title dialog opens
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=SLOW_MS)
    assert QApplication.activeModalWidget().windowTitle() == "Press Review (PDF)"


def test_commands_refused_while_the_archive_opens_say_so(qtbot):
    shell = make_shell(qtbot, None)  # the archive is still opening; the keys are in the bar
    try:
        activate(qtbot, shell.window)
        shell.window.results.table.setFocus()
        for key, modifiers, verb in (
            (Qt.Key.Key_E, CTRL, "export"),
            (Qt.Key.Key_B, CTRL_SHIFT, "back up"),
            (Qt.Key.Key_P, CTRL, "make a press review"),
            (Qt.Key.Key_T, CTRL_SHIFT, "manage tags"),
        ):
            shell.window.status.clearMessage()
            press(qtbot, shell, key, modifiers)
            message = shell.window.status.currentMessage()
            assert message == f"Cannot {verb} yet: the archive is still opening"
            assert QApplication.activeModalWidget() is None
    finally:
        close_shell(shell)


def test_a_press_review_asked_for_during_a_backup_says_why_it_waits(
    qtbot, tmp_path, archive, shell, monkeypatch, gate
):
    # the backup held until the press review was asked for (a 0.5 s sleep could end
    # before that on a loaded machine)
    monkeypatch.setattr(archive, "backup", gate.wrap(archive.backup))
    activate(qtbot, shell.window)
    shell.window.results.table.setFocus()
    answer_file_dialog(qtbot, tmp_path / "backup.zip")
    press(qtbot, shell, Qt.Key.Key_B, CTRL_SHIFT)
    answered(qtbot)
    assert shell.exporter.running
    keys_back(qtbot, shell)
    press(qtbot, shell, Qt.Key.Key_P, CTRL)
    message = shell.window.status.currentMessage()
    assert message == "Cannot make a press review yet: backing up the archive"
    assert shell.window.status.busy.text() == "Backing up"
    gate.open()
    qtbot.waitUntil(lambda: not shell.exporter.running, timeout=SLOW_MS)
    assert shell.window.status.busy.text() == ""


def test_the_reader_follows_the_rows_while_a_backup_zips_the_originals(
    qtbot, tmp_path, archive, shell, monkeypatch, gate
):
    # many large originals take a while: the zipping of the originals is held until the
    # reader has followed (0.3 s a file could end first on a loaded machine)
    def original(zf, filename, arcname=None, *args, **kwargs) -> bool:
        return str(arcname or "").startswith("originals/")

    monkeypatch.setattr(zipfile.ZipFile, "write", gate.wrap(zipfile.ZipFile.write, when=original))
    activate(qtbot, shell.window)
    table = shell.window.results.table
    table.setFocus()
    answer_file_dialog(qtbot, tmp_path / "backup.zip")
    press(qtbot, shell, Qt.Key.Key_B, CTRL_SHIFT)
    answered(qtbot)
    keys_back(qtbot, shell)
    # the snapshot is taken; the originals are being zipped
    qtbot.waitUntil(gate.reached.is_set, timeout=SLOW_MS)
    assert shell.exporter.running
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = shell.window.results.current_id()
    # the backup is held: a reader that waited for it would never get there
    qtbot.waitUntil(lambda: shell.reader.article_id == second, timeout=SLOW_MS)
    assert shell.exporter.running
    gate.open()
    qtbot.waitUntil(lambda: not shell.exporter.running, timeout=SLOW_MS)
    with zipfile.ZipFile(tmp_path / "backup.zip") as zf:
        assert len([n for n in zf.namelist() if n.startswith("originals/")]) == 4


def test_a_refused_import_stays_readable_while_the_running_import_reports_progress(
    qtbot, tmp_path, archive, shell, monkeypatch, gate
):
    """The running import's count goes beside its busy label, not over the refusal."""
    from app.model import Progress

    real = archive.import_paths
    reported: list[int] = []

    def slow_import(paths, tags=(), progress=None, cancel=None, **mapping):
        # it reports progress until the test has seen the refusal stay (a fixed 3 s of
        # progress could be over before that on a loaded machine)
        done = 0
        while not gate.is_open and done < 600:
            progress(Progress(done % 13, 12, f"file{done % 13}.txt"))
            reported.append(done)
            done += 1
            time.sleep(0.05)
        return real(paths, tags=tags, progress=progress, cancel=cancel, **mapping)

    monkeypatch.setattr(archive, "import_paths", slow_import)
    shell.importer.progress_window.show_after_ms = 60_000  # the status bar alone, no dialog
    extra = tmp_path / "more" / "barley.txt"
    extra.parent.mkdir()
    extra.write_text("Barley harvest\n\nA clipping about barley.", encoding="utf-8")
    activate(qtbot, shell.window)
    shell.window.results.table.setFocus()
    answer_file_dialog(qtbot, extra)
    press(qtbot, shell, Qt.Key.Key_I, CTRL)  # Import Files…: the slow import starts
    qtbot.waitUntil(lambda: shell.importer.running, timeout=SLOW_MS)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=SLOW_MS)
    activate(qtbot, shell.window)
    shell.window.results.table.setFocus()
    answer_file_dialog(qtbot, extra)
    press(qtbot, shell, Qt.Key.Key_I, CTRL)  # again: refused while the first one runs
    status = shell.window.status
    refused = "An import is already running"
    qtbot.waitUntil(lambda: status.currentMessage() == refused, timeout=SLOW_MS)
    # the GUI shows the import's progress every 100 ms: several times over the refusal
    ticks: list[str] = []
    shell.session.progress_text.connect(lambda _label, text: ticks.append(text))
    qtbot.waitUntil(lambda: len(set(ticks)) >= 3, timeout=SLOW_MS)
    assert shell.importer.running
    assert status.currentMessage() == refused
    assert status.busy.text().startswith("Importing ") and " of 12" in status.busy.text()
    gate.open()
    qtbot.waitUntil(lambda: not shell.importer.running, timeout=SLOW_MS)
    assert status.busy.text() == ""
    assert archive.article_count() == 5


def test_a_command_refused_during_the_index_rebuild_stays_readable(qtbot):
    """Each rebuild tick used to clear the message area, taking the refusal with it."""
    shell = make_shell(qtbot, None)
    try:
        activate(qtbot, shell.window)
        shell.window.results.table.setFocus()
        shell.session.open_progress.emit(100, 4000)  # what the worker sends mid-rebuild
        press(qtbot, shell, Qt.Key.Key_E, CTRL)
        refusal = "Cannot export yet: the archive is still opening"
        assert shell.window.status.currentMessage() == refusal
        shell.session.open_progress.emit(200, 4000)
        assert shell.window.status.currentMessage() == refusal
    finally:
        close_shell(shell)
