"""The main window's three panes (sidebar | list | reader) share a narrow window in a set
order instead of QSplitter's equal shares.

Why: QSplitter shrinks every pane alike down to its minimum, and the list and reader had
minimums the sidebar had not: at 870 px the sidebar was squeezed to 80 px of icons while
the other two kept theirs. Here each pane has a preferred width (the default, or what the
person dragged or a saved state restored) and a minimum at which it is still readable;
a window narrower than the preferred widths takes the difference back in this order:

1. the list and the reader, alike, down to their comfortable widths (460 and 320 px);
2. the sidebar, down to its readable minimum (its section headings whole);
3. the reader, down to its minimum (its text wraps; its toolbar still whole);
4. the list, down to its minimum (its Lang column hides, see ``ColumnFit``).

A wider window gives the extra to the list and the reader in their preferred proportion,
and the preferred widths come back as the window grows again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

#: the list's and the reader's comfortable widths: the first to give way, down to these
LIST_COMFORT = 460
READER_COMFORT = 320
#: sidebar, list and reader in a new window (1280 px)
DEFAULT_WIDTHS = (240, 640, 398)


class PaneSplitter(QSplitter):
    """A splitter that says when it has laid its panes out after a resize."""

    laid_out = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.laid_out.emit()


def share(
    width: int, preferred: tuple[int, int, int], minimum: tuple[int, int, int]
) -> tuple[int, int, int]:
    """(sidebar, list, reader) widths for ``width`` px of panes: the preferred ones when
    they fit, the extra to list and reader in proportion, a shortfall taken in the order
    above. A sidebar of 0 (hidden) takes no part."""
    side, lst, reader = preferred
    side_min, list_min, reader_min = minimum
    over = side + lst + reader - width
    if over <= 0:
        extra = -over
        grow = round(extra * lst / max(1, lst + reader))
        return side, lst + grow, reader + (extra - grow)
    # 1. list and reader alike, down to their comfortable widths (never below their minimums)
    list_floor = max(list_min, min(lst, LIST_COMFORT))
    reader_floor = max(reader_min, min(reader, READER_COMFORT))
    room = (lst - list_floor) + (reader - reader_floor)
    if room > 0:
        cut = min(over, room)
        list_cut = round(cut * (lst - list_floor) / room)
        lst, reader, over = lst - list_cut, reader - (cut - list_cut), over - cut
    # 2. the sidebar; 3. the reader; 4. the list, each down to its minimum
    sizes = {"side": side, "reader": reader, "list": lst}
    floors = {"side": min(side, side_min), "reader": reader_min, "list": list_min}
    for pane in ("side", "reader", "list"):
        if over <= 0:
            break
        cut = max(0, min(over, sizes[pane] - floors[pane]))
        sizes[pane] -= cut
        over -= cut
    return sizes["side"], sizes["list"], sizes["reader"]


class PaneFit(QObject):
    """Keeps the panes' preferred widths and lays them out by ``share`` on every resize."""

    def __init__(
        self, outer: PaneSplitter, inner: QSplitter, sidebar: QWidget, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.outer, self.inner, self.sidebar = outer, inner, sidebar
        self.preferred = DEFAULT_WIDTHS
        #: the widths ``fit`` last set: others on show were set by someone else
        self._laid: tuple[int, int, int] | None = None
        self._fitting = False
        outer.laid_out.connect(self.fit)
        outer.splitterMoved.connect(lambda *_: self.take_sizes())
        inner.splitterMoved.connect(lambda *_: self.take_sizes())

    def shown(self) -> tuple[int, int, int]:
        side, _content = self.outer.sizes()
        lst, reader = self.inner.sizes()
        return side, lst, reader

    def take_sizes(self) -> None:
        """The widths on show become the preferred ones (a drag of a handle)."""
        if self._fitting or not self.outer.isVisible():
            return
        side, lst, reader = self.shown()
        if lst > 0 and reader > 0:
            side = side if not self.sidebar.isHidden() else self.preferred[0]
            self.preferred = (side, lst, reader)

    def save(self) -> list[int]:
        """The preferred widths, for the settings; widths set on the splitters since the
        last fit (``setSizes``) count as chosen."""
        if self.outer.isVisible() and self._laid is not None and self.shown() != self._laid:
            self.take_sizes()
        return list(self.preferred)

    def restore(self, widths: object) -> None:
        if isinstance(widths, (list, tuple)) and len(widths) == 3:
            try:
                side, lst, reader = (int(w) for w in widths)
            except (TypeError, ValueError):
                return
            if min(side, lst, reader) > 0:
                self.preferred = (side, lst, reader)
                self.fit()

    def minimum(self) -> tuple[int, int, int]:
        widgets = [self.sidebar, self.inner.widget(0), self.inner.widget(1)]
        side, lst, reader = (w.minimumWidth() for w in widgets)
        return side, lst, reader

    def fit(self) -> None:
        if self.outer.width() <= 0:
            return
        handles = self.outer.handleWidth() + self.inner.handleWidth()
        width = self.outer.width() - handles
        side_shown = not self.sidebar.isHidden()
        side_min, list_min, reader_min = self.minimum()
        preferred = self.preferred if side_shown else (0, *self.preferred[1:])
        minimum = (side_min if side_shown else 0, list_min, reader_min)
        if not side_shown:
            width += self.outer.handleWidth()
        side, lst, reader = share(width, preferred, minimum)
        self._fitting = True
        try:
            if side_shown:
                self.outer.setSizes([side, lst + reader + self.inner.handleWidth()])
            self.inner.setSizes([lst, reader])
        finally:
            self._fitting = False
        self._laid = self.shown()
