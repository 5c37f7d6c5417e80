"""The first-run view on an empty archive: import, or load the sample clippings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui.resources import icon


class WelcomeView(QWidget):
    import_files = Signal()
    import_folder = Signal()
    load_samples = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        logo = QLabel(self)
        logo.setPixmap(icon("clippings").pixmap(88, 88))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Welcome to Clippings", self)
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "Your archive is empty. Import press clippings — text, HTML, e-mail, PDF or Word "
            "files, or whole folders — and search them in any language within milliseconds.",
            self,
        )
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # a wrapped label in a centred layout shrinks to its narrowest hint: give it a width
        # (and its height: an aligned item in a box layout ignores height-for-width)
        text.ensurePolished()  # the style sheet's larger font first
        text.setFixedWidth(min(560, max(380, text.fontMetrics().averageCharWidth() * 72)))
        text.setMinimumHeight(text.heightForWidth(text.width()) + 4)

        self.files_button = QPushButton(icon("import"), "  Import Files…", self)
        self.files_button.setObjectName("primaryButton")
        self.folder_button = QPushButton(icon("folder"), "  Import a Folder…", self)
        self.samples_button = QPushButton(icon("sample"), "  Load Sample Clippings", self)
        for button in (self.files_button, self.folder_button, self.samples_button):
            button.setMinimumHeight(36)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.files_button.setDefault(True)
        self.files_button.clicked.connect(self.import_files)
        self.folder_button.clicked.connect(self.import_folder)
        self.samples_button.clicked.connect(self.load_samples)
        hint = QLabel("You can also drop files here, or paste text with Ctrl+V.", self)
        hint.setObjectName("dimLabel")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.files_button, self.folder_button, self.samples_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addSpacing(12)
        layout.addWidget(title)
        layout.addSpacing(4)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(3)

    def set_samples_available(self, available: bool) -> None:
        self.samples_button.setEnabled(available)
        self.samples_button.setToolTip(
            "" if available else "The sample clippings are not installed"
        )
