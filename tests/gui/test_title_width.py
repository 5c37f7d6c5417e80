"""The Title column gets the spare width at any window width: Source and Tags give way
when the table is narrow (at 870 px the title was 56 px beside 143 px of tags, and a
Tags column dragged wide kept squeezing it). The fitting is ColumnFit's."""

from __future__ import annotations

import pytest

from tests.gui.conftest import SLOW_MS


@pytest.mark.parametrize("window_width", [870, 1100, 1600])
def test_the_title_column_takes_the_spare_width(qtbot, tmp_path, shell, window_width):
    header = shell.window.results.table.horizontalHeader()
    header.resizeSection(3, 400)  # Tags dragged wide (or restored so)
    shell.window.resize(window_width, 760)
    # the window system's resize comes as an event: wait for it, not a fixed time
    qtbot.waitUntil(lambda: shell.window.width() == window_width, timeout=SLOW_MS)
    qtbot.wait(50)
    table_width = shell.window.results.table.viewport().width()
    title, date, source, tags, lang = (header.sectionSize(i) for i in range(5))
    assert title >= 0.35 * table_width
    assert title > max(source, tags, date)
    assert tags <= max(70, 0.24 * table_width) + 1
    assert sum((title, date, source, tags, lang)) <= table_width + 1  # no scrolling sideways
    shell.window.grab().save(str(tmp_path / f"title_{window_width}.png"))
