"""The results table: a model over a list of article ids, rows fetched lazily in pages.

A search hands over every matching id (100,000 is fine: it is a list of ints); the row
contents (title, source, tags, snippet) are fetched page by page in the background when
the view first asks for them, and cached by id, so scrolling never waits on the archive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.gui.tasks import TaskManager
from app.model import Hit

Fetch = Callable[[Sequence[int], str], list[Hit]]
AnyIndex = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1
HitRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
TagsRole = Qt.ItemDataRole.UserRole + 4
LoadedRole = Qt.ItemDataRole.UserRole + 5
#: the title with the query's matches in <b>…</b>, "" when none are marked
MarkedTitleRole = Qt.ItemDataRole.UserRole + 6

#: (key, header); the key doubles as the archive's sort name where it has one
COLUMNS = (
    ("title", "Title"),
    ("date", "Date"),
    ("source", "Source"),
    ("tags", "Tags"),
    ("language", "Lang"),
)
SORTABLE = {"title", "date", "source"}
#: the order each archive sort returns (dates newest first, text A→Z)
NATURAL_ORDER = {
    "date": Qt.SortOrder.DescendingOrder,
    "title": Qt.SortOrder.AscendingOrder,
    "source": Qt.SortOrder.AscendingOrder,
}

PAGE = 100
CACHE_LIMIT = 20_000


class ResultsModel(QAbstractTableModel):
    """Rows are article ids; ``data()`` for an unfetched row schedules its page."""

    #: a column header was clicked: (archive sort name or "relevance", order)
    sort_requested = Signal(str, Qt.SortOrder)
    #: rows arrived for these ids (the reader may want to refresh)
    rows_loaded = Signal(list)

    def __init__(
        self, fetch: Fetch, tasks: TaskManager | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._tasks = tasks
        self._ids: list[int] = []
        self._rows: dict[int, int] | None = None  # id → row, built when first needed
        self._query = ""
        self._cache: dict[int, Hit] = {}
        self._wanted: set[int] = set()  # page numbers requested but not yet scheduled
        self._in_flight: set[int] = set()
        self._generation = 0
        self._colors: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._flush = QTimer(self, singleShot=True, interval=0)
        self._flush.timeout.connect(self._fetch_wanted)

    # -- contents ----------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return self._ids

    @property
    def query(self) -> str:
        return self._query

    def set_result(self, ids: Sequence[int], query: str, hits: Sequence[Hit] = ()) -> None:
        """Swap in a new id list (a new search); ``hits`` are rows already fetched."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows = None
        if query != self._query:
            self._cache.clear()
        self._query = query
        self._wanted.clear()
        self._in_flight.clear()
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        for hit in hits:
            self._cache[hit.id] = hit
        self.endResetModel()

    def update_hits(self, hits: Sequence[Hit]) -> None:
        """Newer rows for ids already shown (their marked snippets, say)."""
        for hit in hits:
            self._cache[hit.id] = hit
        rows = self._rows_of([h.id for h in hits])
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))
        self.rows_loaded.emit([h.id for h in hits])

    def retag(self, ids: Sequence[int], add: Sequence[str], remove: Sequence[str]) -> None:
        """Show a tag change at once, before the archive has stored it (storing and
        indexing 40 clippings takes 1-2.5 s); the rows are read again once it has."""
        gone = {name.casefold() for name in remove}
        for article_id in ids:
            hit = self._cache.get(article_id)
            if hit is None:
                continue
            kept = [
                t
                for t in hit.tags
                if not any(t.casefold() == g or t.casefold().startswith(g + "/") for g in gone)
            ]
            known = {t.casefold() for t in kept}
            self._cache[article_id] = replace(
                hit, tags=kept + [t for t in add if t.casefold() not in known]
            )
        rows = self._rows_of(ids)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def remove_ids(self, ids: Sequence[int]) -> None:
        """Rows leave (moved to the trash) without re-running the search."""
        gone = set(ids)
        for row in reversed(range(len(self._ids))):
            if self._ids[row] in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self._rows = None
                self.endRemoveRows()

    def refresh_ids(self, ids: Sequence[int]) -> None:
        """Forget cached rows (after tagging or editing) so they are fetched again."""
        for article_id in ids:
            self._cache.pop(article_id, None)
        rows = self._rows_of(ids)
        if rows:
            self._generation += 1
            self._in_flight.clear()
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def set_tag_colors(self, colors: dict[str, str], counts: dict[str, int] | None = None) -> None:
        """Colours, and how many clippings carry each tag (the chips' order, see
        ``ordered_tags``)."""
        self._colors = dict(colors)
        if counts is not None:
            self._counts = dict(counts)
        if self._ids:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self._ids) - 1, 3), [TagsRole])

    def ordered_tags(self, names: list[str]) -> list[str]:
        """The user's own tags first, so that the column's few chips show them: tags an
        importer gives (Reuters' ``Places/…``, ``Topics/…``) last, and before them the
        broad ones an import put on a whole batch (``--tag Inbox``); the rarer a tag, the
        more it says about the clipping."""
        return sorted(
            names,
            key=lambda n: (n.split("/", 1)[0] in IMPORTED_FAMILIES, self._counts.get(n, 0), n),
        )

    def tag_color(self, name: str) -> str:
        """The colour a tag chip is drawn in: its own, its parent's, or one derived from it."""
        parts = name.split("/")
        for depth in range(len(parts), 0, -1):
            color = self._colors.get("/".join(parts[:depth]))
            if color:
                return color
        return default_tag_color(name)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        if self._rows is None:
            self._rows = {article_id: row for row, article_id in enumerate(self._ids)}
        return self._rows.get(article_id, -1)

    def _rows_of(self, ids: Sequence[int]) -> list[int]:
        """Rows of those ``ids`` that are shown. Without the id → row map, the list is
        scanned only until all are found: the marked snippets after every search are the
        first rows, and mapping 100,000 ids would hold the GUI thread some 14 ms."""
        if self._rows is not None:
            return [r for r in (self._rows.get(i, -1) for i in ids) if r >= 0]
        wanted, rows = set(ids), []
        for row, article_id in enumerate(self._ids):
            if article_id in wanted:
                rows.append(row)
                wanted.discard(article_id)
                if not wanted:
                    break
        return rows

    def hit(self, row: int) -> Hit | None:
        article_id = self.id_at(row)
        return None if article_id is None else self._cache.get(article_id)

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        article_id = self._ids[index.row()]
        if role == IdRole:
            return article_id
        hit = self._cache.get(article_id)
        if hit is None:
            self._want(index.row())
            hit = self._cache.get(article_id)  # there at once in synchronous mode
        if hit is None:
            # Roles read from Python (delegates) never answer None: converting an invalid
            # QVariant back to Python leaks a reference to None in PySide6 6.12 (CPython 3.11
            # then aborts with "deallocating None" after some thousand paints).
            if role == LoadedRole:
                return False
            if role in (SnippetRole, MarkedTitleRole):
                return ""
            if role == TagsRole:
                return []
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return "Loading…"
            if role == Qt.ItemDataRole.ForegroundRole:
                return _placeholder_color()
            return None
        return self._hit_data(hit, index.column(), role)

    def _hit_data(self, hit: Hit, column: int, role: int) -> Any:
        key = COLUMNS[column][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "title":
                return hit.title
            if key == "date":
                return hit.published.strftime("%Y-%m-%d") if hit.published else ""
            if key == "source":  # "Reuters  +1": the story has another copy
                return f"{hit.source}  +{len(hit.copies)}".strip() if hit.copies else hit.source
            if key == "tags":
                return ", ".join(self.ordered_tags(hit.tags))
            return hit.language.upper()
        if role == HitRole:
            return hit
        if role == LoadedRole:
            return True
        if role == SnippetRole:
            return hit.snippet
        if role == MarkedTitleRole:
            return hit.title_marked
        if role == TagsRole:
            return self.ordered_tags(hit.tags)
        if role == Qt.ItemDataRole.ToolTipRole and key == "tags" and hit.tags:
            return "\n".join(self.ordered_tags(hit.tags))  # the full paths, one a line
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "source"):
            tip = hit.title if key == "title" else hit.source
            return f"{tip}\n{copies_text(hit)}".strip() if hit.copies else tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("date", "language"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else ""
        self.sort_requested.emit(key if key in SORTABLE else "relevance", order)

    # -- lazy fetching ---------------------------------------------------------------

    def _want(self, row: int) -> None:
        page = row // PAGE
        if page in self._in_flight or page in self._wanted:
            return
        self._wanted.add(page)
        if self._tasks is None:
            self._fetch_wanted()  # synchronous mode (model tests)
        elif not self._flush.isActive():
            self._flush.start()

    def _fetch_wanted(self) -> None:
        pages, self._wanted = sorted(self._wanted), set()
        for page in pages:
            ids = [i for i in self._ids[page * PAGE : (page + 1) * PAGE] if i not in self._cache]
            if not ids:
                continue
            self._in_flight.add(page)
            generation, query = self._generation, self._query
            if self._tasks is None:
                self._store(generation, page, self._fetch(ids, query))
            else:
                self._tasks.read(
                    lambda ids=ids, q=query, fetch=self._fetch: fetch(ids, q),
                    lambda hits, g=generation, p=page: self._store(g, p, hits),
                )

    def _store(self, generation: int, page: int, hits: list[Hit]) -> None:
        if generation != self._generation:
            return  # a newer search replaced the ids: drop stale rows
        self._in_flight.discard(page)
        for hit in hits:
            self._cache[hit.id] = hit
        first = page * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.rows_loaded.emit([h.id for h in hits])


def chip_label(name: str) -> str:
    """A tag chip's text: the path without its top level (the chip's colour says that),
    so "Region/Kasachstan/Wahl" reads "Kasachstan › Wahl", not a bare "Wahl" that could
    be any country's; "Places/usa" reads "usa"."""
    parts = [p for p in name.split("/") if p]
    return " › ".join(parts[1:] if len(parts) > 1 else parts)


def copies_text(hit: Hit) -> str:
    """ "Same story also reported by AFP, dpa (2 other copies)" for a row's tooltip."""
    names = list(dict.fromkeys(source or "(no source)" for _id, source in hit.copies))
    count = len(hit.copies)
    return (
        f"Same story also reported by {', '.join(names)} "
        f"({count} other cop{'y' if count == 1 else 'ies'})"
    )


#: tag families importers give (Reuters-21578's TOPICS and PLACES codes)
IMPORTED_FAMILIES = frozenset({"Places", "Topics"})


def default_tag_color(name: str) -> str:
    """A stable, pleasant colour for a tag without one (hue from the top-level name)."""
    top = name.split("/")[0]
    hue = sum(ord(c) * 31**i for i, c in enumerate(top)) % 360
    return QColor.fromHsl(hue, 150, 200).name()


def _placeholder_color() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QColor("#888888")
