"""While the typed query is invalid (or a lone "-" on its way to an exclusion), the last
valid results and facets stay, with the error under the bar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_idle
from tests.gui.test_search import activate, titles, type_query


def type_on(qtbot, shell, keys: str) -> None:
    """Keys typed one by one, each given time to search (the debounce is 60 ms)."""
    edit = shell.window.search_bar.edit
    for key in keys:
        qtbot.keyClicks(edit, key)
        qtbot.wait(80)
        wait_idle(qtbot, shell)


def test_invalid_queries_keep_the_last_results_and_facets(qtbot, shell):
    facets: list[dict] = []
    shell.search.facets_changed.connect(facets.append)
    type_query(qtbot, shell, "wheat")
    wheat = titles(shell)
    assert len(wheat) == 2 and facets and sum(facets[-1]["languages"].values()) == 2
    bar = shell.window.search_bar
    activate(qtbot, shell.window)
    bar.edit.setFocus()
    bar.edit.end(False)
    type_on(qtbot, shell, " OR")  # "wheat O" is a valid query of its own: it may show
    assert bar.text() == "wheat OR"
    assert "OR" in bar.error.text() and bar.error.isVisible()
    type_query(qtbot, shell, "wheat")
    seen = len(facets)
    # a new query from scratch, with an opening quote: invalid until it is closed
    bar.edit.selectAll()
    type_on(qtbot, shell, '"grain exp')
    assert "quote" in bar.error.text() and bar.error.isVisible()
    assert titles(shell) == wheat
    assert len(facets) == seen  # the sidebar keeps the last valid query's counts
    assert "2" in shell.window.results.summary.text()


def test_a_lone_minus_on_the_way_to_an_exclusion_lists_no_everything(qtbot, shell):
    type_query(qtbot, shell, "wheat")
    wheat = titles(shell)
    bar = shell.window.search_bar
    activate(qtbot, shell.window)
    bar.edit.setFocus()
    bar.edit.selectAll()
    type_on(qtbot, shell, "-")
    assert bar.text() == "-"
    assert titles(shell) == wheat  # not all four clippings
    assert bar.error.isHidden()
    type_on(qtbot, shell, "wheat")
    assert sorted(titles(shell)) == sorted(
        ["Pipeline talks resume in Baku", "Kyrgyz parliament sets election date"]
    )


def test_enter_on_an_invalid_query_keeps_the_results(qtbot, shell):
    type_query(qtbot, shell, "wheat")
    wheat = titles(shell)
    bar = shell.window.search_bar
    activate(qtbot, shell.window)
    bar.edit.setFocus()
    bar.edit.selectAll()
    qtbot.keyClicks(bar.edit, "(wheat OR barley")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert "')'" in bar.error.text()
    assert titles(shell) == wheat
