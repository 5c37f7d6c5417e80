"""The reader: metadata header, the body with the query's terms marked, hit navigation, notes.

The header also lists the story's other copies ("Also reported by: AFP, 3 March 2025") as
links; a click reports the article id through ``related_chosen``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.gui.widgets.empty_state import EmptyState
from app.model import Article

MARK = "#f6d55c"
CURRENT_MARK = "#f29d38"
MEASURE = 720  # widest text column in pixels: ~75 characters a line
LOADING = "Loading…"
#: the toolbar row's margins (8 + 8) and the gap between toolbar and match count
HIT_BAR_MARGINS = 20


class LinkLine(QLabel):
    """The article's address on one line, elided in the middle to the reader's width: a
    long address must not hold the pane (and so the window) wider than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.url = ""
        self.setOpenExternalLinks(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_url(self, url: str) -> None:
        self.url = url
        self.setToolTip(url)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self.url, Qt.TextElideMode.ElideMiddle, self.width())
        href = html.escape(self.url, quote=True)
        self.setText(f"<a href='{href}'>{html.escape(shown)}</a>" if self.url else "")


def marked_html(text: str) -> str:
    """HTML-escaped text with <b> marks → the marks as highlighted spans."""
    marked = text.replace("<b>", f"<span style='background-color:{MARK}; color:#1a1a1a'>")
    return marked.replace("</b>", "</span>")


def body_html(highlighted: dict[str, str]) -> str:
    """The lead and body (HTML-escaped, with <b> marks) as paragraphs with marked terms."""

    def paragraphs(text: str, css_class: str) -> str:
        marked = marked_html(text)
        parts = [p.strip() for p in marked.split("\n") if p.strip()]
        return "".join(f"<p class='{css_class}'>{p}</p>" for p in parts)

    css = "p { margin-top: 0; margin-bottom: 12px; line-height: 150%; }p.lead { font-weight: 600; }"
    return (
        f"<html><head><style>{css}</style></head><body>"
        + paragraphs(highlighted.get("lead", ""), "lead")
        + paragraphs(highlighted.get("body", ""), "body")
        + "</body></html>"
    )


def short_date(article: Article) -> str:
    return article.published.strftime("%-d %b %Y") if article.published else ""


def related_html(related: Sequence[Article]) -> str:
    """``Also reported by: <a>Reuters, 3 Nov 2025</a> · <a>AFP, 4 Nov 2025</a>``."""
    links = []
    for other in related:
        label = ", ".join(p for p in (other.source, short_date(other)) if p)
        label = label or (other.title[:40] + ("…" if len(other.title) > 40 else ""))
        links.append(
            f"<a href='article:{other.id}' title='{html.escape(other.title, True)}'>"
            f"{html.escape(label)}</a>"
        )
    if not links:
        return ""
    return "Also reported by: " + " &nbsp;·&nbsp; ".join(links)


def long_date(moment: datetime) -> str:
    """ "3 March 2025, 14:05" (no time when it is midnight: a day without an hour)."""
    return moment.strftime("%-d %B %Y, %H:%M").replace(", 00:00", "")


def meta_line(article: Article) -> str:
    parts = []
    if article.source:
        parts.append(article.source)
    if article.published:
        parts.append(long_date(article.published))
    if article.dateline:
        parts.append(article.dateline)
    if article.section:
        parts.append(article.section)
    if article.author:
        parts.append(f"by {article.author}")
    if article.language:
        parts.append(article.language.upper())
    return "  ·  ".join(parts)


