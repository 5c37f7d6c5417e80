"""Before an import: a CSV/JSON Lines file among the chosen ones whose text column no
common name finds gets the column dialog, instead of failing in the import.

The files' first rows are read on a worker (a file on a slow share must not freeze the
window), with the mapping kept from last time for the same columns; the dialogs then ask
one file after another, window-modal and without a nested event loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app import columns
from app.columns import Peek
from app.gui.dialogs.column_map import ColumnMapDialog
from app.gui.session import Session

#: per file (its path as chosen): field → column
Mappings = dict[Path, dict[str, str]]
#: what to keep for next time: a file's columns and the mapping chosen for them
Chosen = list[tuple[list[str], dict[str, str]]]


def _asked(paths: Sequence[Path]) -> list[tuple[Peek, dict[str, str]]]:
    """On a worker: the files that need a mapping, each with its pre-filled choice."""
    found = []
    for path in paths:
        try:
            peek = columns.peek(path)
        except Exception:  # unreadable or malformed: the import says why
            continue
        if peek is not None and peek.needs_mapping:
            found.append((peek, columns.remembered(peek.columns) or peek.defaults))
    return found


class ColumnAsker(QObject):
    """``ask(paths, then)`` calls ``then(mappings, chosen)`` once every file that needs it
    has a mapping (at once when none does), or never when the person cancels a dialog
    (``cancelled`` says so). Keeping ``chosen`` is the caller's (``columns.remember``, on
    its worker)."""

    dialog_opened = Signal(QWidget)
    cancelled = Signal(str)

    def __init__(self, session: Session, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window = window
        self.busy = False  # reading first rows or waiting on a dialog
        self.dialog: ColumnMapDialog | None = None

    def ask(self, paths: Sequence[Path], then: Callable[[Mappings, Chosen], None]) -> None:
        candidates = [p for p in paths if p.suffix.lower() in columns.MAPPABLE_SUFFIXES]
        if not candidates:
            then({}, [])
            return
        self.busy = True
        self.session.read_now(
            lambda _archive: _asked(candidates),
            lambda found: self._next(list(found), {}, [], then),
            self._failed,
        )

    def ask_one(
        self, peek: Peek, prefill: dict[str, str], then: Callable[[dict[str, str]], None]
    ) -> None:
        """The dialog for one file already peeked (a report's "Map columns…"): ``then``
        gets the mapping chosen; a cancel says so and imports nothing."""
        self.busy = True
        self._next([(peek, prefill)], {}, [], lambda done, _chosen: then(done[peek.path]))

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.session.tasks.report(error)

    def _next(
        self,
        queue: list[tuple[Peek, dict[str, str]]],
        done: Mappings,
        chosen: Chosen,
        then: Callable[[Mappings, Chosen], None],
    ) -> None:
        if not queue:
            self.busy = False
            self.dialog = None
            then(done, chosen)
            return
        peek, prefill = queue.pop(0)
        dialog = ColumnMapDialog(peek, prefill, self.window)
        self.dialog = dialog

        def answered(result: int) -> None:
            dialog.deleteLater()
            if result != ColumnMapDialog.DialogCode.Accepted:
                self.busy = False
                self.dialog = None
                self.cancelled.emit(f"Import cancelled: no columns chosen for {peek.path.name}")
                return
            done[peek.path] = dialog.mapping()
            chosen.append((peek.columns, done[peek.path]))
            self._next(queue, done, chosen, then)

        dialog.finished.connect(answered)
        dialog.open()
        self.dialog_opened.emit(dialog)
