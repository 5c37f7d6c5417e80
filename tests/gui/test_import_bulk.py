"""A folder with a big CSV: progress moves inside it (rows of rows), Esc stops between its
rows, and an empty archive's welcome view gives way to the list of what has come in."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_idle, write_files

#: enough rows that Esc lands while the CSV is still being read or stored, on a fast machine too
ROWS = 3000


def bulk_folder(folder: Path, rows: int) -> Path:
    write_files(folder, {"a_note.txt": "Ferry to Baku resumes\n\nAktau — The ferry runs again."})
    lines = ["title,text"] + [
        f'"Grain dispatch {n}","Almaty grain report number {n}: item {n * 7} left the port '
        f'of Aktau on schedule, officials said on Monday."'
        for n in range(rows)
    ]
    (folder / "b_bulk.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_rows_progress_inside_a_bulk_file_and_esc_stops_between_rows(
    qtbot, tmp_path, empty_archive, empty_shell
):
    shell = empty_shell
    shell.importer.import_paths([bulk_folder(tmp_path / "in", ROWS)])
    window = shell.importer.progress_window
    qtbot.waitUntil(
        lambda: (
            window.dialog is not None
            and window.dialog.rows_bar.isVisible()
            and window.dialog.rows_bar.value() >= 5
        ),
        timeout=20000,
    )
    dialog = window.dialog
    assert dialog.rows_bar.maximum() == ROWS
    assert dialog.rows_bar.text().startswith("Reading")
    assert "b_bulk.csv" in dialog.current.text()
    qtbot.waitUntil(lambda: "reading row" in shell.window.status.busy.text(), timeout=3000)
    with qtbot.waitSignal(shell.importer.finished, timeout=10000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    results, cancelled = blocker.args
    assert cancelled
    names = [Path(r.path).name for r in results]
    assert names[0] == "a_note.txt"
    # Esc while the CSV is read stores nothing of it; while it is stored, the rows already
    # stored stay whole: either way a prefix of its rows, far from all of them.
    rows = names[1:]
    assert rows == [f"b_bulk.csv#{n}" for n in range(len(rows))]
    assert len(rows) < ROWS // 2
    assert empty_archive.article_count() == len(names)
    assert empty_archive.check().ok


def test_the_welcome_view_gives_way_to_what_has_come_in(qtbot, tmp_path, empty_shell):
    shell = empty_shell
    total = 1 + 1000  # the note, then the CSV's rows
    qtbot.waitUntil(lambda: shell.window.welcome_shown, timeout=3000)
    shell.importer.import_paths([bulk_folder(tmp_path / "in", total - 1)])
    qtbot.waitUntil(lambda: not shell.window.welcome_shown, timeout=20000)
    # the count follows what is stored so far: the note is counted while the CSV is still in
    # hand (polled from the start, so a fast machine cannot race past it unseen)
    qtbot.waitUntil(lambda: shell.importer.running and 0 < counted(shell) < total, timeout=20000)
    with qtbot.waitSignal(shell.importer.finished, timeout=60000):
        pass
    wait_idle(qtbot, shell)
    assert not shell.window.welcome_shown
    assert counted(shell) == total
    assert shell.model.rowCount() == total  # the list shows them all, the note among them


def counted(shell) -> int:
    """The number the status bar gives for the archive ("3,001 clippings in the archive")."""
    return int(re.sub(r"\D", "", shell.window.status.count.text().split()[0]))
