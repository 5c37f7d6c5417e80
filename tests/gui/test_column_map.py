"""A CSV/JSON Lines file whose text column no common name finds asks for its columns in a
dialog (its first rows to choose by) instead of failing; the choice imports the file in the
background, and the next file with these columns gets it pre-filled."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from PySide6.QtCore import Qt

from app import columns
from app.config import config_dir
from app.gui.dialogs.column_map import ColumnMapDialog
from tests.gui.conftest import SLOW_MS, wait_idle

ODD_HEADER = "Spalte1;Spalte2;Spalte3;Spalte4"


def odd_csv(path: Path, rows: int = 3, header: str = ODD_HEADER) -> Path:
    lines = [header] + [
        f"Kasachstan senkt Leitzins {n};{n + 1:02d}.11.2025;Beispielagentur;Die Nationalbank "
        f"hat den Leitzins zum {n}. Mal gesenkt, die Inflation ging zuletzt zurück."
        for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_dialog(qtbot, shell, paths: list[Path]) -> ColumnMapDialog:
    with qtbot.waitSignal(shell.importer.columns.dialog_opened, timeout=SLOW_MS) as blocker:
        shell.importer.import_paths(paths)
    dialog = blocker.args[0]
    assert isinstance(dialog, ColumnMapDialog)
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=SLOW_MS)
    dialog.activateWindow()
    return dialog


def press(qtbot, dialog, key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(dialog.focusWidget(), key)


def test_unknown_columns_are_mapped_with_keys_and_remembered(qtbot, tmp_path, shell, archive):
    wait_idle(qtbot, shell)
    before = archive.article_count()
    dialog = open_dialog(qtbot, shell, [odd_csv(tmp_path / "odd.csv")])
    preview = dialog.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert headers == ["Spalte1", "Spalte2", "Spalte3", "Spalte4"]
    assert preview.rowCount() == 3 and preview.item(0, 0).text() == "Kasachstan senkt Leitzins 0"
    # four columns fit: no scroll bar, and no empty band kept for one under the rows
    assert not preview.horizontalScrollBar().isVisible()
    rows = sum(preview.rowHeight(r) for r in range(3)) + preview.horizontalHeader().height()
    assert preview.viewport().height() + preview.horizontalHeader().height() <= rows + 2
    body = dialog.combos["body"]
    assert dialog.focusWidget() is body and body.currentText() == "— choose a column —"
    assert not dialog.import_button.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_Return)  # no text column yet: Enter does not import
    assert dialog.isVisible() and shell.importer.task is None
    press(qtbot, dialog, Qt.Key.Key_Down, 4)  # ↓ through the columns to Spalte4
    assert body.currentText() == "Spalte4" and dialog.import_button.isEnabled()
    assert preview.selectionModel().isColumnSelected(3)  # the chosen column stands out
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.combos["title"]
    assert not preview.selectionModel().selectedColumns()  # no title column yet
    press(qtbot, dialog, Qt.Key.Key_Down)  # Spalte1
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Down, 2)  # date: Spalte2
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Down, 3)  # source: Spalte3
    assert {k: v for k, v in dialog.mapping().items() if v} == {
        "body": "Spalte4",
        "title": "Spalte1",
        "published": "Spalte2",
        "source": "Spalte3",
    }
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, dialog, Qt.Key.Key_Return)
    results, cancelled = blocker.args
    assert not cancelled and len(results) == 3
    assert archive.article_count() == before + 3
    article = archive.get(results[0].id)
    assert article.title == "Kasachstan senkt Leitzins 0"
    assert article.source == "Beispielagentur" and article.published.day == 1
    assert article.body.startswith("Die Nationalbank")
    kept = yaml.safe_load((config_dir() / columns.MAPS_FILE).read_text(encoding="utf-8"))
    assert kept[0]["map"]["body"] == "Spalte4"

    # the next export with these columns (in another order and case): pre-filled, Enter
    wait_idle(qtbot, shell)
    again = odd_csv(tmp_path / "odd2.csv", 2, "spalte4;SPALTE1;Spalte2;Spalte3")
    again.write_text(
        "spalte4;SPALTE1;Spalte2;Spalte3\nEin ganz anderer Text über den Staudamm am Fluss "
        "Ili, der im Frühjahr fertig werden soll.;Staudamm am Ili;03.12.2025;Agentur Nord\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, shell, [again])
    assert dialog.combos["body"].currentText() == "spalte4"
    assert dialog.combos["title"].currentText() == "SPALTE1"
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, dialog, Qt.Key.Key_Return)
    (result,) = blocker.args[0]
    assert archive.get(result.id).title == "Staudamm am Ili"
    shell.window.grab().save(str(tmp_path / "after.png"))


def test_esc_imports_nothing_and_says_so(qtbot, tmp_path, shell, archive):
    wait_idle(qtbot, shell)
    before = archive.article_count()
    note = tmp_path / "note.txt"
    note.write_text("Barley note\n\nA short clipping about barley in Kostanay.", encoding="utf-8")
    dialog = open_dialog(qtbot, shell, [note, odd_csv(tmp_path / "odd.csv")])
    press(qtbot, dialog, Qt.Key.Key_Down, 4)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW_MS)
    qtbot.waitUntil(lambda: "cancelled" in shell.window.status.currentMessage(), timeout=SLOW_MS)
    assert not shell.importer.running and shell.importer.task is None
    wait_idle(qtbot, shell)
    assert archive.article_count() == before
    assert not (config_dir() / columns.MAPS_FILE).exists()


def test_jsonl_keys_and_the_defaults_prefilled(qtbot, tmp_path, shell, archive):
    wait_idle(qtbot, shell)
    path = tmp_path / "feed.jsonl"
    records = [
        {"feld_a": f"Titel {n}", "feld_b": f"Ein Text über den Staudamm Nummer {n} am Fluss.",
         "date": "2025-11-2{n}", "url": f"https://example.org/{n}"}
        for n in range(3)
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    dialog = open_dialog(qtbot, shell, [path])
    assert dialog.combos["published"].currentText() == "date"  # what the importer takes
    assert dialog.combos["url"].currentText() == "url"
    assert dialog.combos["title"].currentText() == "(none)"
    press(qtbot, dialog, Qt.Key.Key_Down, 2)  # text: feld_b
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Down)  # title: feld_a
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    results, _ = blocker.args
    assert [archive.get(r.id).title for r in results] == ["Titel 0", "Titel 1", "Titel 2"]


def test_known_columns_import_without_asking(qtbot, tmp_path, shell, archive):
    wait_idle(qtbot, shell)
    path = tmp_path / "plain.csv"
    path.write_text("title,text\nWheat,Wheat exports from Kostanay rose again.\n", "utf-8")
    opened: list = []
    shell.importer.columns.dialog_opened.connect(opened.append)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths([path])
    assert not opened


def test_the_first_rows_are_read_off_the_gui_thread(qtbot, tmp_path, shell, monkeypatch, gate):
    """A file on a slow share: the window keeps answering while its header is read. The
    read is held until the call that asked for it has returned (it took a 1 s sleep and a
    0.5 s bound on the call, which a loaded machine could miss); on the GUI thread the
    call would come back only once the hold timed out, with the header read."""
    wait_idle(qtbot, shell)
    real = columns.peek
    peeked: list[Path] = []

    def held_peek(path: Path):
        gate.hold()
        peeked.append(path)
        return real(path)

    monkeypatch.setattr(columns, "peek", held_peek)
    shell.importer.import_paths([odd_csv(tmp_path / "odd.csv")])
    assert peeked == []  # returned while the header is still being read
    assert shell.importer.running  # being prepared: a second import is refused
    with qtbot.waitSignal(shell.importer.columns.dialog_opened, timeout=SLOW_MS) as blocker:
        gate.open()
    press(qtbot, blocker.args[0], Qt.Key.Key_Escape)


def test_a_field_set_to_none_is_not_read_from_its_usual_column(qtbot, tmp_path, shell, archive):
    wait_idle(qtbot, shell)
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"feld_b": "Ein Text über den Staudamm am Ili.", "date": "2025-11-21"}),
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, shell, [path])
    press(qtbot, dialog, Qt.Key.Key_Down)  # text: feld_b
    date = dialog.combos["published"]
    assert date.currentText() == "date"
    date.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Home)  # (none): that column is not the date
    assert date.currentText() == "(none)"
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, dialog, Qt.Key.Key_Return)
    (result,) = blocker.args[0]
    assert archive.get(result.id).published is None


def test_columns_named_in_other_words_are_proposed(qtbot, tmp_path, shell, archive):
    """'Meldung (Kopf)', 'Erschienen am', 'Medium' over a file whose text column has no
    name the importer knows: the dialog proposes them for the title, the date and the
    source, and asks only for the text."""
    wait_idle(qtbot, shell)
    header = "Meldung (Kopf);Erschienen am;Medium;Spalte4"
    dialog = open_dialog(qtbot, shell, [odd_csv(tmp_path / "meldungen.csv", 2, header)])
    assert dialog.combos["title"].currentText() == "Meldung (Kopf)"
    assert dialog.combos["published"].currentText() == "Erschienen am"
    assert dialog.combos["source"].currentText() == "Medium"
    assert dialog.combos["body"].currentIndex() == 0  # the text: still to choose
    press(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW_MS)
    wait_idle(qtbot, shell)
