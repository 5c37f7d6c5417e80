"""A hierarchical tag's chip says enough to tell it from its namesakes ("Kasachstan ›
Wahl", not a bare "Wahl"), and hovering the Tags cell shows the full paths."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.models.results import chip_label
from tests.gui.conftest import wait_idle


def test_chip_labels_drop_only_the_top_level():
    assert chip_label("Region/Kasachstan/Wahl") == "Kasachstan › Wahl"
    assert chip_label("Places/usa") == "usa"
    assert chip_label("Watch") == "Watch"


def test_the_tags_cell_shows_the_full_paths_on_hover(qtbot, archive, shell):
    archive.tag([1], add=["Region/Kasachstan/Wahl", "Region/Kirgistan/Wahl"])
    shell.search.refresh()
    wait_idle(qtbot, shell)
    row = shell.model.row_of(1)
    tip = shell.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert set(tip.split("\n")) == {"Region/Kasachstan/Wahl", "Region/Kirgistan/Wahl"}
    shell.window.results.table.viewport().grab()  # the delegate paints the labels
