"""Tag manager: rename (and merge), colour, delete through the archive."""

from __future__ import annotations

from app.gui.controllers.tag_manager import TagManagerController
from tests.gui.conftest import wait_idle


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
