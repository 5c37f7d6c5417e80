"""A mailbox and a zip show their progress inside the file like a CSV does (messages or
zipped files done of all), and Esc stops between them with the archive consistent. The
file's reader is held (tests/gui/gates.py) until Esc is pressed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import SLOW_MS, write_files
from tests.gui.test_import_bulk import HELD_AT, hold_reading

MESSAGES = 60  # held while it is read (HELD_AT), the file need not be big
ZIPPED = 60


def dispatch(n: int) -> str:
    return (
        f"Almaty grain report number {n}: item {n * 7} left the port of Aktau on schedule, "
        "officials said on Monday. The shipment goes on to Baku."
    )


def mailbox(path: Path, count: int) -> Path:
    messages = [
        f"From desk{n}@example.org Mon Mar  3 10:00:00 2025\nFrom: Desk <desk@example.org>\n"
        f"Subject: Grain dispatch {n}\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{dispatch(n)}\n"
        for n in range(count)
    ]
    path.write_text("\n".join(messages), encoding="utf-8")
    return path


def zipped(path: Path, count: int) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(count):
            archive.writestr(f"dispatch_{n:04d}.txt", f"Grain dispatch {n}\n\n{dispatch(n)}\n")
    return path


@pytest.mark.parametrize(
    ("name", "make", "count", "unit"),
    [("b.mbox", mailbox, MESSAGES, "messages"), ("b.zip", zipped, ZIPPED, "zipped files")],
)
def test_parts_progress_inside_a_mailbox_or_zip_and_esc_stops_between_them(
    qtbot, tmp_path, monkeypatch, empty_archive, empty_shell, gate, name, make, count, unit
):
    shell = empty_shell
    folder = tmp_path / "in"
    write_files(folder, {"a_note.txt": "Ferry to Baku resumes\n\nAktau — The ferry runs again."})
    make(folder / name, count)
    hold_reading(monkeypatch, gate, name)  # until Esc, however loaded the machine
    shell.importer.import_paths([folder])
    window = shell.importer.progress_window
    busy = shell.window.status.busy
    qtbot.waitUntil(
        lambda: (
            window.dialog is not None
            and window.dialog.rows_bar.isVisible()
            and window.dialog.rows_bar.value() >= HELD_AT - 1
            and f"reading {unit[:-1]} " in busy.text()
        ),
        timeout=SLOW_MS,
    )
    dialog = window.dialog
    assert dialog.rows_bar.maximum() == count
    assert dialog.rows_bar.text() == f"Reading {dialog.rows_bar.value()} of {count} {unit}"
    assert name in dialog.current.text()
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        gate.open()
    results, cancelled = blocker.args
    assert cancelled
    names = [Path(r.path).name for r in results]
    assert names[0] == "a_note.txt"
    # Esc while the file is read stores nothing of it (the stored part of a file stays
    # whole: tests/gui/test_import_bulk.py holds a CSV while it is stored)
    assert names[1:] == []
    assert empty_archive.article_count() == len(names)
    assert empty_archive.check().ok
