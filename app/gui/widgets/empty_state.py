"""A friendly empty state: an icon, a headline and a hint — never an empty grey area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.gui.resources import icon


class EmptyState(QWidget):
    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel(self)
        self.picture.setPixmap(icon(icon_name).pixmap(56, 56, mode=icon(icon_name).Mode.Disabled))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title, self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text, self)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.picture)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(3)

    def set_text(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
