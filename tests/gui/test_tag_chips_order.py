"""The Tags column shows the user's own tags first: an import's batch tag (Inbox) and an
importer's families (Places/…) used to take the few chips that fit, the rest behind "…"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.models.results import TagsRole
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate
from tests.gui.test_tagging import open_popup


def test_a_tag_typed_by_the_user_comes_before_inbox_and_places(qtbot, tmp_path, archive, shell):
    archive.tag([1, 2, 3, 4], add=["Inbox", "Places/kazakhstan", "Places/china"])
    shell.edit.load_tags()
    wait_idle(qtbot, shell)
    activate(qtbot, shell.window)
    table = shell.window.results.table
    table.setFocus()
    table.selectRow(0)
    article_id = shell.model.id_at(0)
    popup = open_popup(qtbot, shell)
    qtbot.keyClicks(popup.edit, "Review")
    activate(qtbot, popup)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: "Review" in shell.model.hit(0).tags, timeout=SLOW_MS)
    qtbot.waitUntil(lambda: shell.model._counts.get("Review") == 1, timeout=SLOW_MS)
    index = shell.model.index(shell.model.row_of(article_id), 3)
    assert index.data(TagsRole) == ["Review", "Inbox", "Places/china", "Places/kazakhstan"]
    assert index.data(Qt.ItemDataRole.DisplayRole).startswith("Review, Inbox")
    shell.window.grab().save(str(tmp_path / "chips.png"))


def test_the_reader_shows_the_users_tags_first_like_the_column(qtbot, archive, shell):
    """The reader's tag line was alphabetical (Inbox, Places/…, Review) while the column
    put Review first: both read ``ResultsModel.ordered_tags``."""
    archive.tag([1, 2, 3, 4], add=["Inbox", "Places/kazakhstan", "Places/china"])
    shell.edit.load_tags()
    wait_idle(qtbot, shell)
    activate(qtbot, shell.window)
    table = shell.window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    popup = open_popup(qtbot, shell)
    qtbot.keyClicks(popup.edit, "Review")
    activate(qtbot, popup)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: shell.model._counts.get("Review") == 1, timeout=SLOW_MS)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # away and back: the reader loads it afresh
    qtbot.keyClick(table, Qt.Key.Key_Up)
    wait_idle(qtbot, shell)
    reader = shell.window.reader
    qtbot.waitUntil(lambda: "Review" in reader.tags.text(), timeout=SLOW_MS)
    text = reader.tags.text()
    order = [text.index(name) for name in ("Review", "Inbox", "Places/china", "Places/kazakhstan")]
    assert order == sorted(order), text
    column = shell.model.index(shell.model.row_of(reader.article.id), 3).data(TagsRole)
    assert column[0] == "Review"
