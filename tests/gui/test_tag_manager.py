"""Tag manager: the tag tree, rename (and merge) in place with F2, Del with a question
naming the clippings, colour; rename and delete undo with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.gui.controllers.tag_manager import TagManagerController
from app.gui.dialogs.tag_manager import TagManagerDialog
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate


def test_rename_merge_colour_delete(qtbot, archive, shell):
    archive.tag([1], add=["Kazakhstan"])
    archive.tag([2], add=["Region/Kazakhstan"])
    manager = TagManagerController(shell.session, shell.window)
    manager.open()
    wait_idle(qtbot, shell)
    assert manager.dialog.tree.topLevelItemCount() == 2
    manager.rename("Kazakhstan", "Region/Kazakhstan")  # merges into the existing tag
    wait_idle(qtbot, shell)
    assert [(t.name, t.count) for t in archive.tags()] == [("Region/Kazakhstan", 2)]
    manager.color("Region/Kazakhstan", "#9fc5e8")
    wait_idle(qtbot, shell)
    assert archive.tags()[0].color == "#9fc5e8"
    assert shell.model.tag_color("Region/Kazakhstan") == "#9fc5e8"
    manager.delete("Region/Kazakhstan", confirm=False)
    wait_idle(qtbot, shell)
    assert archive.tags() == []
    manager.dialog.close()


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def open_manager(qtbot, shell) -> TagManagerDialog:
    """Ctrl+Shift+T from the results, until the tree has the archive's tags."""
    activate(qtbot, shell.window)
    shell.window.results.table.setFocus()
    qtbot.keyClick(shell.window.results.table, Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), TagManagerDialog), timeout=SLOW_MS
    )
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=SLOW_MS)
    return dialog


def tree(dialog: TagManagerDialog) -> list:
    """(label, count, children) of the tree's nodes, as shown."""

    def node(item):
        children = [node(item.child(i)) for i in range(item.childCount())]
        return (item.text(0), item.text(1), children) if children else (item.text(0), item.text(1))

    top = dialog.tree
    return [node(top.topLevelItem(i)) for i in range(top.topLevelItemCount())]


def item_named(dialog: TagManagerDialog, name: str):
    found = dialog.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    return next(i for i in found if i.data(0, Qt.ItemDataRole.UserRole) == name)


def chips(shell, article_id: int) -> list[str]:
    return shell.model.hit(shell.model.row_of(article_id)).tags


def tagged(archive) -> list[tuple[str, int]]:
    return [(t.name, t.count) for t in archive.tags()]


