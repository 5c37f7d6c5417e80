"""Press reviews as PDF: Qt lays out the review's HTML with the system's fonts.

Qt's text engine shapes every script the fonts cover (Latin, Cyrillic …), which no
pure-Python PDF library does without shipping fonts of its own.

Qt's text layout starts timers, which need a thread with a Qt event dispatcher: on a
plain Python worker thread (the GUI's task manager) the rendering runs on a short-lived
``QThread`` while the worker waits for it.

A review is laid out twice or more: the contents give each article's page, which only the
layout knows; the pages are then painted one by one with a footer ("Seite 3 von 27"),
and the outline (the viewer's bookmarks, one per article) is added to the written file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
    QThread,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.export.data import write_atomically
from app.export.labels import DEFAULT, label
from app.export.outline import with_outline
from app.export.review import press_review_html
from app.model import Article, ClippingsError

#: the strip under each page's text that holds its number
FOOTER_MM = 8
#: layouts tried until the contents' page numbers stop moving the articles
LAYOUT_PASSES = 4


def _ensure_app() -> None:
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # kept alive for the process


def write_pdf(
    articles: Sequence[Article],
    path: Path,
    *,
    title: str = "",
    language: str = DEFAULT,
    omit_tags: Sequence[str] = (),
) -> None:
    """Render the press review to an A4 PDF at ``path`` (written atomically), its own
    words in ``language``: numbered pages, the contents with each article's page, an
    outline entry per article."""
    _ensure_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pages: dict[int, int] = {}
    try:
        _on_qt_thread(lambda: pages.update(_render(articles, partial, title, language, omit_tags)))
        if not partial.exists():
            raise ClippingsError(f"cannot write {path}")
        outline = [(a.title, pages.get(a.id, 1) - 1) for a in articles]
        write_atomically(path, with_outline(partial.read_bytes(), outline))
    finally:
        partial.unlink(missing_ok=True)


def _render(
    articles: Sequence[Article],
    target: Path,
    title: str,
    language: str,
    omit_tags: Sequence[str],
) -> dict[int, int]:
    """Write the review to ``target``; the page (1-based) each article starts on."""
    title = title or label(language, "press_review")
    writer = QPdfWriter(str(target))
    writer.setTitle(title)
    writer.setCreator("Clippings")
    writer.setResolution(96)  # the document's CSS sizes are screen pixels
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    footer = writer.resolution() * FOOTER_MM / 25.4
    page = QSizeF(writer.width(), writer.height() - footer)
    pages = {a.id: 1 for a in articles}
    for _ in range(LAYOUT_PASSES):
        html = press_review_html(
            articles, title=title, language=language, omit_tags=omit_tags, pages=pages
        )
        document = _laid_out(html, page)
        found = _anchor_pages(document, page.height())
        found = {a.id: found.get(f"a{a.id}", 1) for a in articles}
        if found == pages:
            break
        pages = found
    _paint(document, writer, page, footer, language)
    del writer  # finishes the file
    return pages


#: an element's id, where Qt's PDF engine puts the anchor's destination
_ANCHORED = re.compile(r'(<h2 id="a\d+">)')


def _laid_out(html: str, page: QSizeF) -> QTextDocument:
    """The review laid out on pages of ``page``'s size. Each headline's anchor gets a
    zero-width space to sit on: Qt's PDF engine sets the anchored character as a text run
    of its own, and on the headline's first letter a PDF reader's text ('M eldung') and
    search ('Meldung') missed the word."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setHtml(_ANCHORED.sub("\\1\u200b", html))
    document.setPageSize(page)
    document.pageCount()  # lays the whole document out
    return document


def _anchor_pages(document: QTextDocument, page_height: float) -> dict[str, int]:
    """The page (1-based) each named anchor (an article's headline) is laid out on."""
    layout = document.documentLayout()
    pages: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            names = fragments.fragment().charFormat().anchorNames()
            if names:
                # the first line's place: a headline pushed to the next page keeps its
                # block's top (margin and all) on the page before
                lines = block.layout()
                top = layout.blockBoundingRect(block).top()
                if lines.lineCount():
                    top = lines.position().y() + lines.lineAt(0).y()
                for name in names:
                    pages.setdefault(name, int(top // page_height) + 1)
            fragments += 1
        block = block.next()
    return pages


def _paint(
    document: QTextDocument, writer: QPdfWriter, page: QSizeF, footer: float, language: str
) -> None:
    """Each page's share of the document, its number in the footer strip under it."""
    total = document.pageCount()
    painter = QPainter(writer)
    try:
        for number in range(1, total + 1):
            if number > 1:
                writer.newPage()
            top = (number - 1) * page.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
            painter.setFont(QFont("DejaVu Sans", 8))
            painter.setPen(QColor("#6e6e73"))
            painter.drawText(
                QRectF(0, page.height(), page.width(), footer),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                label(language, "page_of", n=number, total=total),
            )
    finally:
        painter.end()


class _Job(QObject):
    def __init__(self, fn: Callable[[], None], home: QThread) -> None:
        super().__init__()
        self.fn = fn
        self.home = home
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.fn()
        except BaseException as exc:  # re-raised on the calling thread
            self.error = exc
        finally:
            self.moveToThread(self.home)  # deleted where it was made
            QThread.currentThread().quit()


def _on_qt_thread(fn: Callable[[], None]) -> None:
    """Run ``fn`` here if this thread has a Qt event dispatcher, else on a QThread."""
    if QAbstractEventDispatcher.instance() is not None:
        fn()
        return
    thread = QThread()
    thread.setObjectName("clippings-pdf")
    job = _Job(fn, QThread.currentThread())
    job.moveToThread(thread)
    thread.started.connect(job.run)
    thread.start()
    thread.wait()
    if job.error is not None:
        raise job.error
