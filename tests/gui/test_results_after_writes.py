"""A search typed right after a change sees it: searches run beside the writer, so one that
started while a write was still running is run again once that write has committed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.archive import Archive
from app.config import Config
from tests.gui.conftest import close_shell, make_shell, wait_idle, write_files
from tests.gui.test_search import activate, type_query
from tests.gui.test_tagging import open_popup

WRITE_S = 0.4  # a tag write on a 10,000-clipping archive took 0.23 s (0.17 s its undo)


@pytest.fixture
def archive30(tmp_path: Path):
    texts = {
        f"grain{i:02}.txt": f"Grain report {i}\n\nAstana — the wheat harvest in district {i} rose."
        for i in range(30)
    }
    arch = Archive.open(tmp_path / "archive", config=Config())
    arch.import_paths(write_files(tmp_path / "files", texts))
    yield arch
    arch.close()


@pytest.fixture
def slow_writes(archive30, monkeypatch):
    """Tag writes as slow as on a big archive, so the typed search overtakes them."""
    for name in ("tag", "undo_tag"):
        real = getattr(archive30, name)

        def slow(*args, _real=real, **kwargs):
            time.sleep(WRITE_S)
            return _real(*args, **kwargs)

        monkeypatch.setattr(archive30, name, slow)
    return archive30


def type_at_once(qtbot, shell, text: str, replace: bool = True) -> None:
    """Type into the bar straight after the key that started a write, then wait."""
    edit = shell.window.search_bar.edit
    edit.setFocus()
    if replace:
        edit.selectAll()
    else:
        edit.end(False)
    qtbot.keyClicks(edit, text)
    wait_idle(qtbot, shell)


def test_a_search_typed_right_after_tagging_undo_and_redo_sees_each(qtbot, slow_writes):
    shell = make_shell(qtbot, slow_writes)
    try:
        table = shell.window.results.table
        table.setFocus()
        for _ in range(19):
            qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        assert len(shell.window.results.selected_ids()) == 20
        popup = open_popup(qtbot, shell)
        qtbot.keyClicks(popup.edit, "Watch/Grain")
        activate(qtbot, popup)
        qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
        assert shell.session.tasks.pending  # the write is still running
        type_at_once(qtbot, shell, "tag:Watch")
        assert slow_writes.search("tag:Watch").total == 20
        assert shell.model.rowCount() == 20
        assert "Watch/Grain" in shell.model.hit(0).tags

        activate(qtbot, shell.window)
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        type_at_once(qtbot, shell, "/Grain", replace=False)  # tag:Watch/Grain
        assert shell.window.search_bar.text() == "tag:Watch/Grain"
        assert shell.model.rowCount() == 0

        activate(qtbot, shell.window)
        redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(table, Qt.Key.Key_Z, redo)
        type_at_once(qtbot, shell, " ", replace=False)
        assert shell.model.rowCount() == 20
        # the table keeps its place: no extra search once the write it waited for is in
        searches = []
        shell.search.results_shown.connect(searches.append)
        type_query(qtbot, shell, "tag:Watch/Grain")
        assert len(searches) == 1
    finally:
        close_shell(shell)
