"""Start-up, in order: QApplication and names, style, the main window (shown at once),
then the archive opened on the writer thread; the window fills in when it is ready.

Showing the window before opening the archive keeps start-up under two seconds even
for a large archive whose index needs catching up; an index rebuilt on opening reports
its progress in the status bar.

With ``CLIPPINGS_REPORT_STARTUP=1`` the app prints ``clippings-startup: <event> <unix time>``
lines to stderr when the window is first painted, the archive is open and the first
results are in, and while an index rebuild on opening progresses (``… index-rebuild <time>
<done>/<total>``); ``benchmarks/gui_startup.py`` reads them.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.archive import Archive
from app.config import default_archive_dir, load_config
from app.gui.resources import icon
from app.gui.shell import Shell
from app.gui.style import apply_style
from app.gui.warm_import import ImportWarmer
from app.gui.warm_search import SearchWarmer
from app.model import ClippingsError

ORGANIZATION = "Clippings"
APPLICATION = "Clippings"
DESKTOP_ID = "clippings"
#: smaller in-memory sorts while importing keep the window responsive (see Config)
GUI_INDEX_MEMORY_MB = 32


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and the desktop shell use."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(icon("clippings"))
    apply_style(app)
    return app


def open_archive_async(shell: Shell, root: Path) -> None:
    """Open (and if needed repair) the archive off the GUI thread."""
    shell.window.status.set_count_text("Opening the archive…")

    def opened(archive: Archive) -> None:
        shell.attach(archive)

    def failed(error: BaseException) -> None:
        message = str(error) if isinstance(error, ClippingsError) else repr(error)
        QMessageBox.critical(
            shell.window, "Clippings", f"The archive in {root} cannot be opened:\n\n{message}"
        )
        shell.window.close()

    config = load_config()
    session = shell.session
    shell.session.tasks.write(
        lambda: Archive.open(
            root,
            config=replace(config, index_memory_mb=GUI_INDEX_MEMORY_MB),
            on_message=session.message.emit,
            on_progress=lambda p: session.open_progress.emit(p.done, p.total),
        ),
        opened,
        failed,
        label="Opening the archive",
    )


class StartupReport(QObject):
    """Prints when the window is first painted, the archive opened, the first results shown."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._painted = False
        shell.window.installEventFilter(self)
        shell.session.opened.connect(lambda: self.report("archive-open"))
        shell.session.open_progress.connect(self._progress)
        shell.search.results_shown.connect(self._results)
        self._results_seen = False
        self._last_progress = 0.0

    @staticmethod
    def report(event: str, detail: str = "") -> None:
        line = f"clippings-startup: {event} {time.time():.4f} {detail}"
        print(line.rstrip(), file=sys.stderr, flush=True)

    def _progress(self, done: int, total: int) -> None:
        if time.monotonic() - self._last_progress > 5 or done >= total:
            self._last_progress = time.monotonic()
            self.report("index-rebuild", f"{done}/{total}")

    def _results(self, _result) -> None:
        if not self._results_seen:
            self._results_seen = True
            self.report("results")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.report("painted")
        return False


def run(archive_dir: str | Path | None = None) -> int:
    """The GUI entry point (``clippings`` without a command)."""
    app = make_application()
    try:
        config = load_config()
    except ClippingsError as exc:
        QMessageBox.critical(None, "Clippings", str(exc))
        return 1
    root = Path(archive_dir) if archive_dir else default_archive_dir(config)
    shell = Shell()
    if os.environ.get("CLIPPINGS_REPORT_STARTUP"):
        StartupReport(shell)
    shell.restore_state()
    # after the first paint, what the first search loads; pausing while searches run
    searching = SearchWarmer(shell.window, shell, busy=lambda: shell.session.tasks.searching)
    shell.window.show()
    shell.focus_search()
    ImportWarmer(shell.session, shell, after=searching.done)  # then the first paste
    open_archive_async(shell, root)
    app.aboutToQuit.connect(shell.close)
    code = app.exec()
    QSettings().sync()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
