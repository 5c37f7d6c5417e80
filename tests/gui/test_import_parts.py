"""A mailbox and a zip show their progress inside the file like a CSV does (messages or
zipped files done of all), and Esc stops between them with the archive consistent."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import write_files

MESSAGES = 300  # ~20 ms a message: Esc lands while the mailbox is read or stored
ZIPPED = 1500  # ~5 ms a zipped file


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
    ("name", "make", "count", "unit", "label"),
    [
        ("b.mbox", mailbox, MESSAGES, "messages", "b.mbox#{}"),
        ("b.zip", zipped, ZIPPED, "zipped files", "b.zip/dispatch_{:04d}.txt"),
    ],
)
def test_parts_progress_inside_a_mailbox_or_zip_and_esc_stops_between_them(
    qtbot, tmp_path, empty_archive, empty_shell, name, make, count, unit, label
):
    shell = empty_shell
    folder = tmp_path / "in"
    write_files(folder, {"a_note.txt": "Ferry to Baku resumes\n\nAktau — The ferry runs again."})
    make(folder / name, count)
    shell.importer.import_paths([folder])
    window = shell.importer.progress_window
    qtbot.waitUntil(
        lambda: (
            window.dialog is not None
            and window.dialog.rows_bar.isVisible()
            and window.dialog.rows_bar.value() >= 5
        ),
        timeout=30000,
    )
    dialog = window.dialog
    assert dialog.rows_bar.maximum() == count
    assert dialog.rows_bar.text() == f"Reading {dialog.rows_bar.value()} of {count} {unit}"
    assert name in dialog.current.text()
    busy = shell.window.status.busy
    qtbot.waitUntil(lambda: f"reading {unit[:-1]} " in busy.text(), timeout=3000)
    with qtbot.waitSignal(shell.importer.finished, timeout=20000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    results, cancelled = blocker.args
    assert cancelled
    names = [Path(r.path).name for r in results]
    assert names[0] == "a_note.txt"
    # Esc while the file is read stores nothing of it; while it is stored, the articles
    # stored so far stay whole: a prefix of its parts either way, far from all of them
    parts = names[1:]
    assert parts == [label.format(n) for n in range(len(parts))]
    assert len(parts) < count // 2
    assert empty_archive.article_count() == len(names)
    assert empty_archive.check().ok
