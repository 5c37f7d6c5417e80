"""After an import the sidebar's facets count the archive with the new clippings in it.

The tryout started on an empty archive: its sidebar held only the Trash, and the import's
"Just imported" list left it so, with no way to narrow by the new sources or languages.
"""

from __future__ import annotations

from tests.gui.conftest import SLOW_MS, wait_idle, write_files

MORE = {
    "tass.md": "---\ntitle: Grain talks resume\nsource: TASS\nlanguage: en\n"
    "date: 2025-03-03\n---\nDelegations from both countries met in Minsk.\n",
    "belta.md": "---\ntitle: Traktoren für Kasachstan\nsource: BelTA\nlanguage: de\n"
    "date: 2024-11-05\n---\nDie Delegation besuchte ein Montagewerk in Astana.\n",
}


def headings(shell) -> list[str]:
    model = shell.window.sidebar.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def facet_values(shell, heading: str) -> dict[str, str]:
    """The section's values and counts; empty when the sidebar has no such section."""
    model = shell.window.sidebar.model
    sections = [model.index(r, 0) for r in range(model.rowCount())]
    section = next((s for s in sections if s.data() == heading), None)
    if section is None:
        return {}
    return {
        model.index(r, 0, section).data(): model.index(r, 1, section).data()
        for r in range(model.rowCount(section))
    }


def test_importing_into_an_empty_archive_fills_the_sidebar(qtbot, tmp_path, empty_shell):
    shell = empty_shell
    assert headings(shell) == ["Trash"]
    files = write_files(tmp_path / "first", MORE)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths(files)
    wait_idle(qtbot, shell)
    assert "Just imported" in shell.window.results.summary.text()
    qtbot.waitUntil(lambda: "Sources" in headings(shell), timeout=SLOW_MS)
    assert headings(shell) == ["Sources", "Languages", "Years", "Trash"]
    assert facet_values(shell, "Sources") == {"BelTA": "1", "TASS": "1"}
    assert facet_values(shell, "Years") == {"2025": "1", "2024": "1"}
    assert shell.model.rowCount() == 2  # still the "Just imported" list


def test_an_import_into_a_filled_archive_recounts_the_facets(qtbot, tmp_path, shell):
    # the four plain-text notes name none: only their own entry, which says so
    assert facet_values(shell, "Sources") == {"(no source)": "4"}
    assert "Languages" in headings(shell)
    files = write_files(tmp_path / "more", MORE)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        shell.importer.import_paths(files)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: "TASS" in facet_values(shell, "Sources"), timeout=SLOW_MS)
    # the four notes without a source: their own entry, which filters to them
    assert facet_values(shell, "Sources") == {"BelTA": "1", "TASS": "1", "(no source)": "4"}
    assert set(facet_values(shell, "Languages")) >= {"German", "English"}
    # a facet click from the imported list narrows the whole archive, as its count said
    shell.sidebar.toggle_facet("source", "TASS")
    wait_idle(qtbot, shell)
    assert shell.search.mode == "search"
    assert shell.model.rowCount() == 1
