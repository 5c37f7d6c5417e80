"""Sorting by date: both directions shown in the box, kept over a restart, undated last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from app.archive import Archive
from app.config import Config
from app.gui.shell import Shell
from tests.gui.conftest import SLOW_MS, close_shell, make_shell, wait_idle, write_files
from tests.gui.test_search import activate, titles

DATED = {
    f"{name}.md": f"---\ntitle: {title}\ndate: {day}\nsource: Reuters\nlanguage: en\n---\n\n"
    f"{title}. The wheat harvest was discussed again on that day.\n"
    for name, title, day in (
        ("b", "Middle wheat report", "2024-05-10"),
        ("a", "Oldest wheat report", "2021-01-04"),
        ("c", "Newest wheat report", "2025-11-20"),
    )
}
UNDATED = {"u.txt": "Undated wheat note\n\nThe wheat harvest was discussed without a date."}

NEWEST_FIRST = ["Newest wheat report", "Middle wheat report", "Oldest wheat report"]


@pytest.fixture
def dated_archive(tmp_path: Path):
    arch = Archive.open(tmp_path / "dated", config=Config())
    arch.import_paths(write_files(tmp_path / "files", {**DATED, **UNDATED}))
    yield arch
    arch.close()


def choose_in_sort_box(qtbot, shell, label: str) -> None:
    """Keys, as a user: Tab order aside, the box has focus, Down/Up pick an entry."""
    box = shell.window.results.sort_box
    box.setFocus()
    target = box.findText(label)
    assert target >= 0, [box.itemText(i) for i in range(box.count())]
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)
    wait_idle(qtbot, shell)


def restart(qtbot, shell, archive) -> Shell:
    shell.save_state()
    close_shell(shell)
    QSettings().remove("window/geometry")  # the offscreen screen would shrink the window
    again = Shell()  # as the app starts: state restored, then shown, then the archive
    qtbot.addWidget(again.window)
    again.restore_state()
    again.window.show()
    qtbot.waitExposed(again.window, timeout=SLOW_MS)
    again.attach(archive)
    wait_idle(qtbot, again)
    return again


def test_date_sort_survives_a_restart_newest_first_undated_last(qtbot, dated_archive):
    shell = make_shell(qtbot, dated_archive)
    choose_in_sort_box(qtbot, shell, "Date ↓")
    assert titles(shell) == [*NEWEST_FIRST, "Undated wheat note"]
    again = restart(qtbot, shell, dated_archive)
    try:
        assert again.window.results.sort_box.currentText() == "Date ↓"
        assert titles(again) == [*NEWEST_FIRST, "Undated wheat note"]
        header = again.window.results.table.horizontalHeader()
        assert header.sortIndicatorSection() == 1
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    finally:
        close_shell(again)


def test_oldest_first_keeps_undated_last_and_survives_a_restart(qtbot, dated_archive):
    shell = make_shell(qtbot, dated_archive)
    choose_in_sort_box(qtbot, shell, "Date ↑")
    assert titles(shell) == [*reversed(NEWEST_FIRST), "Undated wheat note"]
    again = restart(qtbot, shell, dated_archive)
    try:
        assert again.window.results.sort_box.currentText() == "Date ↑"
        assert titles(again) == [*reversed(NEWEST_FIRST), "Undated wheat note"]
    finally:
        close_shell(again)


def test_ctrl_shift_d_toggles_the_date_direction(qtbot, dated_archive):
    shell = make_shell(qtbot, dated_archive)
    try:
        activate(qtbot, shell.window)
        edit = shell.window.search_bar.edit
        edit.setFocus()
        mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(edit, Qt.Key.Key_D, mods)
        wait_idle(qtbot, shell)
        assert shell.window.results.sort_box.currentText() == "Date ↓"
        assert titles(shell)[0] == "Newest wheat report"
        qtbot.keyClick(edit, Qt.Key.Key_D, mods)
        wait_idle(qtbot, shell)
        assert shell.window.results.sort_box.currentText() == "Date ↑"
        assert titles(shell) == [*reversed(NEWEST_FIRST), "Undated wheat note"]
    finally:
        close_shell(shell)


def test_header_click_on_date_sorts_oldest_first_with_undated_last(qtbot, dated_archive):
    shell = make_shell(qtbot, dated_archive)
    try:
        choose_in_sort_box(qtbot, shell, "Date ↓")
        shell.window.results.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        wait_idle(qtbot, shell)
        assert shell.window.results.sort_box.currentText() == "Date ↑"
        assert titles(shell)[-1] == "Undated wheat note"
    finally:
        close_shell(shell)
