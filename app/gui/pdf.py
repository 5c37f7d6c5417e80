"""Press reviews as PDF: Qt lays out the review's HTML with the system's fonts.

Qt's text engine shapes every script the fonts cover (Latin, Cyrillic …), which no
pure-Python PDF library does without shipping fonts of its own.

Qt's text layout starts timers, which need a thread with a Qt event dispatcher: on a
plain Python worker thread (the GUI's task manager) the rendering runs on a short-lived
``QThread`` while the worker waits for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractEventDispatcher, QMarginsF, QObject, QSizeF, QThread, Slot
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.export.data import write_atomically
from app.export.labels import DEFAULT, label
from app.export.review import press_review_html
from app.model import Article, ClippingsError


def _ensure_app() -> None:
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # kept alive for the process


def write_pdf(
    articles: Sequence[Article], path: Path, *, title: str = "", language: str = DEFAULT
) -> None:
    """Render the press review to an A4 PDF at ``path`` (written atomically), its own
    words in ``language``."""
    _ensure_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        _on_qt_thread(lambda: _render(articles, partial, title, language))
        if not partial.exists():
            raise ClippingsError(f"cannot write {path}")
        write_atomically(path, partial.read_bytes())
    finally:
        partial.unlink(missing_ok=True)


def _render(articles: Sequence[Article], target: Path, title: str, language: str) -> None:
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
    document = QTextDocument()
    document.setHtml(press_review_html(articles, title=title, language=language))
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # finishes the file


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
