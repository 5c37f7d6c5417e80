"""Export, press review and backup from the window: real actions, real files; only the
file dialog is replaced (by a function that answers with a path under tmp_path)."""

from __future__ import annotations

import codecs
import csv
import json
import stat
import threading
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from app.export.data import current_umask
from app.gui.controllers import exporting
from app.gui.controllers.exporting import FILTERS, format_of, with_suffix
from app.gui.dialogs import file_dialogs
from app.gui.dialogs.hand_on import HandOnProgressDialog, ReviewDialog
from app.gui.dialogs.shortcuts import sheet_rows
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate, titles


class FileDialog:
    """Stands in for file_dialogs.ask_save_path: remembers what it was asked and answers
    with a path (an empty one is a Cancel). tests/gui/test_export_dialog.py drives the
    real dialog."""

    def __init__(self, monkeypatch, path: Path | str, chosen_filter: str = "") -> None:
        self.answer = (str(path), chosen_filter)
        self.calls: list[dict] = []
        monkeypatch.setattr(file_dialogs, "ask_save_path", self)

    def __call__(self, parent, caption, directory, filter, selected, chosen):
        self.calls.append(
            {"caption": caption, "directory": directory, "filter": filter, "selected": selected}
        )
        if self.answer[0]:
            chosen(*self.answer)
        return None  # no dialog stays open


def press(qtbot, shell, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    activate(qtbot, shell.window)
    shell.window.results.table.setFocus()
    qtbot.keyClick(shell.window.results.table, key, modifiers)


def review_pdf(qtbot, shell, monkeypatch, path: Path) -> tuple[str, str, int]:
    """Ctrl+P, Enter on the review dialog's default title: that title, the PDF's text
    (whitespace folded) and its page count."""
    from pypdf import PdfReader

    FileDialog(monkeypatch, path, FILTERS["pdf"])
    with qtbot.waitSignal(shell.exporter.dialog_opened, timeout=SLOW_MS) as opened:
        press(qtbot, shell, Qt.Key.Key_P)
    dialog = opened.args[0]
    title = dialog.title()
    activate(qtbot, dialog)
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    pages = PdfReader(path.with_suffix(".pdf")).pages
    return title, " ".join(" ".join(p.extract_text().split()) for p in pages), len(pages)


def file_menu_action(shell, text: str):
    menu = next(a.menu() for a in shell.window.menuBar().actions() if a.text() == "&File")
    return next(a for a in menu.actions() if a.text() == text)


def select_rows(shell, rows: list[int]) -> list[int]:
    table = shell.window.results.table
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().clearSelection()
    for row in rows:
        table.selectionModel().select(shell.model.index(row, 0), flags)
    return [shell.model.id_at(r) for r in rows]


def test_actions_in_the_file_menu_with_shortcuts_and_on_the_sheet(shell):
    for text, keys in (
        ("&Export…", "Ctrl+E"),
        ("Press &Review (PDF)…", "Ctrl+P"),
        ("&Back Up Archive…", "Ctrl+Shift+B"),
    ):
        action = file_menu_action(shell, text)
        assert action.shortcut().toString() == keys
        assert ("File", keys, text.replace("&", "")) in sheet_rows()


def test_export_every_result_as_csv_by_shortcut(qtbot, tmp_path, shell, monkeypatch):
    wait_idle(qtbot, shell)
    assert shell.model.rowCount() == 4
    shown = titles(shell)
    dialog = FileDialog(monkeypatch, tmp_path / "out", FILTERS["csv"])
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, shell, Qt.Key.Key_E)
    out = tmp_path / "out.csv"  # the ending follows the format
    assert blocker.args == ["export", str(out)]
    (call,) = dialog.calls
    assert call["caption"] == "Export all 4 clippings of this search"
    assert "JSON Lines (*.jsonl)" in call["filter"] and "PDF press review (*.pdf)" in call["filter"]
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["title"] for r in rows] == shown  # every result, in the order shown
    message = shell.window.status.currentMessage()
    assert str(out) in message and "4 clippings" in message
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~current_umask()


def test_export_of_a_selection_by_menu_follows_the_chosen_format(
    qtbot, tmp_path, shell, monkeypatch
):
    wait_idle(qtbot, shell)
    ids = select_rows(shell, [0, 2])
    dialog = FileDialog(monkeypatch, tmp_path / "picked.csv", FILTERS["json"])
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS):
        file_menu_action(shell, "&Export…").trigger()
    assert dialog.calls[0]["caption"] == "Export the 2 clippings selected"
    out = tmp_path / "picked.json"
    assert not (tmp_path / "picked.csv").exists()
    assert [r["id"] for r in json.loads(out.read_text(encoding="utf-8"))] == ids
    assert "2 clippings" in shell.window.status.currentMessage()


