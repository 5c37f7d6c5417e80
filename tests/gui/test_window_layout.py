"""At 1440 px the results' title column has the room; an article's header never widens the
window; splitter sizes the user chose come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.archive import Archive
from app.config import Config
from app.gui.shell import Shell
from app.model import Article
from tests.gui.conftest import close_shell, make_shell, wait_idle

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
        qtbot.waitUntil(lambda: window.reader.article is not None, timeout=3000)
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
    qtbot.waitExposed(again.window)
    try:
        again.attach(wide_archive)
        wait_idle(qtbot, again)
        assert again.window.width() == 1440
        assert again.window.content.sizes() == chosen
    finally:
        close_shell(again)
