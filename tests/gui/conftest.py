"""GUI test fixtures: offscreen Qt, a temporary archive and settings per test, and helpers
that wait for background tasks instead of sleeping."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from app.archive import Archive
from app.config import Config
from tests.gui.gates import Gate

ARTICLES = {
    "wheat.txt": "Kazakhstan raises wheat exports\n\nAstana — Kazakhstan will export more "
    "wheat to China this year, the agriculture ministry said on Monday.\n\nThe harvest was "
    "the largest in a decade; wheat prices fell.",
    "pipeline.txt": "Pipeline talks resume in Baku\n\nBaku — Energy ministers met to discuss "
    "the gas pipeline across the Caspian Sea.",
    "election.txt": "Kyrgyz parliament sets election date\n\nBishkek — The parliament of "
    "Kyrgyzstan voted to hold the election in spring.",
    "rail.txt": "New railway links Uzbekistan and Kazakhstan\n\nTashkent — A new railway "
    "line for freight and wheat opened between the two countries.",
}


def write_files(folder: Path, articles: dict[str, str] = ARTICLES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in articles.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """QSettings and the YAML config go to the test's own folder."""
    monkeypatch.setenv("CLIPPINGS_CONFIG_DIR", str(tmp_path / "config"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    QCoreApplication.setOrganizationName("ClippingsTest")
    QCoreApplication.setApplicationName("ClippingsTest")
    # an English locale whatever the machine's: a CSV's separator and a press review's
    # words follow the locale (tests/gui/test_export.py sets a German one where it asks)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards(qapp):
    """Qt's offscreen clipboard crashes the process at exit while it still owns mime
    data a test put there (PySide6 6.11, CPython 3.11): leave it empty."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def archive(tmp_path: Path):
    """An archive holding the four articles above."""
    arch = Archive.open(tmp_path / "archive", config=Config())
    arch.import_paths(write_files(tmp_path / "files"))
    yield arch
    arch.close()


@pytest.fixture
def empty_archive(tmp_path: Path):
    arch = Archive.open(tmp_path / "empty", config=Config())
    yield arch
    arch.close()


def make_shell(qtbot, archive: Archive | None):
    from app.gui.application import make_application
    from app.gui.shell import Shell

    make_application()
    shell = Shell()
    qtbot.addWidget(shell.window)
    shell.importer.progress_window.show_after_ms = 0
    shell.window.show()
    qtbot.waitExposed(shell.window, timeout=SLOW_MS)
    if archive is not None:
        shell.attach(archive)
        wait_idle(qtbot, shell)
    return shell


#: how long a test waits for background work it expects to end: generous, as a loaded
#: 2-core machine (CI, several test runs at once) takes many times an idle one's time;
#: a wait that passes returns as soon as its condition holds, so this costs nothing then
SLOW_MS = 30000


def wait_idle(qtbot, shell, timeout: int = SLOW_MS) -> None:
    """Until no task runs and no search waits (results, rows and reader are in)."""
    qtbot.waitUntil(
        lambda: shell.session.tasks.pending == 0 and shell.search.idle and shell.reader.idle,
        timeout=timeout,
    )
    qtbot.wait(1)
    qtbot.waitUntil(lambda: shell.session.tasks.pending == 0, timeout=timeout)


def close_shell(shell) -> None:
    """Close the window and stop the workers; the archive fixture closes the archive."""
    shell.window.close()
    shell.session.tasks.shutdown()
    shell.session.archive = None


@pytest.fixture
def gate():
    """A ``Gate`` (tests/gui/gates.py), opened at teardown: ask for it after the shell, so
    that a failed test's held worker goes on before the shell waits for its workers."""
    made = Gate()
    yield made
    made.open()


@pytest.fixture
def shell(qtbot, archive):
    shell = make_shell(qtbot, archive)
    yield shell
    close_shell(shell)


@pytest.fixture
def empty_shell(qtbot, empty_archive):
    shell = make_shell(qtbot, empty_archive)
    yield shell
    close_shell(shell)
