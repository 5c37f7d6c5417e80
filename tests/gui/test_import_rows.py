"""Import progress counts the articles inside a file: a big CSV does not stand still."""

from __future__ import annotations

from pathlib import Path

from app import importing
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.gates import Gate


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


#: the CSV's rows (counted from 1) before which its storing is held until the test has seen
#: the count it gives: the count must move within the file, however loaded the machine
#: (a sleep per row made that likely, and a busy GUI thread could sample too seldom)
HOLDS = (5, 15, 30)


def hold_rows(monkeypatch) -> list[Gate]:
    gates = [Gate() for _ in HOLDS]
    store = importing._store_one
    for gate, row in zip(gates, HOLDS, strict=True):
        store = gate.wrap(store, first=row)
    monkeypatch.setattr(importing, "_store_one", store)
    return gates


def csv_articles(shell) -> int | None:
    """The count of articles the status bar gives while the CSV (file 1 of 2) is in."""
    text = shell.window.status.busy.text()
    if not text.startswith("Importing file 1 of 2 · "):
        return None
    return int(text.split(" · ")[1].split()[0])  # "… · 12 articles · …"


def test_a_csv_import_shows_its_rows_as_they_are_stored(qtbot, tmp_path, shell, monkeypatch):
    wait_idle(qtbot, shell)
    table = harvest_table(tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("Barley note\n\nA short clipping about barley.", encoding="utf-8")
    gates = hold_rows(monkeypatch)
    try:
        shell.importer.import_paths([table, note])
        for gate, row in zip(gates, HOLDS, strict=True):
            # held before the row: the rows before it are stored, and the status says so
            qtbot.waitUntil(lambda row=row: csv_articles(shell) == row - 1, timeout=SLOW_MS)
            gate.open()
        qtbot.waitUntil(lambda: not shell.importer.running, timeout=SLOW_MS)
    finally:
        for gate in gates:
            gate.open()
    assert shell.session.archive.article_count() == 4 + 40 + 1


def test_the_archive_count_follows_a_csv_import_row_by_row(qtbot, tmp_path, shell, monkeypatch):
    """The status bar's archive count moves while one big file is stored, not only once it
    is done (the count query sees a file's rows only after its transaction)."""
    wait_idle(qtbot, shell)
    assert shell.window.status.count.text() == "4 clippings in the archive"
    table = harvest_table(tmp_path)
    counts: list[int] = []

    def shown() -> int:
        counts.append(int(shell.window.status.count.text().split()[0].replace(",", "")))
        return counts[-1]

    gates = hold_rows(monkeypatch)
    try:
        shell.importer.import_paths([table])
        for gate, row in zip(gates, HOLDS, strict=True):
            qtbot.waitUntil(lambda row=row: shown() == 4 + row - 1, timeout=SLOW_MS)
            gate.open()
        qtbot.waitUntil(lambda: shown() == 44 and not shell.importer.running, timeout=SLOW_MS)
    finally:
        for gate in gates:
            gate.open()
    wait_idle(qtbot, shell)
    assert counts == sorted(counts) and min(counts) >= 4 and max(counts) <= 44, counts
    assert shell.window.status.count.text() == "44 clippings in the archive"
