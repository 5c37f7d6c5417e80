"""Search as you type: debounce, run in the background, drop stale answers, show the result.

A search that finds little (``archive.wants_suggestion``, the CLI's rule too) then asks the
archive for a spelling correction, also in the background and only once the debounced search
has answered, so typing never pays for it; the answer is dropped when the query has changed
meanwhile.

Also the one place that swaps the result set for other lists (an import's new articles,
"more like this", the trash), so the table, the summary and the reader stay consistent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.archive import SORTS, wants_suggestion
from app.gui.models.results import COLUMNS, NATURAL_ORDER, ResultsModel
from app.gui.session import Session
from app.gui.widgets.results_view import ResultsView
from app.gui.widgets.search_bar import SearchBar
from app.model import QueryError, SearchResult
from app.query import FIELDS, ast, parse

log = logging.getLogger(__name__)

DEBOUNCE_MS = 60
SORT_COLUMNS = {key: i for i, (key, _label) in enumerate(COLUMNS)}
DATE_COLUMN = SORT_COLUMNS["date"]
FIRST_ROWS = 40


def unfinished(query: str) -> bool:
    """Text that is not blank yet asks for nothing: a lone minus sign, which the parser
    reads as "everything but nothing". An invalid query is caught where it runs."""
    if not query.strip():
        return False
    try:
        return isinstance(parse(query), ast.MatchAll)
    except QueryError:
        return False


@dataclass(frozen=True)
class SearchRequest:
    """One search as it was asked for: its answer is shown with these, never with the
    controller's state when it arrives (the sort may have changed meanwhile)."""

    generation: int
    query: str
    sort: str
    order: Qt.SortOrder | None
    keep_id: int | None = None


