"""A folder with a big CSV: progress moves inside it (rows of rows), Esc stops between its
rows, and an empty archive's welcome view gives way to the list of what has come in.

The import is held at a gate (tests/gui/gates.py) inside the CSV until the test has looked
and pressed Esc: a big file alone made that likely, and a loaded machine could race past."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import importing
from tests.gui.conftest import SLOW_MS, wait_idle, write_files
from tests.gui.gates import Gate

ROWS = 300  # held inside, the file need not be big: a gate, not its size, makes Esc land
#: the import is held after this many rows read (or stored) until the test has pressed Esc
HELD_AT = 10


def bulk_folder(folder: Path, rows: int) -> Path:
    write_files(folder, {"a_note.txt": "Ferry to Baku resumes\n\nAktau — The ferry runs again."})
    lines = ["title,text"] + [
        f'"Grain dispatch {n}","Almaty grain report number {n}: item {n * 7} left the port '
        f'of Aktau on schedule, officials said on Monday."'
        for n in range(rows)
    ]
    (folder / "b_bulk.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def hold_reading(monkeypatch, gate: Gate, name: str) -> None:
    """The reader of the file ``name`` held after its ``HELD_AT``-th row (or message, or
    zipped file) until ``gate`` opens: Esc lands while it is read, however fast or loaded
    the machine (a big file alone could be read past the check on a loaded one)."""
    real = importing.extract_safely

    def extract(file_name, data, on_record=None, mapping=None):
        if file_name == name and on_record is not None:
            on_record = gate.wrap(on_record, first=HELD_AT, after=True)
        return real(file_name, data, on_record, mapping)

    monkeypatch.setattr(importing, "extract_safely", extract)


def hold_storing(monkeypatch, gate: Gate, name: str) -> None:
    """The rows of the file ``name`` held after the ``HELD_AT``-th is stored."""
    real = importing._store_one
    # _store_one(conn, item, label, sha, name, ...): its fifth argument is the file's name
    wrapped = gate.wrap(real, first=HELD_AT, after=True, when=lambda *args: args[4] == name)
    monkeypatch.setattr(importing, "_store_one", wrapped)


@pytest.mark.parametrize("stage", ["reading", "storing"])
def test_rows_progress_inside_a_bulk_file_and_esc_stops_between_rows(
    qtbot, tmp_path, monkeypatch, empty_archive, empty_shell, gate, stage
):
    shell = empty_shell
    hold = hold_reading if stage == "reading" else hold_storing
    hold(monkeypatch, gate, "b_bulk.csv")
    shell.importer.import_paths([bulk_folder(tmp_path / "in", ROWS)])
    window = shell.importer.progress_window
    busy = shell.window.status.busy
    # held inside the CSV: its progress is on show until Esc (polled from the start)
    qtbot.waitUntil(
        lambda: (
            window.dialog is not None
            and window.dialog.rows_bar.isVisible()
            and window.dialog.rows_bar.value() >= HELD_AT - 1
            and f"{stage} row" in busy.text()
        ),
        timeout=SLOW_MS,
    )
    dialog = window.dialog
    assert dialog.rows_bar.maximum() == ROWS
    assert dialog.rows_bar.text().startswith(stage.capitalize())
    assert "b_bulk.csv" in dialog.current.text()
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        gate.open()
    results, cancelled = blocker.args
    assert cancelled
    names = [Path(r.path).name for r in results]
    assert names[0] == "a_note.txt"
    # Esc while the CSV is read stores nothing of it; while it is stored, the rows already
    # stored stay whole, and no row after them
    rows = names[1:]
    assert rows == [f"b_bulk.csv#{n}" for n in range(len(rows))]
    assert len(rows) == (0 if stage == "reading" else HELD_AT)
    assert empty_archive.article_count() == len(names)
    assert empty_archive.check().ok


def test_the_welcome_view_gives_way_to_what_has_come_in(
    qtbot, tmp_path, monkeypatch, empty_shell, gate
):
    shell = empty_shell
    total = 1 + 40  # the note, then the CSV's rows (held after HELD_AT of them)
    qtbot.waitUntil(lambda: shell.window.welcome_shown, timeout=SLOW_MS)
    hold_storing(monkeypatch, gate, "b_bulk.csv")
    shell.importer.import_paths([bulk_folder(tmp_path / "in", total - 1)])
    # held in the middle of the CSV: the welcome view has given way, and the count follows
    # what is stored so far (the note and the rows before the hold), not the whole import
    qtbot.waitUntil(
        lambda: not shell.window.welcome_shown and 1 < counted(shell) < total,
        timeout=SLOW_MS,
    )
    assert shell.importer.running
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        gate.open()
    wait_idle(qtbot, shell)
    assert not shell.window.welcome_shown
    assert counted(shell) == total
    assert shell.model.rowCount() == total  # the list shows them all, the note among them


def counted(shell) -> int:
    """The number the status bar gives for the archive ("3,001 clippings in the archive")."""
    return int(re.sub(r"\D", "", shell.window.status.count.text().split()[0]))
