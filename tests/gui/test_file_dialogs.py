"""Import and the settings' folder chooser through the real file dialogs, driven by keys:
the path typed into the name field and Return is what gets imported (or chosen); Escape
imports nothing. The dialogs are opened with open() (app/gui/dialogs/file_dialogs.py), not
the static calls whose nested loop tore the dialog down under the keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.gui.dialogs.settings import SettingsDialog
from app.model import ImportStatus
from tests.gui.answering import Answer
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_export import press

BARLEY = "Barley prices climb\n\nAlmaty — Barley prices rose for the third week in a row."
OATS = "Oat harvest starts early\n\nKostanay — Farmers began the oat harvest in July."


def import_by_keys(qtbot, shell, typed: str, modifiers) -> list:
    answer = Answer(qtbot, typed)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, shell, Qt.Key.Key_I, modifiers)
        answer.returned = True
    answer.check()
    wait_idle(qtbot, shell)
    return blocker.args[0]


def test_ctrl_i_imports_the_file_typed_into_the_dialog(qtbot, tmp_path, shell):
    wait_idle(qtbot, shell)
    target = tmp_path / "new" / "barley.txt"
    target.parent.mkdir()
    target.write_text(BARLEY, encoding="utf-8")
    (tmp_path / "new" / "other.txt").write_text(OATS, encoding="utf-8")
    results = import_by_keys(qtbot, shell, str(target), Qt.KeyboardModifier.ControlModifier)
    assert [(Path(r.path), r.status) for r in results] == [(target, ImportStatus.IMPORTED)]
    assert shell.session.archive.article_count() == 5
    assert shell.window.status.count.text() == "5 clippings in the archive"


def test_ctrl_shift_i_imports_the_folder_typed_into_the_dialog(qtbot, tmp_path, shell):
    wait_idle(qtbot, shell)
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "barley.txt").write_text(BARLEY, encoding="utf-8")
    (folder / "oats.txt").write_text(OATS, encoding="utf-8")
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    results = import_by_keys(qtbot, shell, str(folder), modifiers)
    assert sorted(Path(r.path).name for r in results) == ["barley.txt", "oats.txt"]
    assert {r.status for r in results} == {ImportStatus.IMPORTED}
    assert shell.session.archive.article_count() == 6


def test_escape_in_the_import_dialogs_imports_nothing(qtbot, shell):
    wait_idle(qtbot, shell)
    finished: list = []
    shell.importer.finished.connect(lambda *args: finished.append(args))
    for modifiers in (
        Qt.KeyboardModifier.ControlModifier,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    ):
        answer = Answer(qtbot, None)
        press(qtbot, shell, Qt.Key.Key_I, modifiers)
        answer.returned = True
        qtbot.waitUntil(answer.closed, timeout=SLOW_MS)
        answer.check()
        qtbot.wait(50)
    assert finished == []
    assert not shell.importer.running
    assert shell.session.archive.article_count() == 4


def test_the_archive_folder_typed_into_the_settings_chooser(qtbot, tmp_path, shell):
    wait_idle(qtbot, shell)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    press(qtbot, shell, Qt.Key.Key_Comma)
    qtbot.waitUntil(lambda: isinstance(shell.app.dialog, SettingsDialog), timeout=SLOW_MS)
    settings = shell.app.dialog
    before = settings.archive.text()
    choose = settings.findChild(QPushButton, "chooseArchive")
    for typed, expected in ((None, before), (str(folder), str(folder))):
        answer = Answer(qtbot, typed)
        qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
        answer.returned = True
        qtbot.waitUntil(answer.closed, timeout=SLOW_MS)
        answer.check()
        qtbot.waitUntil(
            lambda expected=expected: settings.archive.text() == expected, timeout=SLOW_MS
        )
        assert settings.isVisible()  # still open: only its folder field changed
    settings.reject()
