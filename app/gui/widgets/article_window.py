"""One article in a window of its own (Ctrl+Enter), for reading two side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from app.gui.widgets.reader import ReaderView


class ArticleWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reader = ReaderView(self)
        self.reader.notes.setReadOnly(True)
        self.setCentralWidget(self.reader)
        self.resize(760, 820)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("F3"), self, lambda: self.reader.next_hit(1))
        QShortcut(QKeySequence("Shift+F3"), self, lambda: self.reader.next_hit(-1))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.reader.article is not None:
            self.setWindowTitle(f"{self.reader.article.title} — Clippings")
