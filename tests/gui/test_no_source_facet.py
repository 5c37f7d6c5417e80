"""The Sources facet has a "(no source)" entry for the matches without one; a click filters
to them (``source:""``), a second excludes them, a third drops the filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import SLOW_MS, wait_idle, write_files
from tests.gui.test_search import activate, type_query
from tests.gui.test_sidebar_after_import import facet_values, headings

NAMED = {
    "tass.md": "---\ntitle: Wheat talks resume\nsource: TASS\nlanguage: en\n"
    "date: 2025-03-03\n---\nDelegations discussed wheat exports in Minsk.\n",
}


def click_facet(qtbot, shell, heading: str, label: str) -> None:
    tree = shell.window.sidebar.tree
    model = tree.model()
    section = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == heading
    )
    index = next(
        model.index(r, 0, section)
        for r in range(model.rowCount(section))
        if model.index(r, 0, section).data().endswith(label)
    )
    tree.scrollTo(index)
    center = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    wait_idle(qtbot, shell)


def test_no_source_entry_filters_then_excludes(qtbot, tmp_path, shell):
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths(write_files(tmp_path / "named", NAMED))
    wait_idle(qtbot, shell)
    type_query(qtbot, shell, "wheat")
    assert shell.model.rowCount() == 3  # two plain notes without a source, TASS
    qtbot.waitUntil(lambda: "(no source)" in facet_values(shell, "Sources"), timeout=SLOW_MS)
    assert facet_values(shell, "Sources") == {"TASS": "1", "(no source)": "2"}
    activate(qtbot, shell.window)
    click_facet(qtbot, shell, "Sources", "(no source)")
    assert shell.window.search_bar.text() == 'wheat source:""'
    assert shell.model.rowCount() == 2
    assert shell.window.search_bar.error.isHidden()
    assert facet_values(shell, "Sources") == {"✓ (no source)": "2"}
    click_facet(qtbot, shell, "Sources", "(no source)")
    assert shell.window.search_bar.text() == 'wheat -source:""'
    assert shell.model.rowCount() == 1
    assert facet_values(shell, "Sources") == {"TASS": "1", "⊘ (no source)": "0"}
    click_facet(qtbot, shell, "Sources", "(no source)")
    assert shell.window.search_bar.text() == "wheat"
    assert shell.model.rowCount() == 3


def test_a_search_where_no_match_has_a_source_or_date_keeps_those_sections(qtbot, shell):
    """Sources and Years vanished when no match had one (all undated, none with a source),
    so nothing said why; they show their "(no source)" / "(no date)" entry, as they do
    beside named values, and the entry still filters."""
    type_query(qtbot, shell, "wheat")
    assert shell.model.rowCount() == 2  # the plain notes: no source, no date
    qtbot.waitUntil(lambda: "(no source)" in facet_values(shell, "Sources"), timeout=SLOW_MS)
    assert facet_values(shell, "Sources") == {"(no source)": "2"}
    assert facet_values(shell, "Years") == {"(no date)": "2"}
    assert "Tags" not in headings(shell)  # untagged: no lone "(no tags)" on top
    activate(qtbot, shell.window)
    click_facet(qtbot, shell, "Years", "(no date)")
    assert shell.window.search_bar.text() == 'wheat date:""'
    assert shell.model.rowCount() == 2
    assert facet_values(shell, "Years") == {"✓ (no date)": "2"}