class SearchController(QObject):
    #: a search finished and its rows are in the table (the benchmark waits on this)
    results_shown = Signal(object)
    #: the first rows' marked snippets followed
    snippets_shown = Signal()
    #: facets of the current result, for the sidebar
    facets_changed = Signal(dict)
    #: which list the table shows: "search", "trash", "list"
    mode_changed = Signal(str)
    #: the "did you mean" correction on offer ("" when none)
    suggestion_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        bar: SearchBar,
        view: ResultsView,
        model: ResultsModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.bar = bar
        self.view = view
        self.model = model
        self.sort = "relevance"
        self.order: Qt.SortOrder | None = None
        self.mode = "search"
        self._generation = 0
        self._shown_generation = 0
        self._last: SearchResult | None = None
        #: (sort, order) the rows on show were sorted by
        self._shown_sort: tuple[str, Qt.SortOrder | None] = ("relevance", None)
        #: the writes handed to the writer before the current search started: a search runs
        #: beside the writer, so it may have missed any of them still running then
        self._blind_to = 0
        #: the archive's lazy parts are loaded (None while ``warm_up`` runs)
        self.warm: bool | None = False
        self.suggestion: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

        bar.text_edited.connect(self._text_edited)
        bar.submitted.connect(self._submitted)
        bar.navigate.connect(view.forward_key)
        bar.leave.connect(self.focus_results)
        view.sort_chosen.connect(self.set_sort)
        view.suggestion_chosen.connect(self.set_query)
        model.sort_requested.connect(self._header_sort)
        session.opened.connect(self._opened)
        session.tags_changed.connect(self.refresh_vocabulary)
        session.tasks.write_ended.connect(self._write_ended)

    # -- running searches ----------------------------------------------------------------------

    def _opened(self) -> None:
        self.warm = False
        self.refresh_vocabulary()
        self.run_now()

    def _warm_up(self) -> None:
        """Once the first results are shown: load on a reader what the first typed search
        would load (alias tables, analyzers, stemmers): 0.6–1.4 s the user waited on."""

        def done(finished: bool) -> None:
            self.warm = finished is not False  # stopped: warmed again after the next search

        def failed(error: BaseException) -> None:  # the first search loads it, as before
            log.warning("warming up the archive failed: %r", error)

        tasks = self.session.tasks
        self.session.read(
            lambda archive: archive.warm_up(stop=lambda: tasks.searching), done, failed
        )

    def _text_edited(self, _text: str) -> None:
        self._generation += 1  # anything running now is stale
        self._set_suggestion(None)  # a correction of the text before, no longer typed
        self._timer.start()

    def _submitted(self, text: str) -> None:
        """Enter: the list takes the keys from here (T tags, Enter reads). Where it already
        answers this text its current row stays, one picked with the arrows from the bar
        included; otherwise the search runs now and its first row is current."""
        self.bar.remember(text)
        if not (self.idle and self._last is not None and self._last.query == text):
            self.run_now()
        self.focus_results()

    def run_now(self, keep_id: int | None = None, query: str | None = None) -> None:
        """Search for the bar's text (or ``query``) now with the current sort. Every
        search goes through here and on one newest-wins lane; only the answer to the
        newest request is shown."""
        self._timer.stop()
        if not self.session.ready:
            return
        self._generation += 1
        text = self.bar.text() if query is None else query
        request = SearchRequest(self._generation, text, self.sort, self.order, keep_id)
        if unfinished(request.query):
            # a lone "-" on its way to "-Egypt" would list every clipping: the last
            # results and facets stay, as for an invalid query
            self._shown_generation = request.generation
            self.bar.clear_error()
            self.results_shown.emit(None)
            self._resort_shown(request)
            return
        self._blind_to = self.session.tasks.writes_submitted
        query, sort = request.query, request.sort
        self.session.search(
            lambda archive: archive.search_window(
                query, sort=sort, first=FIRST_ROWS, snippets=False
            ),
            lambda result: self._show(request, result),
            lambda error: self._failed(request, error),
        )

    def _resort_shown(self, request: SearchRequest) -> None:
        """The bar's text cannot run (invalid, unfinished) but the sort changed: the list
        it keeps showing is sorted anew, so the box, the header and the rows agree."""
        resorted = (request.sort, request.order) != self._shown_sort
        # never for the rows' own query: were it to fail too, this would ask again forever
        if self.mode == "search" and resorted and request.query != self.model.query:
            self.run_now(self.view.current_id(), query=self.model.query)

    def _write_ended(self, number: int) -> None:
        """A write the current search may have run before (tagging, then typing ``tag:…``
        at once) has committed: search again, so the list never shows the archive as it
        was before a change the user made first."""
        if number <= self._blind_to and self.mode == "search" and self.session.ready:
            self.refresh()

    def refresh(self) -> None:
        """Re-run the current list after a change, keeping the current article selected."""
        if self.mode == "search":
            self.run_now(keep_id=self.view.current_id())
        else:
            self.model.refresh_ids(self.model.ids)

    def _show(self, request: SearchRequest, result: SearchResult) -> None:
        if request.generation != self._generation:
            return  # a newer request was made (typing, a click, a sort): stale
        generation, keep_id = request.generation, request.keep_id
        self._set_mode("search")
        if request.query == self.bar.text():
            self.bar.clear_error()
        self._shown_sort = (request.sort, request.order)
        ids = result.ids
        order = request.order
        if order is not None and order != NATURAL_ORDER.get(request.sort, order):
            ids = list(reversed(ids))  # Z→A by source or title (dates sort both ways themselves)
        self.model.set_result(ids, result.query, result.hits)
        self._last = result
        plural = "clipping" if result.total == 1 else "clippings"
        self.view.set_summary(f"<b>{result.total:,}</b> {plural}  ·  {result.took_ms:.0f} ms")
        self._set_suggestion(None)
        if result.total == 0:
            self.view.set_empty(
                "No clippings match",
                "Check the spelling, use fewer words, or end a word with * to match its variants.",
            )
        else:
            self.view.set_empty(None)
        if wants_suggestion(result.query, result.total):
            self._ask_suggestion(generation, result.query, result.total)
        if self.model.rowCount() and (keep_id is None or not self.view.select_id(keep_id)):
            self.view.select_row(0)
        self.facets_changed.emit(result.facets)
        self.view.hide_empty_columns(result.facets.get("missing", {}), result.total)
        self._shown_generation = generation
        self.results_shown.emit(result)
        self._ask_snippets(generation, result)
        if self.warm is False:
            self.warm = None  # on its way
            self._warm_up()

    def _ask_snippets(self, generation: int, result: SearchResult) -> None:
        """The rows came with their opening words; the passages with the query's words
        marked follow, so marking them never delays the rows."""
        if not result.query.strip() or not result.hits:
            self.snippets_shown.emit()
            return
        ids, query = [h.id for h in result.hits], result.query
        self.session.read(
            lambda archive: archive.hits(ids, query),
            lambda hits: self._snippets_arrived(generation, hits),
            lambda _error: None,  # the rows stay as they are: nothing the user must act on
            label="",
        )

    def _snippets_arrived(self, generation: int, hits: list) -> None:
        if generation == self._generation:
            self.model.update_hits(hits)
            self.snippets_shown.emit()

    # -- did you mean ---------------------------------------------------------------------------

    def _ask_suggestion(self, generation: int, query: str, found: int) -> None:
        self.session.read(
            lambda archive: archive.suggest(query, found=found),
            lambda suggestion: self._suggested(generation, query, suggestion),
            lambda _error: None,  # no suggestion is no loss
        )

    def _suggested(self, generation: int, query: str, suggestion: str | None) -> None:
        if generation != self._generation or self.mode != "search":
            return  # the user typed on, or the list changed: stale
        if suggestion and suggestion.strip() != query.strip():
            self._set_suggestion(suggestion)

    def _set_suggestion(self, suggestion: str | None) -> None:
        if suggestion != self.suggestion:
            self.suggestion = suggestion
            self.view.set_suggestion(suggestion)
            self.suggestion_changed.emit(suggestion or "")

    def use_suggestion(self) -> None:
        """Ctrl+D (or a click on the link): search for the corrected query."""
        if self.suggestion:
            self.set_query(self.suggestion)

    def _failed(self, request: SearchRequest, error: BaseException) -> None:
        if request.generation != self._generation:
            return
        self._shown_generation = request.generation
        if isinstance(error, QueryError):
            self.bar.show_error(str(error))  # the last good result stays in the table
            self.results_shown.emit(None)
            self._resort_shown(request)
            return
        self.session.tasks.report(error)

    @property
    def idle(self) -> bool:
        """No search waiting or running (tests and the benchmark wait for this)."""
        return not self._timer.isActive() and self._shown_generation == self._generation

    def refresh_facets(self) -> None:
        """After an import, tagging or editing: new counts for the sidebar, same rows and
        selection. While the table shows another list (just imported, the trash) they are
        the bar's query's counts, which a facet click narrows."""
        if not self.session.ready:
            return
        query = self.model.query if self.mode == "search" else self.bar.text()
        generation = self._generation

        def counted(result: SearchResult) -> None:
            if generation == self._generation:
                self.facets_changed.emit(result.facets)
                if self.mode == "search":  # an edit may have given the first a date
                    self.view.hide_empty_columns(result.facets.get("missing", {}), result.total)

        self.session.read(
            lambda archive: archive.search(query, limit=1, snippets=False),
            counted,
            lambda _error: None,
        )

    # -- sorting -------------------------------------------------------------------------------

    def set_sort(self, key: str) -> None:
        """The sort box: a key of ``SORTS`` ("date" newest first, "oldest" oldest first)."""
        self.restore_sort(key, None)
        self.run_now(keep_id=self.view.current_id())

    def restore_sort(self, key: str, order: Qt.SortOrder | None) -> None:
        """Take a sort without searching (at start-up, from the settings): the key, the
        direction a header click chose for source or title (``None``: A→Z), and show both,
        the box with its arrow and the header's indicator."""
        if key not in SORTS:
            key, order = "relevance", None
        if key in ("relevance", "date", "oldest"):
            order = None
        self.sort, self.order = key, order
        self._show_sort()

    def toggle_date_sort(self) -> None:
        """Ctrl+Shift+D: by date, newest first, then oldest first, and back."""
        self.set_sort("oldest" if self.sort == "date" else "date")

    def _show_sort(self) -> None:
        header = self.view.table.horizontalHeader()
        column, order = -1, Qt.SortOrder.AscendingOrder
        if self.sort in ("date", "oldest"):
            column = DATE_COLUMN
            order = (
                Qt.SortOrder.DescendingOrder if self.sort == "date" else Qt.SortOrder.AscendingOrder
            )
        elif self.sort in NATURAL_ORDER:
            column = SORT_COLUMNS[self.sort]
            order = self.order if self.order is not None else NATURAL_ORDER[self.sort]
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()
        self.view.set_sort(self.sort, descending=order == Qt.SortOrder.DescendingOrder)

    def _header_sort(self, key: str, order: Qt.SortOrder) -> None:
        if key == "date":  # the header's date column: the archive sorts either way
            key = "date" if order == Qt.SortOrder.DescendingOrder else "oldest"
        if self.mode != "search":
            self._show_sort()  # a fixed list keeps its order: the arrow goes back
            return
        self.restore_sort(key, order)
        self.run_now(keep_id=self.view.current_id())

    # -- other lists ---------------------------------------------------------------------------

    def show_ids(self, ids: Sequence[int], summary: str, mode: str = "list") -> None:
        """Show a fixed list (new imports, similar articles, the trash) instead of a search."""
        self._generation += 1
        self._shown_generation = self._generation
        self._timer.stop()
        self._set_mode(mode)
        self._set_suggestion(None)
        self.model.set_result(list(ids), "")
        self.view.hide_empty_columns({}, 0)
        self.view.set_summary(summary)
        if ids:
            self.view.set_empty(None)
        elif mode == "trash":
            self.view.set_empty(
                "The trash is empty", "Clippings you delete wait here until you empty the trash."
            )
        else:
            self.view.set_empty("Nothing to show", "")
        if ids:
            self.view.select_row(0)
        self.results_shown.emit(None)

    def _set_mode(self, mode: str) -> None:
        """A fixed list (the trash, new imports) is not sorted by the search's sort: the
        box and the header arrow step back there, so they never claim an order the rows
        do not have (the Date header showed an arrow over the trash's own order)."""
        if mode != self.mode:
            self.mode = mode
            self.view.set_sortable(mode == "search")
            self.mode_changed.emit(mode)

    # -- focus ---------------------------------------------------------------------------------

    def focus(self) -> None:
        self.bar.focus()

    def focus_results(self) -> None:
        table = self.view.table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.currentIndex().isValid():
            self.view.select_row(0)

    def set_query(self, text: str) -> None:
        """Put a query in the bar (facet clicks, saved searches) and run it at once."""
        self.bar.edit.setText(text)
        self.bar.remember(text)
        self.run_now()

    # -- completion ----------------------------------------------------------------------------

    def refresh_vocabulary(self) -> None:
        if not self.session.ready:
            return

        def collect(archive):
            facets = archive.search("", limit=1, snippets=False).facets
            return [t.name for t in archive.tags()], facets, archive.source_names()

        self.session.read(collect, self._set_vocabulary)

    def _set_vocabulary(self, found) -> None:
        tags, facets, sources = found
        self.bar.set_vocabulary(
            FIELDS.keys(),
            {
                "tag": tags,
                "source": sources,
                "lang": sorted(facets.get("languages", {})),
            },
        )
