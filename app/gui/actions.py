"""Every user action, declared once: id, text, icon, shortcuts, handler, where it appears.

Menus, the toolbar, context menus and the shortcut sheet are all built from ``ACTIONS``;
no shortcut string appears anywhere else. A handler is ``"controller.method"``, resolved
against the controllers the main window registers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from app.gui.resources import icon


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    handler: str
    shortcuts: tuple[str, ...] = ()
    icon: str = ""
    menu: str = ""
    tip: str = ""
    toolbar: bool = False
    context: bool = False  # in the results' context menu
    separator: bool = False  # a separator before it in its menu


MENUS = ("&File", "&Edit", "&Search", "&View", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "import_files",
        "&Import Files…",
        "importer.import_files",
        ("Ctrl+I",),
        "import",
        "&File",
        "Import clipping files into the archive",
        toolbar=True,
    ),
    ActionSpec(
        "import_folder",
        "Import &Folder…",
        "importer.import_folder",
        ("Ctrl+Shift+I",),
        "folder",
        "&File",
        "Import every supported file in a folder",
    ),
    ActionSpec(
        "paste",
        "&Paste as Clipping",
        "importer.paste",
        ("Ctrl+V",),
        "paste",
        "&File",
        "Turn the clipboard's text or HTML into a new clipping",
    ),
    ActionSpec(
        "load_samples", "Load &Sample Clippings", "importer.load_samples", (), "sample", "&File"
    ),
    ActionSpec(
        "open_original",
        "Open &Original",
        "reader.open_original",
        ("Ctrl+O",),
        "original",
        "&File",
        "Open the file this clipping was imported from",
        separator=True,
    ),
    ActionSpec(
        "export",
        "&Export…",
        "exporter.export",
        ("Ctrl+E",),
        "export",
        "&File",
        "Export the selected clippings, or every result of the search, as CSV, JSON, JSON "
        "Lines, YAML, HTML or PDF",
        separator=True,
    ),
    ActionSpec(
        "press_review",
        "Press &Review (PDF)…",
        "exporter.press_review",
        ("Ctrl+P",),
        "review",
        "&File",
        "A PDF press review of the selected clippings, or of the search, newest first",
    ),
    ActionSpec(
        "backup",
        "&Back Up Archive…",
        "exporter.backup",
        ("Ctrl+Shift+B",),
        "backup",
        "&File",
        "Write the archive's store and every original to a zip file",
    ),
    ActionSpec(
        "settings", "Se&ttings…", "app.settings", ("Ctrl+,",), "settings", "&File", separator=True
    ),
    ActionSpec("quit", "&Quit", "app.quit", ("Ctrl+Q",), "", "&File", separator=True),
    # Edit
    ActionSpec("undo", "&Undo", "edit.undo", ("Ctrl+Z",), "undo", "&Edit", toolbar=True),
    ActionSpec(
        "redo", "&Redo", "edit.redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "redo", "&Edit", toolbar=True
    ),
    ActionSpec(
        "tag",
        "&Tag…",
        "edit.tag",
        ("T", "Ctrl+T"),
        "tag",
        "&Edit",
        "Add tags to the selected clippings",
        toolbar=True,
        context=True,
        separator=True,
    ),
    ActionSpec(
        "untag",
        "Remove Ta&gs…",
        "edit.untag",
        ("Shift+T",),
        "untag",
        "&Edit",
        "Remove tags from the selected clippings",
        context=True,
    ),
    ActionSpec(
        "edit_metadata",
        "&Edit Details…",
        "edit.edit_metadata",
        ("E",),
        "edit",
        "&Edit",
        "Edit title, date, source and other details",
        context=True,
    ),
    ActionSpec(
        "delete",
        "Move to T&rash",
        "edit.delete",
        ("Del",),
        "trash",
        "&Edit",
        "Move the selected clippings to the trash",
        toolbar=True,
        context=True,
    ),
    ActionSpec(
        "restore",
        "Re&store from Trash",
        "edit.restore",
        ("Ctrl+Shift+R",),
        "restore",
        "&Edit",
        context=True,
    ),
    ActionSpec(
        "reextract",
        "Re-e&xtract",
        "reextract.reextract_selected",
        ("Ctrl+Shift+X",),
        "",
        "&Edit",
        "Read the selected clippings again from their originals, keeping your edits, tags "
        "and notes",
        context=True,
        separator=True,
    ),
    ActionSpec(
        "reextract_all",
        "Re-extract &All",
        "reextract.reextract_all",
        (),
        "",
        "&Edit",
        "Read every clipping again from its original, keeping your edits, tags and notes",
    ),
    ActionSpec("empty_trash", "Empty Trash…", "edit.empty_trash", (), "", "&Edit"),
    ActionSpec(
        "tag_manager",
        "&Manage Tags…",
        "edit.tag_manager",
        ("Ctrl+Shift+T",),
        "tags",
        "&Edit",
        separator=True,
    ),
    # Search
    ActionSpec(
        "focus_search",
        "&Find",
        "search.focus",
        ("Ctrl+L", "Ctrl+F", "/"),
        "search",
        "&Search",
        "Put the cursor in the search bar",
    ),
    ActionSpec(
        "save_search",
        "&Save Search…",
        "sidebar.save_search",
        ("Ctrl+S",),
        "star",
        "&Search",
        "Keep the current query in the sidebar",
        toolbar=True,
    ),
    ActionSpec(
        "use_suggestion",
        "Search for the Suggested &Spelling",
        "search.use_suggestion",
        ("Ctrl+D",),
        "",
        "&Search",
        "Run the “did you mean” correction of the query",
    ),
    ActionSpec(
        "toggle_date_sort",
        "Sort by &Date, Newest/Oldest First",
        "search.toggle_date_sort",
        ("Ctrl+Shift+D",),
        "",
        "&Search",
        "Sort by date, newest first; again: oldest first",
    ),
    ActionSpec(
        "focus_results",
        "Go to &Results",
        "search.focus_results",
        ("Ctrl+1",),
        "",
        "&Search",
        separator=True,
    ),
    ActionSpec(
        "open_window",
        "Open in New &Window",
        "reader.open_window",
        ("Ctrl+Return", "Ctrl+Enter"),
        "window",
        "&Search",
        context=True,
    ),
    ActionSpec(
        "next_hit",
        "&Next Match",
        "reader.next_hit",
        ("F3",),
        "down",
        "&Search",
        "The next marked term in the article",
    ),
    ActionSpec(
        "previous_hit",
        "&Previous Match",
        "reader.previous_hit",
        ("Shift+F3",),
        "up",
        "&Search",
        "The previous marked term in the article",
    ),
    ActionSpec(
        "more_like_this",
        "&More Like This",
        "reader.more_like_this",
        ("Ctrl+M",),
        "similar",
        "&Search",
        "Articles sharing this one's distinctive words",
        context=True,
    ),
    ActionSpec(
        "show_trash", "Show &Trash", "sidebar.show_trash", (), "trash", "&Search", separator=True
    ),
    # View
    ActionSpec("toggle_sidebar", "&Sidebar", "app.toggle_sidebar", ("Ctrl+B",), "sidebar", "&View"),
    ActionSpec("toggle_reader", "&Reader", "app.toggle_reader", ("Ctrl+R",), "reader", "&View"),
    # Help
    ActionSpec(
        "shortcuts", "&Keyboard Shortcuts", "app.shortcuts", ("F1", "Ctrl+/"), "keyboard", "&Help"
    ),
    ActionSpec("about", "&About Clippings", "app.about", (), "", "&Help"),
)

#: keys handled by a widget rather than an action, listed on the shortcut sheet
CONTEXT_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Search bar", "↑  ↓  PgUp  PgDn", "Move through the results while typing"),
    ("Search bar", "Enter", "Search now and select the first result"),
    ("Search bar", "Esc", "Clear the query; again: back to the results"),
    ("Search bar", "Ctrl+↑  Ctrl+↓", "Step through earlier searches"),
    ("Search bar", "Alt+↓", "Search history"),
    ("Search bar", "Tab", "Accept a completion"),
    ("Results", "Enter", "Read the current clipping"),
    ("Results", "Shift+↑  Shift+↓  Ctrl+A", "Select several clippings"),
    ("Reader", "Esc", "Back to the results"),
    ("Sidebar", "Del", "Delete the saved search (Ctrl+Z brings it back)"),
    ("Sidebar", "F2", "Rename the saved search"),
    ("Manage Tags", "F2", "Rename the tag in place, on every clipping carrying it"),
    ("Manage Tags", "Del", "Delete the tag (asks first; Ctrl+Z brings it back)"),
)

BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}


def shortcut_text(spec: ActionSpec) -> str:
    return "  ".join(
        QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts
    )


class ActionRegistry(QObject):
    """The QActions of one main window, built from ``ACTIONS``."""

    def __init__(self, window: QWidget, handlers: Mapping[str, object]) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(spec.text, window)
            action.setObjectName(spec.id)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip = spec.tip or spec.text.replace("&", "").rstrip("…")
            keys = shortcut_text(spec)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
            action.triggered.connect(_resolve(handlers, spec.handler))
            window.addAction(action)
            self.actions[spec.id] = action

    def bind_undo_stack(self, stack: QUndoStack) -> None:
        """Undo/Redo show what they would undo, and are disabled when there is nothing."""
        stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.actions["undo"].setEnabled(stack.canUndo())
        self.actions["redo"].setEnabled(stack.canRedo())

    def _undo_text(self, text: str) -> None:
        self.actions["undo"].setText(f"&Undo {text}".strip())

    def _redo_text(self, text: str) -> None:
        self.actions["redo"].setText(f"&Redo {text}".strip())

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        menus = {title: bar.addMenu(title) for title in MENUS}
        for spec in ACTIONS:
            if spec.menu:
                if spec.separator:
                    menus[spec.menu].addSeparator()
                menus[spec.menu].addAction(self.actions[spec.id])
        return menus

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for spec in ACTIONS:
            if spec.toolbar:
                if spec.separator and toolbar.actions():
                    toolbar.addSeparator()
                toolbar.addAction(self.actions[spec.id])

    def context_actions(self) -> list[QAction]:
        return [self.actions[s.id] for s in ACTIONS if s.context]


def _resolve(handlers: Mapping[str, object], path: str) -> Callable[[], None]:
    """``"edit.tag"`` → the bound method, looked up when triggered (controllers come late)."""
    owner, method = path.split(".")

    def trigger(_checked: bool = False) -> None:
        target = handlers.get(owner)
        if target is not None:
            getattr(target, method)()

    return trigger
