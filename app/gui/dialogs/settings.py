"""Settings: archive location and default language (the theme follows the system)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Config
from app.gui.dialogs import file_dialogs


class SettingsDialog(QDialog):
    def __init__(self, config: Config, current_archive: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.config = config
        self.archive = QLineEdit(config.archive or current_archive, self)
        self.folder_dialog: QWidget | None = None
        browse = QPushButton("Choose…", self)
        browse.setObjectName("chooseArchive")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.archive, 1)
        row.addWidget(browse)
        self.language = QLineEdit(config.default_language, self)
        self.language.setPlaceholderText("de, en, ru … (empty: detect only)")
        self.language.setMaxLength(2)
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        note = QLabel(
            "A new archive location takes effect the next time Clippings starts. "
            "Colours follow the system theme.",
            self,
        )
        note.setObjectName("dimLabel")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Archive folder", row)
        form.addRow("Default language", self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.language.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        """Choose…: a folder dialog opened without a nested loop (see file_dialogs)."""
        self.folder_dialog = file_dialogs.ask_folder(
            self, "Archive Folder", self.archive.setText, self.archive.text()
        )

    def _validate(self) -> None:
        text = self.language.text().strip()
        bad = bool(text) and (len(text) != 2 or not text.isalpha())
        self.error.setText("Two letters, such as de." if bad else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not bad)

    def result_config(self) -> Config:
        return Config(
            near_duplicate_threshold=self.config.near_duplicate_threshold,
            default_language=self.language.text().strip().lower(),
            archive=self.archive.text().strip(),
            index_batch=self.config.index_batch,
        )
