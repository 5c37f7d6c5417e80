"""Follows the current result: loads the article, its highlights and the other copies of its
story (near-duplicates, for "Also reported by") in the background.

Each load is numbered; only the newest one's answer is shown (and one superseded before it
started does no work), so a late answer for an earlier row never replaces a later one."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from app.gui.models.results import IdRole, ResultsModel, default_tag_color
from app.gui.session import Session
from app.gui.widgets.reader import LOADING, ReaderView, long_date
from app.gui.widgets.results_view import ResultsView
from app.model import Article

FOLLOW_MS = 40  # holding ↓ must not load every article it passes


class ReaderController(QObject):
    #: the reader shows this article (tests wait on it)
    shown = Signal(int)
    more_like = Signal(list, str)

    def __init__(
        self,
        session: Session,
        results: ResultsView,
        model: ResultsModel,
        reader: ReaderView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.results = results
        self.model = model
        self.reader = reader
        self.windows: list = []
        self._wanted: int | None = None
        self._request = 0  # the newest load; answers to older ones are dropped
        self._timer = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._timer.timeout.connect(self._load_wanted)
        results.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._model_reset)
        results.table.activated_row.connect(lambda _row: self.focus())
        results.table.doubleClicked.connect(lambda _index: self.open_window())
        session.changed.connect(self._articles_changed)
        reader.related_chosen.connect(self.open_related)

    @property
    def article_id(self) -> int | None:
        return self.reader.article.id if self.reader.article else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(IdRole) if current.isValid() else None
        self._request += 1  # what is on its way is for another row now
        if article_id is None:
            self._wanted = None
            self.reader.clear()
            return
        self._wanted = article_id
        if article_id != self.article_id:
            self._show_pending(current.row())
        self._timer.start()

    def _show_pending(self, row: int) -> None:
        """The row's title, source and date at once (from the results model), the body
        "Loading…": the previous article must not stand beside the new row."""
        hit = self.model.hit(row)
        if hit is None:
            self.reader.show_pending(LOADING, "")
            return
        date = long_date(hit.published) if hit.published else ""
        meta = "  ·  ".join(p for p in (hit.source, date, hit.language.upper()) if p)
        self.reader.show_pending(hit.title, meta, self.tag_html(hit.tags))

    def _model_reset(self) -> None:
        if self.model.rowCount() == 0:
            self._request += 1
            self._wanted = None
            self.reader.clear()

    def _articles_changed(self, ids: list, kind: str) -> None:
        shown = self._wanted if self._wanted is not None else self.article_id
        if shown in ids and kind != "deleted":
            self.load(shown)

    def _load_wanted(self) -> None:
        if self._wanted is not None:
            self.load(self._wanted)

    def load(self, article_id: int) -> None:
        if not self.session.ready:
            return
        query = self.model.query
        self._request += 1
        request = self._request

        def fetch(archive):
            if request != self._request:
                return None  # superseded while it waited: another row is current
            article = archive.get(article_id)
            related = archive.get_many_plain(article.cluster) if article.cluster else []
            related.sort(key=lambda a: (a.published is None, a.published or 0, a.id))
            return article, archive.highlight(article_id, query), related

        self.session.read_now(fetch, lambda found: self._show(request, article_id, found))

    def _show(
        self, request: int, article_id: int, found: tuple[Article, dict, list[Article]] | None
    ) -> None:
        if request != self._request or found is None:
            return  # the selection moved on
        article, highlighted, related = found
        self.reader.show_article(article, highlighted, self.tag_html(article.tags))
        self.reader.set_related(related)
        self.shown.emit(article_id)

    def open_related(self, article_id: int) -> None:
        """Another copy of the story: select it when it is in the list, else read it here."""
        if self.results.select_id(article_id):
            return
        self._timer.stop()
        self._wanted = article_id
        self.load(article_id)

    def tag_html(self, tags: list[str]) -> str:
        """The tag line: chips in the Tags column's order (the user's own tags first,
        ``ResultsModel.ordered_tags``), not the store's alphabetical one."""
        chips = []
        for name in self.model.ordered_tags(tags):
            color = self.model.tag_color(name) or default_tag_color(name)
            chips.append(
                f"<span style='background-color:{color}; color:#1f1f1f'>&nbsp;"
                f"{html.escape(name)}&nbsp;</span>"
            )
        return "&nbsp; ".join(chips)

    # -- actions ----------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        return not self._timer.isActive()

    def focus(self) -> None:
        """Enter: read the current article (focus the body so keys scroll it)."""
        if self._timer.isActive():
            self._timer.stop()
            self._load_wanted()
        if self._wanted is not None:
            self.reader.stack.setCurrentIndex(1)
        self.reader.body.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_hit(self) -> None:
        self.reader.next_hit(1)

    def previous_hit(self) -> None:
        self.reader.next_hit(-1)

    def more_like_this(self) -> None:
        article = self.reader.article
        if article is None or not self.session.ready:
            return
        title = article.title
        self.session.read(
            lambda archive: archive.more_like_this(article.id, 50),
            lambda ids: self.more_like.emit(ids, f"Similar to “{title}”"),
            label="Finding similar articles",
        )

    def open_original(self) -> None:
        article_id = self.article_id
        if article_id is None:
            return
        self.session.read(
            lambda archive: _write_temp(*archive.original(article_id)),
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            label="Opening the original",
        )

    def open_window(self) -> None:
        """Ctrl+Enter: the current article in a window of its own."""
        from app.gui.widgets.article_window import ArticleWindow

        article = self.reader.article
        if article is None:
            return
        window = ArticleWindow(self.reader.window())
        window.reader.show_article(article, _plain(article), self.tag_html(article.tags))
        window.show()
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self.windows.remove(window))


def _plain(article: Article) -> dict[str, str]:
    return {f: html.escape(getattr(article, f)) for f in ("title", "lead", "body")}


def _write_temp(name: str, data: bytes) -> Path:
    folder = Path(tempfile.gettempdir()) / "clippings-originals"
    folder.mkdir(exist_ok=True)
    path = folder / Path(name).name
    path.write_bytes(data)
    return path
