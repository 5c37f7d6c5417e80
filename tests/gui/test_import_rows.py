"""Import progress counts the articles inside a file: a big CSV does not stand still."""

from __future__ import annotations

import time
from pathlib import Path

from app import importing
from tests.gui.conftest import wait_idle


def harvest_table(folder: Path) -> Path:
    """A CSV of 40 harvest reports, one article a row."""
    rows = [
        f"Harvest report {n};The wheat harvest in region {n} reached {n * 7} tonnes this week.;"
        f"2024-05-{n % 28 + 1:02d};;Agro Daily"
        for n in range(40)
    ]
    table = folder / "rows.csv"
    table.write_text("headline;text;date;tags;source\n" + "\n".join(rows), encoding="utf-8")
    return table


def test_a_csv_import_shows_its_rows_as_they_are_stored(qtbot, tmp_path, shell, monkeypatch):
    wait_idle(qtbot, shell)
    table = harvest_table(tmp_path)
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
    counts = {int(t.split(" · ")[1].split()[0]) for t in during_csv}  # "… · 12 articles · …"
    assert len(counts) >= 3 and max(counts) > 10, seen  # it moved within the one file


def test_the_archive_count_follows_a_csv_import_row_by_row(qtbot, tmp_path, shell, monkeypatch):
    """The status bar's archive count moves while one big file is stored, not only once it
    is done (the count query sees a file's rows only after its transaction)."""
    wait_idle(qtbot, shell)
    assert shell.window.status.count.text() == "4 clippings in the archive"
    table = harvest_table(tmp_path)
    real = importing._store_one

    def slow_store(*args, **kwargs):
        time.sleep(0.05)
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "_store_one", slow_store)
    counts: list[int] = []
    shell.importer.import_paths([table])
    while shell.importer.running:
        counts.append(int(shell.window.status.count.text().split()[0].replace(",", "")))
        qtbot.wait(50)
    wait_idle(qtbot, shell)
    assert len(set(counts)) >= 4 and max(counts) > 14, counts  # it moved within the file
    assert counts == sorted(counts) and min(counts) >= 4 and max(counts) <= 44, counts
    assert shell.window.status.count.text() == "44 clippings in the archive"
