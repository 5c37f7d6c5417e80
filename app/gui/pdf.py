"""Press reviews as PDF: Qt lays out the review's HTML with the system's fonts.

Qt's text engine shapes every script the fonts cover (Latin, Cyrillic …), which no
pure-Python PDF library does without shipping fonts of its own.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.export.data import write_atomically
from app.export.review import press_review_html
from app.model import Article


def _ensure_app() -> None:
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # kept alive for the process


def write_pdf(articles: Sequence[Article], path: Path, *, title: str = "Press review") -> None:
    """Render the press review to an A4 PDF at ``path`` (written atomically)."""
    _ensure_app()
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
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
    document.setHtml(press_review_html(articles, title=title))
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # finishes the file
    try:
        write_atomically(path, partial.read_bytes())
    finally:
        partial.unlink(missing_ok=True)
