"""Ctrl+E, Enter with no ~/Documents: the dialog offers an absolute path in a folder that
exists (home), the file lands there, and the status bar says where, with a way to open
the folder. It offered "tmp/…/Documents/clippings-….csv" and wrote under the current
directory."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_export import press, select_rows


def test_ctrl_e_enter_without_documents_writes_to_home_and_says_where(
    qtbot, tmp_path, shell, monkeypatch
):
    home, elsewhere = tmp_path / "home", tmp_path / "cwd"
    home.mkdir()
    elsewhere.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(elsewhere)
    wait_idle(qtbot, shell)
    select_rows(shell, [0, 1])
    offered: list[tuple[str, str]] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(20, answer)
            return
        dialog = dialogs[0]
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        offered.append((dialog.directory().absolutePath(), edit.text()))
        edit.setFocus()
        QTimer.singleShot(0, lambda: qtbot.keyClick(edit, Qt.Key.Key_Return))

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, shell, Qt.Key.Key_E)
    name = f"clippings-{date.today():%Y-%m-%d}.csv"
    assert offered == [(str(home), name)]
    target = home / name
    assert blocker.args == ["export", str(target)]
    assert target.is_file() and os.listdir(elsewhere) == []
    assert str(target) in shell.window.status.currentMessage()
    link = shell.window.status.folder_link
    assert link.isVisible() and "Show in folder" in link.text() and link.toolTip() == str(home)