class BodyBrowser(QTextBrowser):
    """Keeps a readable measure by widening the side margins on wide panes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = max(24, (self.width() - MEASURE) // 2)
        self.setViewportMargins(side - 24, 0, side - 24, 0)


class ReaderView(QWidget):
    """Shows one article; emits the notes when the user stops typing."""

    notes_edited = Signal(int, str)
    #: a link to another copy of the story was clicked: its article id
    related_chosen = Signal(int)
    hit_moved = Signal(int, int)  # current (1-based), count
    #: Esc in the body or the notes: back to the list (the shortcut sheet promised it; the
    #: key did nothing and the analyst had to click the list)
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.article: Article | None = None
        self._hits: list[tuple[int, int]] = []
        self._hit = -1
        self._hit_texts = ("", "")

        self.stack = QStackedWidget(self)
        self.empty = EmptyState(
            "reader",
            "Nothing selected",
            "Pick a clipping in the list — ↑ and ↓ move, Enter reads.",
            self,
        )
        page = QWidget(self)
        self.toolbar = QToolBar(page)
        self.toolbar.setObjectName("readerToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.hit_label = QLabel("", page)
        self.hit_label.setObjectName("dimLabel")

        header = QFrame(page)
        header.setObjectName("readerHeader")
        self.title = QLabel("", header)
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        # Always rich text: the title arrives HTML-escaped, and a plain-looking one ("'Parasite'"
        # escaped to "&#x27;Parasite&#x27;") would otherwise be shown with its entities.
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel("", header)
        self.meta.setObjectName("readerMeta")
        self.meta.setWordWrap(True)
        self.tags = QLabel("", header)
        self.tags.setObjectName("readerTags")
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.setWordWrap(True)  # many tags wrap instead of widening the pane
        self.link = LinkLine(header)
        self.link.setObjectName("readerLink")
        self.related = QLabel("", header)
        self.related.setObjectName("readerRelated")
        self.related.setWordWrap(True)
        self.related.setTextFormat(Qt.TextFormat.RichText)
        self.related.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.related.linkActivated.connect(self._related_link)
        self.related.hide()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 18, 24, 10)
        header_layout.setSpacing(6)
        for widget in (self.title, self.meta, self.tags, self.related, self.link):
            header_layout.addWidget(widget)

        self.body = BodyBrowser(page)
        self.body.setObjectName("readerBody")
        self.body.setOpenExternalLinks(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        font = QFont()
        font.setFamilies(["Source Serif 4", "Noto Serif", "DejaVu Serif", "Georgia", "serif"])
        font.setPointSizeF(max(11.0, QFont().pointSizeF() + 1.5))
        self.body.document().setDefaultFont(font)
        self.body.document().setDocumentMargin(24)

        self.notes = QPlainTextEdit(page)
        self.notes.setObjectName("readerNotes")
        self.notes.setPlaceholderText("Notes on this clipping — saved as you type")
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab goes on (to the search bar, the sidebar)
        self._notes_timer = QTimer(self, singleShot=True, interval=800)
        self._notes_timer.timeout.connect(self._emit_notes)
        self.notes.textChanged.connect(self._notes_changed)

        bar = QHBoxLayout()
        # at 1024 px the reader is 320 wide: with the style's 24 px icons and 12 px margins
        # its last action went behind the toolbar's "»", glued to the match count
        self.toolbar.setIconSize(QSize(20, 20))  # as the main toolbar
        bar.setContentsMargins(8, 2, 8, 0)
        bar.setSpacing(HIT_BAR_MARGINS - 16)
        bar.addWidget(self.toolbar, 1)
        bar.addWidget(self.hit_label)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(header)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.notes)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._loading_notes = False
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._leave)

    # -- contents ----------------------------------------------------------------------

    def show_article(
        self, article: Article, highlighted: dict[str, str], tag_html: str = ""
    ) -> None:
        same = self.article is not None and self.article.id == article.id
        self.article = article
        self.stack.setCurrentIndex(1)
        title = highlighted.get("title") or html.escape(article.title)
        self.title.setText(marked_html(title))  # the query's words in the title too
        self.meta.setText(meta_line(article))
        self.tags.setText(tag_html)
        self.tags.setVisible(bool(tag_html))
        self.link.set_url(article.url)
        self.link.setVisible(bool(article.url))
        if not same:
            self.set_related(())
        position = self.body.verticalScrollBar().value() if same else 0
        self.body.setHtml(body_html(highlighted))
        self.body.verticalScrollBar().setValue(position)
        self._collect_hits()
        if not same or not self.notes.hasFocus():
            self._loading_notes = True
            self.notes.setPlainText(article.notes)
            self._loading_notes = False
        self.notes.setReadOnly(False)

    def show_pending(self, title: str, meta: str, tag_html: str = "") -> None:
        """What the results list already knows of the row just chosen, with the body
        "Loading…", until its article arrives: the reader never shows another article
        than the highlighted row (the load takes 40 ms and more)."""
        self._flush_notes()
        self.article = None
        self.stack.setCurrentIndex(1)
        self.title.setText(html.escape(title))
        self.meta.setText(meta)
        self.tags.setText(tag_html)
        self.tags.setVisible(bool(tag_html))
        self.link.set_url("")
        self.link.hide()
        self.set_related(())
        self.body.setExtraSelections([])
        self.body.setHtml(f"<p style='color:gray'>{LOADING}</p>")
        self._collect_hits()
        self._loading_notes = True
        self.notes.setPlainText("")
        self._loading_notes = False
        # until the article is in: a note typed now had no article and was lost
        self.notes.setReadOnly(True)

    def set_related(self, related: Sequence[Article]) -> None:
        """The story's other copies (near-duplicates) as links in the header."""
        text = related_html(related)
        self.related.setText(text)
        self.related.setVisible(bool(text))

    def _related_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "article" and value.isdigit():
            self.related_chosen.emit(int(value))

    def clear(self) -> None:
        self._flush_notes()
        self.article = None
        self._hits, self._hit = [], -1
        self._show_hit_label()  # no article, no "match 2 of 5"
        self.stack.setCurrentIndex(0)

    def _leave(self) -> None:
        self._flush_notes()  # a note typed just now is saved, not left to its timer
        self.leave.emit()

    def set_empty_text(self, title: str, text: str) -> None:
        self.empty.set_text(title, text)

    # -- hit navigation --------------------------------------------------------------------

    def _collect_hits(self) -> None:
        self._hits, self._hit = [], -1
        block = self.body.document().begin()
        mark = QColor(MARK)
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().background().color() == mark:
                    self._hits.append((fragment.position(), fragment.length()))
                it += 1
            block = block.next()
        self._show_hit_label()

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def current_hit(self) -> int:
        return self._hit

    def next_hit(self, step: int = 1) -> None:
        """F3 / Shift+F3: select the next (previous) marked term and scroll to it."""
        if not self._hits:
            return
        self._hit = (self._hit + step) % len(self._hits)
        start, length = self._hits[self._hit]
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextBrowser.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(CURRENT_MARK))
        selection.format = fmt
        self.body.setExtraSelections([selection])
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        self._show_hit_label()

    def _show_hit_label(self) -> None:
        count = len(self._hits)
        if not count:
            full = short = ""
        elif self._hit < 0:
            full, short = f"{count} match{'es' if count != 1 else ''}", f"{count}"
        else:
            full, short = f"match {self._hit + 1} of {count}", f"{self._hit + 1}/{count}"
        self._hit_texts = (full, short)
        self._fit_hit_label()
        self.hit_moved.emit(self._hit + 1, count)

    def _fit_hit_label(self) -> None:
        """ "match 3 of 12" where it fits beside the toolbar, else "3/12": in a narrow
        reader (264 px in an 800 px window) the long form pushed an action behind "»"."""
        full, short = self._hit_texts
        room = self.width() - self.toolbar.sizeHint().width() - HIT_BAR_MARGINS
        fits = self.hit_label.fontMetrics().horizontalAdvance(full) <= room
        self.hit_label.setText(full if fits else short)
        self.hit_label.setToolTip("" if fits else full)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hit_label()

    # -- notes -------------------------------------------------------------------------------

    def _notes_changed(self) -> None:
        if not self._loading_notes:
            self._notes_timer.start()

    def _emit_notes(self) -> None:
        if self.article is not None and self.article.id is not None:
            text = self.notes.toPlainText()
            if text != self.article.notes:
                self.article.notes = text
                self.notes_edited.emit(self.article.id, text)

    def _flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._emit_notes()
