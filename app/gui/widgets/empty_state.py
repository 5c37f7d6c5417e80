"""A friendly empty state: an icon, a headline and a hint — never an empty grey area.

An optional link line under the hint ("Did you mean: …") reports clicks through
``link_activated``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.gui.resources import icon


class EmptyState(QWidget):
    link_activated = Signal(str)

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel(self)
        self.picture.setPixmap(icon(icon_name).pixmap(56, 56, mode=icon(icon_name).Mode.Disabled))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title, self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = QLabel(text, self)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.link = QLabel("", self)
        self.link.setObjectName("emptyLink")
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.link.linkActivated.connect(self.link_activated)
        self.link.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addStretch(2)
        layout.addWidget(self.picture)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(6)
        layout.addWidget(self.link)
        layout.addStretch(3)

    def set_text(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)

    def set_link(self, html: str) -> None:
        """Rich text with ``<a href>`` links under the hint; ``""`` hides the line."""
        self.link.setText(html)
        self.link.setVisible(bool(html))
