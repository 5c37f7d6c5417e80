"""A CSV/JSON Lines file without a known text column inside an imported folder: the
folder's other files import, the report's row offers "Map columns…" (a click or Enter),
the column dialog asks once for all the files with that header set and imports them, and
the next folder with a file of that header set imports without asking."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from app.gui.dialogs.column_map import ColumnMapDialog
from app.gui.dialogs.import_progress import MAP_COLUMNS, ImportReportDialog
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_column_map import odd_csv, press


def folder_with_odd_files(folder: Path) -> Path:
    folder.mkdir()
    (folder / "note.txt").write_text(
        "Barley note\n\nA short clipping about barley harvests in Kostanay.", encoding="utf-8"
    )
    odd_csv(folder / "a_export.csv", 3)
    (folder / "b_export.csv").write_text(  # the same header set, in other case
        "spalte1;SPALTE2;Spalte3;Spalte4\n"
        + "".join(
            f"Staudamm am Ili {n};0{n + 1}.12.2025;Agentur Nord;Der Staudamm am Fluss Ili "
            f"soll im Frühjahr fertig werden, Abschnitt {n}.\n"
            for n in range(2)
        ),
        encoding="utf-8",
    )
    (folder / "c_feed.jsonl").write_text(
        "\n".join(
            json.dumps({"feld_a": f"Titel {n}", "feld_b": f"Ein Text über den Damm {n}."})
            for n in range(2)
        ),
        encoding="utf-8",
    )
    return folder


def import_folder(qtbot, shell, folder: Path) -> ImportReportDialog:
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths([folder])
    report = shell.importer.report
    assert report is not None
    qtbot.waitUntil(report.isVisible, timeout=SLOW_MS)
    return report


def test_a_folders_unknown_columns_are_mapped_from_the_report(qtbot, tmp_path, shell, archive):
    wait_idle(qtbot, shell)
    before = archive.article_count()
    asked: list = []
    shell.importer.columns.dialog_opened.connect(asked.append)
    report = import_folder(qtbot, shell, folder_with_odd_files(tmp_path / "inbox"))
    assert not asked  # nothing asked in the middle of the folder
    assert archive.article_count() == before + 1  # the note went in
    folder = tmp_path / "inbox"
    offered = {Path(p).name for p in report.map_buttons}
    assert offered == {"a_export.csv", "b_export.csv", "c_feed.jsonl"}
    report.grab().save(str(tmp_path / "report.png"))
    button = report.map_buttons[str(folder / "a_export.csv")]
    assert button.text() == MAP_COLUMNS and button.isVisible()

    # a click on the first export's row: the dialog, once for both files of that header set
    with qtbot.waitSignal(shell.importer.columns.dialog_opened, timeout=SLOW_MS) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = blocker.args[0]
    assert isinstance(dialog, ColumnMapDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=SLOW_MS)
    press(qtbot, dialog, Qt.Key.Key_Down, 4)  # text: Spalte4
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Down)  # title: Spalte1
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        press(qtbot, dialog, Qt.Key.Key_Return)
    assert len(asked) == 1
    assert archive.article_count() == before + 1 + 3 + 2
    assert shell.importer.report is report  # the same report, its rows updated
    heading = report.heading.text()
    assert heading.startswith("6 imported") and heading.endswith(" 1 failed."), heading
    for name in ("a_export.csv", "b_export.csv"):
        row = report.rows[str(folder / name)]
        assert report.table.item(row, 1).text().startswith("Imported ")
        assert str(folder / name) not in report.map_buttons
    qtbot.wait(50)
    report.grab().save(str(tmp_path / "report-mapped.png"))
    titles = {archive.get(i).title for i in archive.search("Leitzins").ids}
    assert "Kasachstan senkt Leitzins 0" in titles

    # Enter on the JSON Lines row opens its dialog; Esc imports nothing, the row still offers
    wait_idle(qtbot, shell)
    jsonl = str(folder / "c_feed.jsonl")
    report.table.setCurrentCell(report.rows[jsonl], 0)
    with qtbot.waitSignal(shell.importer.columns.dialog_opened, timeout=SLOW_MS) as blocker:
        qtbot.keyClick(report.table, Qt.Key.Key_Return)
    dialog = blocker.args[0]
    qtbot.waitUntil(dialog.isVisible, timeout=SLOW_MS)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.importer.running, timeout=SLOW_MS)
    assert report.isVisible() and jsonl in report.map_buttons
    assert archive.article_count() == before + 6


def test_a_header_set_mapped_before_imports_inside_a_folder(qtbot, tmp_path, shell, archive):
    wait_idle(qtbot, shell)
    first = tmp_path / "first"
    first.mkdir()
    report = import_folder(qtbot, shell, folder_with_odd_files(tmp_path / "inbox"))
    with qtbot.waitSignal(shell.importer.columns.dialog_opened, timeout=SLOW_MS) as blocker:
        qtbot.mouseClick(
            report.map_buttons[str(tmp_path / "inbox" / "a_export.csv")], Qt.MouseButton.LeftButton
        )
    press(qtbot, blocker.args[0], Qt.Key.Key_Down, 4)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        press(qtbot, blocker.args[0], Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    before = archive.article_count()
    later = tmp_path / "later"
    later.mkdir()
    (later / "next_week.csv").write_text(
        "Spalte1;Spalte2;Spalte3;Spalte4\n"
        + "".join(
            f"Neue Brücke in Pawlodar {n};1{n}.12.2025;Agentur Ost;Die Brücke über den "
            f"Irtysch ist zum {n}. Mal gesperrt worden.\n"
            for n in range(4)
        ),
        encoding="utf-8",
    )
    (later / "other.txt").write_text("Wheat\n\nWheat exports rose again.", encoding="utf-8")
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        shell.importer.import_paths([later])
    results, _ = blocker.args
    assert not [r for r in results if r.status.value == "failed"]
    assert archive.article_count() == before + 5
    assert not shell.importer.unmapped
