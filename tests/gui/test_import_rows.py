"""Import progress counts the articles inside a file: a big CSV does not stand still."""

from __future__ import annotations

import time

from app import importing
from tests.gui.conftest import wait_idle


def test_a_csv_import_shows_its_rows_as_they_are_stored(qtbot, tmp_path, shell, monkeypatch):
    wait_idle(qtbot, shell)
    rows = [
        f"Harvest report {n};The wheat harvest in region {n} reached {n * 7} tonnes this week.;"
        f"2024-05-{n % 28 + 1:02d};;Agro Daily"
        for n in range(40)
    ]
    table = tmp_path / "rows.csv"
    table.write_text("headline;text;date;tags;source\n" + "\n".join(rows), encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("Barley note\n\nA short clipping about barley.", encoding="utf-8")
    real = importing._store_one

    def slow_store(*args, **kwargs):  # a big file's rows take a while to store
        time.sleep(0.05)
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "_store_one", slow_store)
    seen: list[str] = []
    shell.importer.import_paths([table, note])
    qtbot.waitUntil(lambda: " articles" in shell.window.status.busy.text(), timeout=5000)
    while shell.importer.running:
        seen.append(shell.window.status.busy.text())
        qtbot.wait(100)
    during_csv = [t for t in seen if t.startswith("Importing file 1 of 2 · ")]
    counts = {int(t.rsplit("· ", 1)[1].split()[0]) for t in during_csv}
    assert len(counts) >= 3 and max(counts) > 10, seen  # it moved within the one file
