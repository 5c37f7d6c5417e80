"""Start-up, in order: QApplication and names, style, the main window (shown at once),
then the archive opened on the writer thread; the window fills in when it is ready.

Showing the window before opening the archive keeps start-up under two seconds even
for a large archive whose index needs catching up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.archive import Archive
from app.config import default_archive_dir, load_config
from app.gui.resources import icon
from app.gui.shell import Shell
from app.gui.style import apply_style
from app.model import ClippingsError

ORGANIZATION = "Clippings"
APPLICATION = "Clippings"
DESKTOP_ID = "clippings"


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
        QMessageBox.critical(shell.window, "Clippings",
                             f"The archive in {root} cannot be opened:\n\n{message}")
        shell.window.close()

    config = load_config()
    shell.session.tasks.write(
        lambda: Archive.open(root, config=config, on_message=shell.session.message.emit),
        opened, failed, label="Opening the archive",
    )


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
    shell.restore_state()
    shell.window.show()
    shell.focus_search()
    open_archive_async(shell, root)
    app.aboutToQuit.connect(shell.close)
    code = app.exec()
    QSettings().sync()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))

