"""Start-up: the archive opens off the GUI thread; an outdated index is rebuilt with
progress in the status bar; the start-up report for the benchmark."""

from __future__ import annotations

import json

from app.archive import Archive
from app.config import Config
from app.gui.application import StartupReport, open_archive_async
from app.index.engine import STAMP_FILE
from tests.gui.conftest import SLOW_MS, make_shell, wait_idle, write_files


def test_outdated_index_is_rebuilt_with_progress_in_the_status_bar(qtbot, tmp_path):
    root = tmp_path / "archive"
    with Archive.open(root, config=Config()) as archive:
        archive.import_paths(write_files(tmp_path / "files"))
    (root / "index" / STAMP_FILE).write_text(json.dumps({"format": 0, "analysis": 0}))

    shell = make_shell(qtbot, None)
    status = shell.window.status
    progress, messages = [], []
    shell.session.open_progress.connect(lambda done, total: progress.append((done, total)))
    shell.session.message.connect(messages.append)
    try:
        shell.session.open_progress.emit(500, 4000)  # what the worker sends mid-rebuild
        assert status.count.text() == "Rebuilding the search index: 500 of 4,000 clippings"
        assert status.spinner.maximum() == 4000 and status.spinner.value() == 500
        results = shell.window.results
        assert results.empty_shown and "Rebuilding" in results.empty.title.text()
        assert "500 of 4,000" in results.empty.text.text()
        open_archive_async(shell, root)
        assert shell.window.isVisible() and not shell.session.ready  # the window came first
        qtbot.waitUntil(lambda: shell.session.ready, timeout=SLOW_MS)
        wait_idle(qtbot, shell)
        assert progress[-1] == (4, 4)
        assert any("rebuilding it from the archive" in m for m in messages)
        assert status.count.text() == "4 clippings in the archive"
        assert status.currentMessage() == ""  # the rebuild note went with the rebuild
        assert shell.model.rowCount() == 4
        assert not results.empty_shown
    finally:
        shell.window.close()
        shell.session.close()


def test_startup_report_lines(qtbot, capsys, archive):
    from app.gui.application import make_application
    from app.gui.shell import Shell

    make_application()
    shell = Shell()
    report = StartupReport(shell)
    qtbot.addWidget(shell.window)
    try:
        shell.window.show()
        qtbot.waitUntil(lambda: report._painted, timeout=SLOW_MS)
        shell.attach(archive)
        wait_idle(qtbot, shell)
        lines = capsys.readouterr().err.splitlines()
        events = [line.split()[1] for line in lines if line.startswith("clippings-startup:")]
        assert events == ["painted", "archive-open", "results"]
        assert all(float(line.split()[2]) > 1.7e9 for line in lines if "startup" in line)
    finally:
        shell.window.close()
        shell.session.tasks.shutdown()
