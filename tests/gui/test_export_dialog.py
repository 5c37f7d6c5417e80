"""Export through the real file dialog, driven by keys: the name typed is the file written."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from tests.gui.answering import Answer
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_export import press, select_rows


def test_typed_name_and_return_in_the_file_dialog(qtbot, tmp_path, shell):
    wait_idle(qtbot, shell)
    ids = select_rows(shell, [0, 1, 2])
    target = tmp_path / "x" / "export_sel.csv"
    target.parent.mkdir()
    answer = Answer(qtbot, str(target))
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, shell, Qt.Key.Key_E)
    assert len(answer.seen) == 1
    assert blocker.args == ["export", str(target)]
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [int(r["id"]) for r in rows] == ids
    assert not any(p.name.startswith("clippings-") for p in tmp_path.rglob("*.csv"))
    message = shell.window.status.currentMessage()
    assert message == f"Exported 3 clippings to {target}"


def test_a_typed_html_ending_picks_html_over_the_offered_csv_filter(qtbot, tmp_path, shell):
    """The dialog opens on the CSV filter; typing "selection.html" writes HTML there."""
    wait_idle(qtbot, shell)
    select_rows(shell, [0, 1])
    target = tmp_path / "selection.html"
    answer = Answer(qtbot, str(target))
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, shell, Qt.Key.Key_E)
        answer.returned = True
    assert len(answer.seen) == 1  # the dialog offered CSV: a fresh set-up's format
    assert blocker.args == ["export", str(target)]
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not (tmp_path / "selection.csv").exists()
    assert not (tmp_path / "selection.html.csv").exists()
