"""The main window is usable from 800 px: the sidebar keeps its headings readable (at 870 px
it was squeezed to icons while the list and reader kept their minimums), the panes give a
narrow window's width back in order, and the widths a person drags come back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest

from app.archive import Archive
from app.config import Config
from app.gui.models.facets import KindRole
from app.gui.shell import Shell
from app.gui.widgets.sidebar import ICON
from app.model import Article
from tests.gui.conftest import SLOW_MS, close_shell, make_shell, wait_idle


@pytest.fixture
def tagged_archive(tmp_path: Path):
    arch = Archive.open(tmp_path / "tagged", config=Config())
    for n in range(6):
        arch.add(
            Article(
                title=f"Kazakhstan raises wheat exports to China for the {n}th time",
                body="Astana — Kazakhstan will export more wheat this year. " * 12,
                source="Kazinform" if n % 2 else "Reuters",
                language="en" if n % 3 else "de",
                published=datetime(2025, 11, n + 1),  # the Date column shown, as usual
            ),
            tags=["Region/Kazakhstan", "Topic/Trade"] if n % 2 else ["Topic/Energy"],
        )
    arch.save_search("Energy in Central Asia", "tag:Topic/Energy")
    yield arch
    arch.close()


def resize(qtbot, window, width: int) -> None:
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width, timeout=SLOW_MS)
    qtbot.wait(30)


def headings_whole(sidebar) -> list[str]:
    """The section headings the tree shows cut short."""
    tree, model = sidebar.tree, sidebar.model
    bold = QFont(tree.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(KindRole) != "section":
            continue
        text = index.data(Qt.ItemDataRole.DisplayRole)
        room = tree.viewport().width() - tree.visualRect(index).left()
        if room < ICON + 4 + metrics.horizontalAdvance(text):
            cut.append(text)
    return cut


def test_at_800_px_every_pane_is_readable(qtbot, tagged_archive, tmp_path):
    shell = make_shell(qtbot, tagged_archive)
    try:
        window = shell.window
        window.search_bar.set_text("wheat")
        wait_idle(qtbot, shell)
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)  # the list takes the keys
        qtbot.keyClick(window.results.table, Qt.Key.Key_Return)  # Enter reads the first row
        qtbot.waitUntil(lambda: window.reader.article is not None, timeout=SLOW_MS)
        wait_idle(qtbot, shell)
        header = window.results.table.horizontalHeader()
        resize(qtbot, window, 1440)
        wide = [header.sectionSize(c) for c in range(1, 5)]
        for width in (870, 800):
            resize(qtbot, window, width)
            window.grab().save(str(tmp_path / f"window-{width}.png"))
            assert window.width() == width  # the panes' minimums allow it (868 px before)
            assert not headings_whole(window.sidebar), width  # not icons only
            assert window.sidebar.width() >= window.sidebar.readable_width()
            toolbar = window.reader.toolbar
            hidden = [
                a.text() for a in toolbar.actions() if not toolbar.widgetForAction(a).isVisible()
            ]
            assert not hidden, (width, hidden)  # nothing behind "»"
            label = window.reader.hit_label
            count = window.reader.hit_count
            assert count > 1 and label.text() in (f"{count} matches", f"{count}")
            assert label.geometry().right() <= window.reader.width()
            assert toolbar.geometry().right() < label.geometry().left()
            header = window.results.table.horizontalHeader()
            assert header.sectionSize(0) >= 110, [header.sectionSize(c) for c in range(5)]
        assert window.results.column_fit.narrow_hidden  # Lang gave its room to the title
        resize(qtbot, window, 1440)
        assert not header.isSectionHidden(4)
        assert [header.sectionSize(c) for c in range(1, 5)] == wide  # Lang as wide as before
    finally:
        close_shell(shell)


def test_a_narrowing_window_takes_the_width_back_in_order(qtbot, tagged_archive):
    shell = make_shell(qtbot, tagged_archive)
    try:
        window = shell.window
        resize(qtbot, window, 1440)
        wide = (window.sidebar.width(), window.results.width(), window.reader.width())
        assert wide[0] == 240
        resize(qtbot, window, 1024)  # list and reader give first: the sidebar keeps its width
        assert window.sidebar.width() >= 230
        assert window.results.width() <= 470 and window.reader.width() >= 318
        resize(qtbot, window, 900)  # then the sidebar, to its readable width, before the list
        assert window.sidebar.width() == window.sidebar.readable_width()
        assert window.results.width() >= 440
        resize(qtbot, window, 800)  # then the reader and the list, to their minimums
        assert window.reader.width() == window.reader.minimumWidth()
        assert window.results.width() == window.results.minimumWidth()
        resize(qtbot, window, 1440)  # and back as they were
        assert (window.sidebar.width(), window.results.width(), window.reader.width()) == wide
    finally:
        close_shell(shell)


def drag(qtbot, handle, dx: int) -> None:
    """A press, a move and a release on a splitter handle, as a mouse drags it."""
    start = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(dx, 0))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(dx, 0)
    )
    qtbot.wait(20)


def test_the_widths_a_person_drags_come_back(qtbot, tagged_archive):
    shell = make_shell(qtbot, tagged_archive)
    window = shell.window
    resize(qtbot, window, 1440)
    drag(qtbot, window.splitter.handle(1), 60)  # a wider sidebar
    assert window.sidebar.width() == 300
    drag(qtbot, window.content.handle(1), -100)  # a wider reader
    chosen = (window.sidebar.width(), window.results.width(), window.reader.width())
    resize(qtbot, window, 1024)
    resize(qtbot, window, 1440)
    assert (window.sidebar.width(), window.results.width(), window.reader.width()) == chosen
    resize(qtbot, window, 900)  # closed narrow: the chosen widths are still what is kept
    shell.save_state()
    close_shell(shell)
    QSettings().remove("window/geometry")  # the offscreen screen would shrink the window
    again = Shell()
    qtbot.addWidget(again.window)
    again.window.resize(1440, 700)
    again.restore_state()
    again.window.show()
    qtbot.waitExposed(again.window)
    try:
        again.attach(tagged_archive)
        wait_idle(qtbot, again)
        w = again.window
        assert (w.sidebar.width(), w.results.width(), w.reader.width()) == chosen
    finally:
        close_shell(again)
