"""The results' title column keeps room in a narrow list: the Tags and Source columns give
way (down to a floor) instead of the title, and grow back to their widths when the list
widens. Why: at 1024 px the four fixed columns took all but 65 px of the 460 px list and
the titles read "Kaza…". A Date or Source column that no result fills hides, its width
the title's, until a result has one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

#: the title's room: this share of the list, and never less than TITLE_MIN_PX
TITLE_SHARE = 0.4
TITLE_MIN_PX = 180
#: the columns that give way, in order, each down to its floor (px)
GIVE_WAY = ((3, 70), (2, 64))
#: the most of the list Tags and Source take however wide they were dragged or restored:
#: a Tags column dragged to 400 px kept the title at 326 px of a 816 px list
CAPS = {3: 0.24, 2: 0.18}
#: a column that hides when the others are at their floors and the title still lacks its
#: room (a list under 460 px in an 800 px window): Lang, which the reader's details line
#: and the sidebar's Languages show as well
HIDE_WHEN_NARROW = 4
#: ... when the title would be narrower than this beside it (at 870 px; at 1024 px not)
TITLE_NARROW_PX = 160


class ColumnFit(QObject):
    """Watches the table's width; the widths a person drags or a saved state restores are
    the preferred ones, the columns shown never wider than they leave the title room."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.header: QHeaderView = table.horizontalHeader()
        self._fitting = False
        #: hidden here for want of room (not by the person): shown again when there is
        self.narrow_hidden = False
        #: hidden as no result has a value there (``hide_empty``)
        self.empty_hidden: set[int] = set()
        self.preferred = {c: self.header.sectionSize(c) for c in range(1, self.header.count())}
        self.header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, section: int, old: int, new: int) -> None:
        # a section hiding (to 0) or shown again (from 0, at the header's minimum) is no
        # width anyone chose: Lang came back 36 px wide after a narrow window hid it
        if not self._fitting and section != 0 and old and new:
            self.preferred[section] = new

    def fit(self) -> None:
        room = self.table.viewport().width()
        if self.header.count() > HIDE_WHEN_NARROW:
            self._hide_when_narrow(room)
        others = [c for c in range(1, self.header.count()) if not self.header.isSectionHidden(c)]
        widths = {c: self.preferred.get(c, self.header.sectionSize(c)) for c in others}
        floors = dict(GIVE_WAY)
        for column, share in CAPS.items():
            if column in widths:
                widths[column] = min(widths[column], max(floors[column], int(room * share)))
        over = sum(widths.values()) - (room - max(TITLE_MIN_PX, int(room * TITLE_SHARE)))
        for column, floor in GIVE_WAY:
            if over <= 0 or column not in widths:
                continue
            cut = max(0, min(over, widths[column] - floor))
            widths[column] -= cut
            over -= cut
        self._fitting = True
        try:
            for column, width in widths.items():
                if self.header.sectionSize(column) != width:
                    self.header.resizeSection(column, width)
        finally:
            self._fitting = False

    def hide_empty(self, columns: set[int]) -> None:
        """Hide ``columns`` (none of the results has a value there), show the others
        hidden so before; the title takes the width."""
        if columns == self.empty_hidden:
            return
        self._fitting = True
        try:
            for column in self.empty_hidden | columns:
                self.header.setSectionHidden(column, column in columns)
        finally:
            self._fitting = False
        self.empty_hidden = set(columns)
        self.fit()

    def _hidden_here(self) -> set[int]:
        return self.empty_hidden | ({HIDE_WHEN_NARROW} if self.narrow_hidden else set())

    def _hide_when_narrow(self, room: int) -> None:
        """Lang hides when Date, Source and Tags at their floors and the title at its
        minimum do not fit beside it; it comes back when they do."""
        floors = dict(GIVE_WAY)
        shown = [c for c in range(1, self.header.count()) if c != HIDE_WHEN_NARROW]
        shown = [c for c in shown if not self.header.isSectionHidden(c)]
        least = sum(min(self.preferred.get(c, 0), floors.get(c, 10**6)) for c in shown)
        lang = self.preferred.get(HIDE_WHEN_NARROW, 0)
        narrow = least + lang + TITLE_NARROW_PX > room
        if narrow != self.narrow_hidden:
            self.narrow_hidden = narrow
            self._fitting = True
            try:
                self.header.setSectionHidden(HIDE_WHEN_NARROW, narrow)
            finally:
                self._fitting = False

    @contextmanager
    def preferred_widths(self) -> Iterator[None]:
        """The preferred widths and every column shown while the header's state is saved
        (a narrow window or an undated search at closing must not make them the next
        session's)."""
        self._fitting = True
        try:
            # saved as shown: hidden only for this window's width or these results
            for column in self._hidden_here():
                self.header.setSectionHidden(column, False)
            for column, width in self.preferred.items():
                self.header.resizeSection(column, width)
        finally:
            self._fitting = False
        try:
            yield
        finally:
            for column in self._hidden_here():
                self.header.setSectionHidden(column, True)
            self.fit()
