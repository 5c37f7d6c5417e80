"""Key terms of a single clipping offered in the tag popup (chips and completions)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.dialogs.tag_popup import suggested_tags
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import type_query
from tests.gui.test_tagging import open_popup


def test_suggested_tags_prefer_existing_names():
    terms = ["energy", "Baku", "pipeline", "baku", "Briefing"]
    known = ["Topic/Energy", "Briefing"]
    assert suggested_tags(terms, known, present=["briefing"]) == [
        "Topic/Energy",
        "Baku",
        "pipeline",
    ]


def test_popup_offers_key_terms_for_one_clipping(qtbot, archive, shell):
    archive.tag([1], add=["Topic/Energy"])
    shell.edit.load_tags()
    wait_idle(qtbot, shell)
    type_query(qtbot, shell, "pipeline")
    assert shell.window.results.selected_ids() == [2]
    popup = open_popup(qtbot, shell)
    qtbot.waitUntil(lambda: bool(popup.suggestions), timeout=SLOW_MS)
    assert "Topic/Energy" in popup.suggestions  # the key term "Energy" names an existing tag
    assert "Baku" in popup.suggestions and "Caspian" in popup.suggestions
    assert popup.chip_row.isVisible()
    chip = next(c for c in popup.chips if c.text() == "Baku")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert popup.edit.text() == "Baku"
    assert not chip.isEnabled()  # taken
    qtbot.keyClicks(popup.edit, ", casp")  # key terms complete like tags
    completer = popup.edit.completer_
    assert completer.currentCompletion() == "Caspian"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert popup.names() == ["Baku", "Caspian"]
    popup.accept()
    wait_idle(qtbot, shell)
    assert set(archive.get(2).tags) == {"Baku", "Caspian"}


def test_no_suggestions_for_several_clippings(qtbot, archive, shell, monkeypatch):
    calls = []
    monkeypatch.setattr(archive, "key_terms", lambda *a, **k: calls.append(a) or [])
    type_query(qtbot, shell, "wheat")
    table = shell.window.results.table
    table.setFocus()
    table.selectAll()
    popup = open_popup(qtbot, shell)
    wait_idle(qtbot, shell)
    assert calls == [] and popup.chip_row.isHidden()
    popup.reject()