def focus_tree(qtbot, dialog, name: str) -> None:
    """The dialog active (offscreen, a closed message box leaves no window active) and
    ``name`` current in its tree."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=SLOW_MS)
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(item_named(dialog, name))


def test_tags_show_as_a_tree_with_their_parent_levels(qtbot, archive, shell):
    archive.tag([1, 2], add=["Topics/Energy"])
    archive.tag([2, 3], add=["Topics/Trade"])
    archive.tag([4], add=["Watch"])
    dialog = open_manager(qtbot, shell)
    # "Topics" is no tag of its own: a parent node counting its clippings once each
    assert tree(dialog) == [
        ("Topics", "3", [("Energy", "2"), ("Trade", "2")]),
        ("Watch", "1"),
    ]
    assert item_named(dialog, "Topics").font(0).italic()
    # a colour on the parent level is kept (it was not: no tag row held it), and its
    # children's chips take it
    manager = shell.edit.findChild(TagManagerController)
    manager.color("Topics", "#123456")
    qtbot.waitUntil(lambda: shell.model.tag_color("Topics/Trade") == "#123456", timeout=SLOW_MS)
    assert [(t.name, t.color) for t in archive.tags() if t.name == "Topics"] == [
        ("Topics", "#123456")
    ]
    wait_idle(qtbot, shell)
    assert tree(dialog)[0] == ("Topics", "3", [("Energy", "2"), ("Trade", "2")])
    assert item_named(dialog, "Topics").font(0).italic()  # no clipping carries it itself
    assert shell.search.model.tag_color("Topics/Energy") == "#123456"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_f2_renames_in_place_on_every_clipping_and_ctrl_z_undoes_it(qtbot, archive, shell):
    archive.tag([1, 2], add=["Topics/Energy"])
    archive.tag([2], add=["Topics/Power"])  # the new name exists: the rename merges
    archive.set_tag_color("Topics/Energy", "#f9cb9c")
    wait_idle(qtbot, shell)
    shell.search.refresh()
    wait_idle(qtbot, shell)
    dialog = open_manager(qtbot, shell)
    focus_tree(qtbot, dialog, "Topics/Energy")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Energy"
    editor.selectAll()
    qtbot.keyClicks(editor, "Power")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tagged(archive) == [("Topics/Power", 2)], timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: tree(dialog) == [("Topics", "2", [("Power", "2")])], timeout=SLOW_MS)
    assert dialog.selected() == "Topics/Power"  # the renamed node stays current
    assert chips(shell, 1) == ["Topics/Power"] and chips(shell, 2) == ["Topics/Power"]

    focus_tree(qtbot, dialog, "Topics/Power")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, CTRL)  # one step: both tags as they were
    qtbot.waitUntil(
        lambda: tagged(archive) == [("Topics/Energy", 2), ("Topics/Power", 1)], timeout=SLOW_MS
    )
    wait_idle(qtbot, shell)
    assert archive.tags()[0].color == "#f9cb9c"
    assert chips(shell, 1) == ["Topics/Energy"]
    assert chips(shell, 2) == ["Topics/Energy", "Topics/Power"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_del_asks_naming_how_many_clippings_carry_the_tag(qtbot, archive, shell):
    archive.tag([1, 2], add=["Topics/Energy"])
    archive.tag([2, 3], add=["Topics/Trade"])
    archive.tag([4], add=["Watch"])
    dialog = open_manager(qtbot, shell)
    focus_tree(qtbot, dialog, "Topics")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=SLOW_MS
    )
    box = QApplication.activeModalWidget()
    assert "“Topics” and the tags under it from 3 clippings" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: nothing happens
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    assert len(archive.tags()) == 3

    focus_tree(qtbot, dialog, "Watch")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=SLOW_MS
    )
    box = QApplication.activeModalWidget()
    assert "“Watch” from 1 clipping?" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Delete is the default button
    qtbot.waitUntil(
        lambda: [t.name for t in archive.tags()] == ["Topics/Energy", "Topics/Trade"],
        timeout=SLOW_MS,
    )
    wait_idle(qtbot, shell)
    assert chips(shell, 4) == []
    focus_tree(qtbot, dialog, "Topics")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: ("Watch", 1) in tagged(archive), timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    assert chips(shell, 4) == ["Watch"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_f2_rename_rewrites_the_saved_searches_naming_the_tag_and_ctrl_z_too(qtbot, archive, shell):
    """A saved 'tag:"Energy policy"' found nothing once F2 renamed the tag: it follows the
    rename (and its undo), in the archive and in the sidebar, and finds the same."""
    archive.tag([1, 2], add=["Topics/Energy policy"])
    archive.tag([3], add=["Watch"])
    archive.save_search("Energy", 'tag:"Energy policy" OR tag:"Topics/Energy policy"')
    archive.save_search("Energy watch", 'tag:("Energy policy" OR Watch)')
    found = sorted(archive.search('tag:"Energy policy"', limit=None).ids)
    shell.sidebar.load_saved()
    dialog = open_manager(qtbot, shell)
    focus_tree(qtbot, dialog, "Topics/Energy policy")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Power")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("Topics/Power", 2) in tagged(archive), timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    saved = {s.name: s.query for s in archive.saved_searches()}
    assert saved == {
        "Energy": "tag:Topics/Power OR tag:Topics/Power",
        "Energy watch": "tag:(Topics/Power OR Watch)",
    }
    assert sorted(archive.search(saved["Energy"], limit=None).ids) == found
    qtbot.waitUntil(lambda: dict(shell.sidebar._saved) == saved, timeout=SLOW_MS)

    focus_tree(qtbot, dialog, "Topics/Power")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: ("Topics/Energy policy", 2) in tagged(archive), timeout=SLOW_MS)
    wait_idle(qtbot, shell)
    assert archive.saved_searches()[0].query == 'tag:"Energy policy" OR tag:"Topics/Energy policy"'
    qtbot.waitUntil(
        lambda: shell.sidebar._saved[0][1] == archive.saved_searches()[0].query, timeout=SLOW_MS
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
