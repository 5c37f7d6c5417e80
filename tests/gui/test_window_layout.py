"""At 1440 px the results' title column has the room; an article's header never widens the
window; splitter sizes the user chose come back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.archive import Archive
from app.config import Config
from app.gui.shell import Shell
from app.model import Article
from tests.gui.conftest import SLOW_MS, close_shell, make_shell, wait_idle

TAGS = [f"Company News/Entertainment Production (TRBC level {n})" for n in range(14)]
URL = "https://www.example.com/article/" + "us-awards-sag-parasite-" * 8 + "idUSKBN1ZI0EH"


@pytest.fixture
def wide_archive(tmp_path: Path):
    arch = Archive.open(tmp_path / "wide", config=Config())
    arch.add(
        Article(
            title="Parasite scores historic upset at the awards, boosting its Oscar chances",
            body="The Korean thriller was the upset winner on Sunday. " * 20,
            source="Reuters",
            language="en",
            url=URL,
            published=datetime(2020, 1, 6),  # a dated row: every column is shown
        ),
        tags=TAGS,
    )
    arch.add(Article(title="Grain exports rise", body="Wheat shipments rose.", language="en"))
    yield arch
    arch.close()


def test_the_title_column_has_room_at_1440_beside_a_wide_article(qtbot, wide_archive):
    shell = make_shell(qtbot, wide_archive)
    try:
        window = shell.window
        window.resize(1440, 900)
        window.search_bar.set_text("Parasite")
        wait_idle(qtbot, shell)
        window.results.select_row(0)
        qtbot.waitUntil(lambda: window.reader.article is not None, timeout=SLOW_MS)
        wait_idle(qtbot, shell)
        qtbot.wait(50)
        assert window.reader.tags.isVisible() and window.reader.link.isVisible()
        assert window.width() == 1440  # the 14 tags wrap, the address is elided
        table = window.results.table
        title = table.horizontalHeader().sectionSize(0)
        share = title / table.viewport().width()
        assert share >= 0.42, (title, table.viewport().width())
        assert title >= 280
    finally:
        close_shell(shell)


def test_splitter_sizes_the_user_chose_are_restored(qtbot, wide_archive):
    shell = make_shell(qtbot, wide_archive)
    window = shell.window
    window.resize(1440, 900)
    qtbot.wait(20)
    window.content.setSizes([820, 380])
    chosen = window.content.sizes()
    shell.save_state()
    close_shell(shell)
    settings = QSettings()
    assert settings.value("window/content") is not None
    # the offscreen screen is 800 px wide: its restoreGeometry would shrink the window
    settings.remove("window/geometry")
    again = Shell()  # as the app starts: state restored, then shown
    qtbot.addWidget(again.window)
    again.window.resize(1440, 900)
    again.restore_state()
    again.window.show()
    qtbot.waitExposed(again.window, timeout=SLOW_MS)
    try:
        again.attach(wide_archive)
        wait_idle(qtbot, again)
        assert again.window.width() == 1440
        assert again.window.content.sizes() == chosen
    finally:
        close_shell(again)


def test_at_1024_the_title_keeps_room_and_the_columns_grow_back(qtbot, wide_archive):
    """At 1024 px the list is 460 wide: Tags and Source gave the title 65 px ("Kaza…").
    They give way now, and a wider window gives them their widths back (saved as such)."""
    shell = make_shell(qtbot, wide_archive)
    try:
        window = shell.window
        window.resize(1440, 900)
        window.search_bar.set_text("Parasite")
        wait_idle(qtbot, shell)
        qtbot.wait(50)
        header = window.results.table.horizontalHeader()
        wide = [header.sectionSize(c) for c in range(1, 5)]
        window.resize(1024, 700)
        qtbot.waitUntil(lambda: window.width() == 1024, timeout=SLOW_MS)
        qtbot.wait(50)
        room = window.results.table.viewport().width()
        assert room <= 470  # the list at its minimum beside sidebar and reader
        assert header.sectionSize(0) >= 160, [header.sectionSize(c) for c in range(5)]
        assert header.sectionSize(3) < wide[2] and header.sectionSize(1) == wide[0]
        window.grab().save(str(window_png(shell)))
        shell.save_state()
        saved = QSettings().value("results/header")
        window.resize(1440, 900)
        sizes = lambda: [header.sectionSize(c) for c in range(1, 5)]  # noqa: E731
        qtbot.waitUntil(lambda: sizes() == wide, timeout=SLOW_MS)
        header.restoreState(saved)  # what was saved at 1024 are the full widths
        assert [header.sectionSize(c) for c in range(1, 5)] == wide
        wait_idle(qtbot, shell)  # the restored sort order searches again
    finally:
        close_shell(shell)


def test_at_1024_every_reader_action_is_on_its_toolbar(qtbot, wide_archive):
    """The reader is 320 wide at 1024 px: its last action went behind "»"."""
    shell = make_shell(qtbot, wide_archive)
    try:
        window = shell.window
        window.resize(1024, 700)
        window.search_bar.set_text("thriller")  # in the body: the reader counts its matches
        wait_idle(qtbot, shell)
        window.results.select_row(0)
        qtbot.waitUntil(lambda: window.reader.article is not None, timeout=SLOW_MS)
        wait_idle(qtbot, shell)
        qtbot.waitUntil(lambda: "match" in window.reader.hit_label.text(), timeout=SLOW_MS)
        toolbar = window.reader.toolbar
        hidden = [a.text() for a in toolbar.actions() if not toolbar.widgetForAction(a).isVisible()]
        assert not hidden
        bar = toolbar.geometry()
        assert bar.right() < window.reader.hit_label.geometry().left()
    finally:
        close_shell(shell)


def window_png(shell) -> Path:
    return Path(QSettings().fileName()).parent / "window.png"