def test_one_selected_row_exports_the_whole_search(qtbot, tmp_path, shell, monkeypatch):
    from tests.gui.test_search import type_query

    type_query(qtbot, shell, "wheat")
    select_rows(shell, [1])
    dialog = FileDialog(monkeypatch, tmp_path / "wheat.yaml", FILTERS["yaml"])
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS):
        press(qtbot, shell, Qt.Key.Key_E)
    assert dialog.calls[0]["caption"] == "Export all 2 clippings of this search"
    assert (tmp_path / "wheat.yaml").read_text(encoding="utf-8").count("\n- id:") + 1 == 2


def test_press_review_pdf_newest_first_with_a_typed_title(
    qtbot, tmp_path, archive, shell, monkeypatch
):
    days = {1: datetime(2025, 11, 3, 9), 2: datetime(2025, 11, 28, 9), 3: datetime(2025, 11, 14, 9)}
    for article_id, day in days.items():
        archive.update(article_id, {"published": day})
    wait_idle(qtbot, shell)
    written: list[tuple[list[int], str]] = []
    real = exporting._pdf_writer

    def spy(language, omit_tags=()):
        def write(articles, path, title):
            written.append(([a.id for a in articles], title))
            real(language, omit_tags)(articles, path, title)

        return write

    monkeypatch.setattr(exporting, "_pdf_writer", spy)
    FileDialog(monkeypatch, tmp_path / "review", FILTERS["pdf"])
    with qtbot.waitSignal(shell.exporter.dialog_opened, timeout=SLOW_MS) as opened:
        press(qtbot, shell, Qt.Key.Key_P)
    dialog = opened.args[0]
    assert isinstance(dialog, ReviewDialog)
    assert dialog.title() == f"Press review {date.today():%d.%m.%Y}"
    assert "all 4 clippings of this search" in dialog.heading.text()
    activate(qtbot, dialog)
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Pressespiegel Zentralasien")
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    out = tmp_path / "review.pdf"
    assert blocker.args == ["review", str(out)]
    assert out.read_bytes().startswith(b"%PDF")
    assert written == [([2, 3, 1, 4], "Pressespiegel Zentralasien")]  # undated last
    assert "Press review of 4 clippings" in shell.window.status.currentMessage()
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~current_umask()


def test_backup_holds_the_store_and_reports_its_size(qtbot, tmp_path, archive, shell, monkeypatch):
    dialog = FileDialog(monkeypatch, tmp_path / "saved" / "clips")
    (tmp_path / "saved").mkdir()
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        press(
            qtbot,
            shell,
            Qt.Key.Key_B,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    out = tmp_path / "saved" / "clips.zip"
    assert blocker.args == ["backup", str(out)]
    assert dialog.calls[0]["caption"] == "Back Up the Archive"
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert "archive.sqlite" in names and "clippings-backup.json" in names
    assert len([n for n in names if n.startswith("originals/")]) == 4
    message = shell.window.status.currentMessage()
    assert str(out) in message and "KB" in message and "4 originals" in message
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~current_umask()


def test_an_export_that_cannot_be_written_says_so(qtbot, tmp_path, shell, monkeypatch):
    (tmp_path / "plain").write_text("not a folder", encoding="utf-8")
    FileDialog(monkeypatch, tmp_path / "plain" / "out.csv", FILTERS["csv"])
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        press(qtbot, shell, Qt.Key.Key_E)
    assert blocker.args == ["export", ""]
    box = shell.app.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "could not be written to" in box.text() and "out.csv" in box.text()
    box.close()


def test_cancelled_export_writes_nothing(qtbot, tmp_path, shell, monkeypatch):
    shell.exporter.progress_window.show_after_ms = 0
    FileDialog(monkeypatch, tmp_path / "out.jsonl", FILTERS["jsonl"])
    gate = threading.Event()
    shell.session.write(lambda _archive: gate.wait(60))  # the writer is busy (an import)
    press(qtbot, shell, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: shell.exporter.progress_window.dialog is not None, timeout=SLOW_MS)
    progress = shell.exporter.progress_window.dialog
    assert isinstance(progress, HandOnProgressDialog) and progress.isVisible()
    assert "4 clippings" in progress.heading.text()
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS) as blocker:
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert blocker.args == ["export", ""]
    assert not (tmp_path / "out.jsonl").exists()
    assert list(tmp_path.glob(".out.jsonl*")) == []
    assert "cancelled" in shell.window.status.currentMessage()


def test_the_file_ending_follows_the_format():
    assert with_suffix(Path("a/review"), "pdf") == Path("a/review.pdf")
    assert with_suffix(Path("a/list.csv"), "json") == Path("a/list.json")
    assert with_suffix(Path("a/list.yml"), "yaml") == Path("a/list.yml")
    assert with_suffix(Path("a/v1.2"), "jsonl") == Path("a/v1.2.jsonl")
    assert with_suffix(Path("a/backup"), "zip") == Path("a/backup.zip")
    assert format_of("", Path("x.jsonl")) == "jsonl"
    assert format_of("", Path("x.zip")) == "csv"
    assert format_of(FILTERS["html"], Path("x.csv")) == "html"  # a filter the user picked
    assert format_of(FILTERS["csv"], Path("x.html"), FILTERS["csv"]) == "html"  # typed
    assert format_of(FILTERS["csv"], Path("x"), FILTERS["csv"]) == "csv"


