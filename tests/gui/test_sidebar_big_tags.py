"""A tag group with many children (a Reuters import's Places: about 170 countries) starts
collapsed, so the sections below the tags stay on screen; small groups still open, and
the user's own choice survives the next rebuild."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate


def node(shell, *labels: str):
    model = shell.window.sidebar.model
    parent = None
    for label in labels:
        rows = model.rowCount(parent) if parent is not None else model.rowCount()
        kids = [
            model.index(r, 0, parent) if parent is not None else model.index(r, 0)
            for r in range(rows)
        ]
        parent = next(k for k in kids if k.data() == label)
    return parent


def test_a_big_tag_group_starts_collapsed_and_every_section_stays_on_screen(qtbot, archive, shell):
    countries = [f"Places/country{i:03}" for i in range(170)]
    archive.tag([1], add=countries)
    archive.tag([2], add=["Topic/Grain", "Topic/Energy"])
    archive.update(1, {"source": "Reuters", "published": datetime(1987, 3, 24, 15, 59)})
    shell.window.resize(1200, 700)
    shell.search.refresh_facets()
    wait_idle(qtbot, shell)
    tree = shell.window.sidebar.tree
    qtbot.waitUntil(lambda: node(shell, "Tags", "Places").isValid(), timeout=SLOW_MS)
    places = node(shell, "Tags", "Places")
    assert shell.window.sidebar.model.rowCount(places) == 170
    assert not tree.isExpanded(places)
    assert tree.isExpanded(node(shell, "Tags", "Topic"))  # a small group still opens
    viewport = tree.viewport().rect()
    model = shell.window.sidebar.model
    headings = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert headings == ["Tags", "Sources", "Languages", "Years", "Trash"]
    for heading in headings:
        rect = tree.visualRect(node(shell, heading))
        assert viewport.contains(rect), heading

    # the user opens Places from the keyboard; a rebuild keeps it open
    activate(qtbot, shell.window)
    tree.setFocus()
    tree.setCurrentIndex(places)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.isExpanded(places)
    shell.search.refresh_facets()
    wait_idle(qtbot, shell)
    assert tree.isExpanded(node(shell, "Tags", "Places"))
