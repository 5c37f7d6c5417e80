"""Import with progress, cancel leaving a consistent archive, paste, drops, first run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from app import importing
from app.gui.dialogs.import_progress import (
    ImportProgressDialog,
    ImportReportDialog,
    articles_text,
)
from tests.gui.conftest import SLOW_MS, close_shell, wait_idle, write_files
from tests.gui.test_search import activate


def many_files(folder: Path, count: int) -> list[Path]:
    return write_files(
        folder,
        {
            f"note{n:03}.txt": f"Dispatch number {n}\n\nGrain report {n} from Almaty, item {n * 7}."
            for n in range(count)
        },
    )


def test_import_shows_progress_report_and_new_articles(qtbot, tmp_path, monkeypatch, shell, gate):
    files = many_files(tmp_path / "batch", 12)
    (tmp_path / "batch" / "empty.txt").write_text("", encoding="utf-8")
    # held before its first file until the dialog is seen: 13 small files could be done
    # before a loaded machine's GUI thread got round to showing it
    monkeypatch.setattr(importing, "read_file", gate.wrap(importing.read_file))
    shell.importer.import_paths([tmp_path / "batch"])
    qtbot.waitUntil(lambda: shell.importer.progress_window.dialog is not None, timeout=SLOW_MS)
    dialog = shell.importer.progress_window.dialog
    assert isinstance(dialog, ImportProgressDialog) and dialog.isVisible()
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        gate.open()
    results, cancelled = blocker.args
    assert not cancelled
    assert len(results) == len(files) + 1
    report = shell.importer.report
    assert isinstance(report, ImportReportDialog) and report.isVisible()
    assert report.heading.text() == "12 imported, 1 failed."
    assert report.table.rowCount() == 1  # the empty file, with its reason
    assert "empty" in report.table.item(0, 1).text()
    wait_idle(qtbot, shell)
    assert shell.model.rowCount() == 12  # the new articles are the result set
    assert "Just imported" in shell.window.results.summary.text()
    assert "16 clippings" in shell.window.status.count.text()


def test_cancelled_import_leaves_nothing_half_done(
    qtbot, tmp_path, monkeypatch, archive, shell, gate
):
    many_files(tmp_path / "big", 30)
    # held at its fourth file until Cancel is clicked (on a loaded machine the 300 files
    # it once took could all be in before the click)
    monkeypatch.setattr(importing, "read_file", gate.wrap(importing.read_file, first=4))
    shell.importer.import_paths([tmp_path / "big"])
    window = shell.importer.progress_window
    qtbot.waitUntil(
        lambda: window.dialog is not None and shell.importer.progress.get().done >= 3,
        timeout=SLOW_MS,
    )
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS) as blocker:
        qtbot.mouseClick(window.dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.open()
    results, cancelled = blocker.args
    assert cancelled
    assert len(results) == 4  # the file in hand is done whole, and none after it
    imported = [r.id for r in results if r.id is not None]
    assert archive.article_count() == 4 + len(imported)
    report = archive.check()
    assert report.ok, report.problems
    assert archive.search("dispatch", limit=None).total == len(imported)


def test_paste_text_as_clipping(qtbot, archive, shell):
    QApplication.clipboard().setText("Caspian ferry resumes\n\nAktau — The ferry to Baku runs.")
    table = shell.window.results.table
    activate(qtbot, shell.window)
    table.setFocus()
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, shell)
    assert archive.article_count() == 5
    assert shell.model.rowCount() == 1
    assert shell.model.hit(0).title == "Caspian ferry resumes"


def test_paste_html_as_clipping(qtbot, archive, shell):
    mime = QMimeData()
    mime.setHtml("<h1>Steppe fires contained</h1><p>Firefighters in Karaganda region.</p>")
    mime.setText("Steppe fires contained\nFirefighters in Karaganda region.")
    QApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.paste()
    assert archive.article_count() == 5
    assert archive.search("karaganda").total == 1


def test_drop_files_imports_them(qtbot, tmp_path, archive, shell):
    paths = many_files(tmp_path / "dropped", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.window.dropEvent(event)
    assert archive.article_count() == 6


def test_welcome_on_empty_archive_then_import(qtbot, tmp_path, empty_shell):
    shell = empty_shell
    qtbot.waitUntil(lambda: shell.window.welcome_shown, timeout=SLOW_MS)
    assert shell.window.welcome.isVisible()
    files = write_files(tmp_path / "first")
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths(files)
    qtbot.waitUntil(lambda: not shell.window.welcome_shown, timeout=SLOW_MS)
    wait_idle(qtbot, shell)  # the list of what came in is fetched in the background
    assert shell.model.rowCount() == 4


def test_load_samples_button(qtbot, tmp_path, monkeypatch, empty_shell):
    shell = empty_shell
    folder = tmp_path / "samples"
    files = write_files(folder)
    monkeypatch.setattr("app.gui.controllers.importing.sample_files", lambda: files)
    qtbot.waitUntil(lambda: shell.window.welcome_shown, timeout=SLOW_MS)
    shell.window.welcome.samples_button.setEnabled(True)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        qtbot.mouseClick(shell.window.welcome.samples_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.window.welcome_shown, timeout=SLOW_MS)


def test_the_report_shows_a_long_reason_whole_beside_a_long_name(qtbot, tmp_path, shell):
    """The file column took the width of a long name and cut the reason ("Failed: no
    article text fou…"): the name is elided now and the reason wraps."""
    folder = tmp_path / "in"
    many_files(folder, 2)
    odd = folder / ("Pressespiegel_Export_November_2025_final_version_" * 2 + ".csv")
    odd.write_text("Spalte1;Spalte2\nKasachstan;Ein Text über den Staudamm.\n", encoding="utf-8")
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths([folder])  # a folder's CSV is not asked about
    report = shell.importer.report
    qtbot.waitUntil(lambda: report.isVisible(), timeout=SLOW_MS)
    qtbot.wait(50)
    table = report.table
    assert table.rowCount() == 1 and table.item(0, 1).text().startswith("Failed: no text column")
    assert table.columnWidth(0) <= 240
    line = table.fontMetrics().height()
    assert table.rowHeight(0) >= 2 * line  # the reason wraps onto its lines
    report.grab().save(str(tmp_path / "report.png"))
    report.close()


def test_a_report_without_rows_has_its_heading_on_top(qtbot, tmp_path, shell):
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths(many_files(tmp_path / "in", 3))
    report = shell.importer.report
    qtbot.waitUntil(lambda: report.isVisible(), timeout=SLOW_MS)
    assert report.heading.text() == "3 imported."
    heading = report.heading
    # as tall as its text, at the top: not a tall label with its text floating in the middle
    assert heading.geometry().top() <= 20
    assert heading.height() <= heading.heightForWidth(heading.width()) + 4, heading.height()
    report.close()


def test_a_shutdown_during_an_import_stops_its_progress_window(
    qtbot, tmp_path, monkeypatch, shell, gate
):
    """The import's end is never delivered after a shutdown: its progress window polled on
    into the closed (later deleted) window, and each later test's event loop caught
    "Internal C++ object (QProgressBar) already deleted" (one timed-out test took 25 more)."""
    monkeypatch.setattr(importing, "read_file", gate.wrap(importing.read_file))
    shell.importer.import_paths(many_files(tmp_path / "in", 3))
    window = shell.importer.progress_window
    qtbot.waitUntil(lambda: window.dialog is not None, timeout=SLOW_MS)
    gate.open()
    close_shell(shell)  # on quit, or a test's teardown
    assert window.dialog is None and not window._poll.isActive()
    assert not shell.importer.running


def test_a_folder_imported_again_counts_its_new_articles_not_all(
    qtbot, tmp_path, monkeypatch, archive, shell, gate
):
    """The four files of the archive once more, and one new: held before the new one (the
    fifth file read), the progress says 4 articles and none new (it said "4 articles")."""
    folder = tmp_path / "files"  # what the archive fixture imported
    (folder / "zz_new.txt").write_text("Barley note\n\nA new clipping on barley.", "utf-8")
    monkeypatch.setattr(importing, "read_file", gate.wrap(importing.read_file, first=5))
    shell.importer.import_paths([folder])
    window = shell.importer.progress_window
    qtbot.waitUntil(lambda: gate.reached.is_set() and window.dialog is not None, timeout=SLOW_MS)
    expected = "file 5 of 5 · 4 articles, none new"
    qtbot.waitUntil(lambda: shell.window.status.busy.text().endswith(expected), timeout=SLOW_MS)
    qtbot.waitUntil(
        lambda: window.dialog.heading.text() == f"Importing {expected}", timeout=SLOW_MS
    )
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        gate.open()
    assert shell.window.status.currentMessage() == "1 imported, 4 already in the archive."
    wait_idle(qtbot, shell)


def test_progress_says_how_many_articles_are_new():
    assert articles_text(12, 12) == "12 new articles"
    assert articles_text(1, 1) == "1 new article"
    assert articles_text(40, 3) == "40 articles, 3 new"
    assert articles_text(1, 0) == "1 article, none new"