def test_a_name_the_file_dialog_never_saw_is_not_overwritten_unasked(
    qtbot, tmp_path, shell, monkeypatch
):
    (tmp_path / "old.json").write_text("keep me", encoding="utf-8")
    FileDialog(monkeypatch, tmp_path / "old", FILTERS["json"])
    with qtbot.waitSignal(shell.exporter.dialog_opened, timeout=SLOW_MS) as opened:
        press(qtbot, shell, Qt.Key.Key_E)
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and "old.json already exists" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    assert (tmp_path / "old.json").read_text(encoding="utf-8") == "keep me"
    with qtbot.waitSignal(shell.exporter.dialog_opened, timeout=SLOW_MS) as opened:
        press(qtbot, shell, Qt.Key.Key_E)
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS):
        qtbot.mouseClick(
            opened.args[0].button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
        )
    assert len(json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))) == 4


def test_press_review_pdf_separates_tags_and_prints_a_date_only_as_a_date(
    qtbot, tmp_path, archive, shell, monkeypatch
):
    archive.update(1, {"published": datetime(2025, 11, 24)})  # a date without an hour
    archive.update(2, {"published": datetime(2025, 11, 25, 14, 5)})
    archive.tag([1], add=["Review", "Watch"])
    wait_idle(qtbot, shell)
    _, text, _ = review_pdf(qtbot, shell, monkeypatch, tmp_path / "day")
    assert "ReviewWatch" not in text
    assert "Review · Watch" in text
    assert "24.11.2025" in text and "24.11.2025 00:00" not in text
    assert "25.11.2025 14:05" in text


@pytest.fixture
def german_locale():
    """The user's locale is German (decimal comma) while the test runs."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_csv_export_splits_at_the_locales_list_separator_and_offers_plain_commas(
    qtbot, tmp_path, shell, monkeypatch, german_locale
):
    """German Excel showed the comma-separated export as one column: in a decimal-comma
    locale the CSV is split at ';' (with a BOM), and a comma-separated CSV is a filter."""
    wait_idle(qtbot, shell)
    shown = titles(shell)
    dialog = FileDialog(monkeypatch, tmp_path / "excel", FILTERS["csv"])
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS):
        press(qtbot, shell, Qt.Key.Key_E)
    assert "CSV, comma-separated (*.csv)" in dialog.calls[0]["filter"]
    raw = (tmp_path / "excel.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) and raw.decode("utf-8-sig").startswith("id;title;")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [r["title"] for r in rows] == shown

    dialog.answer = (str(tmp_path / "plain.csv"), FILTERS["csv-comma"])
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS):
        press(qtbot, shell, Qt.Key.Key_E)
    text = (tmp_path / "plain.csv").read_text(encoding="utf-8-sig")
    assert [r["title"] for r in csv.DictReader(text.splitlines())] == shown


def test_press_review_speaks_the_locales_language_and_leaves_out_the_inbox_tag(
    qtbot, tmp_path, archive, shell, monkeypatch, german_locale
):
    """A German user's review said "Press review", "Contents", "4 article(s)" and printed
    the import's Inbox tag as a topic: its own words follow the locale, Inbox is left out."""
    archive.tag([1, 2, 3, 4], add=["Inbox"])
    archive.tag([1], add=["Watch"])
    wait_idle(qtbot, shell)
    title, text, _ = review_pdf(qtbot, shell, monkeypatch, tmp_path / "spiegel")
    assert title == f"Pressespiegel {date.today():%d.%m.%Y}"
    assert "Inhalt" in text and "4 Artikel · erstellt" in text
    assert "Contents" not in text and "article(s)" not in text
    assert "Watch" in text and "Inbox" not in text


def test_press_review_leaves_out_the_tag_its_search_names(
    qtbot, tmp_path, archive, shell, monkeypatch
):
    """Ctrl+P on `tag:"Presseschau KW48"` printed that tag on every article; the search
    that listed them names it, so it is left out (the articles' other tags stay)."""
    from tests.gui.test_search import type_query

    archive.tag([1], add=["Presseschau KW48", "Watch"])
    wait_idle(qtbot, shell)
    type_query(qtbot, shell, 'tag:"Presseschau KW48"')
    assert len(titles(shell)) == 1
    _, text, pages = review_pdf(qtbot, shell, monkeypatch, tmp_path / "kw48")
    assert "Watch" in text and "Presseschau" not in text
    assert text.endswith(f"Page {pages} of {pages}")
