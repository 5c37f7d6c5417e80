"""Status bar: transient messages left; background work and the article count right.

A running task's progress ("Importing 120 of 400") goes into the permanent busy area on
the right, never the message area: there it would replace, ten times a second, a refusal
("An import is already running") before anyone could read it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

#: how long "Show in folder" stays after a file was written
OFFER_MS = 30_000


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.busy = QLabel("", self)
        self.busy.setObjectName("busyLabel")
        self.spinner = QProgressBar(self)
        self.spinner.setRange(0, 0)  # indeterminate
        self.spinner.setMaximumWidth(70)
        self.spinner.setMaximumHeight(10)
        self.spinner.setTextVisible(False)
        self.spinner.hide()
        self.count = QLabel("Opening archive…", self)
        self.count.setObjectName("countLabel")
        self.folder_link = QLabel("", self)
        self.folder_link.setObjectName("openFolderLink")
        self.folder_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.folder_link.linkActivated.connect(self._open_folder)
        self.folder_link.hide()
        self._offer_timer = QTimer(self, singleShot=True, interval=OFFER_MS)
        self._offer_timer.timeout.connect(self.folder_link.hide)
        self.addPermanentWidget(self.folder_link)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.spinner)
        self.addPermanentWidget(self.count)
        self._labels = ""
        self._progress: dict[str, tuple[int, int]] = {}  # task label -> (done, total)
        self._texts: dict[str, str] = {}  # task label -> its progress in words

    def offer_folder(self, written: Path) -> None:
        """A file was written: a "Show in folder" link beside the message saying where."""
        folder = str(Path(written).parent)
        url = QUrl.fromLocalFile(folder).toString()
        self.folder_link.setText(f"<a href='{url}'>Show in folder</a>")
        self.folder_link.setToolTip(folder)
        self.folder_link.show()
        self._offer_timer.start()

    def _open_folder(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
        self.folder_link.hide()

    def set_busy(self, text: str) -> None:
        """The labels of the running tasks, joined with " · " ("" when idle)."""
        self._labels = text
        running = set(text.split(" · ")) if text else set()
        self._progress = {k: v for k, v in self._progress.items() if k in running}
        self._texts = {k: v for k, v in self._texts.items() if k in running}
        self._show_busy()
        self.spinner.setVisible(bool(text))
        if not text:
            self.spinner.setRange(0, 0)  # the next task starts indeterminate again

    def set_task_progress(self, label: str, done: int, total: int) -> None:
        """How far the running task ``label`` is: its count beside its label, and the bar."""
        if label not in self._labels.split(" · "):
            return  # it ended before this poll arrived
        self._progress[label] = (done, total)
        self._show_busy()
        self.set_progress(done, total)

    def set_task_text(self, label: str, text: str) -> None:
        """The running task's progress in words ("file 15 of 53 · 640 articles")."""
        if label in self._labels.split(" · "):
            self._texts[label] = text
            self._show_busy()

    def _show_busy(self) -> None:
        parts = []
        for label in self._labels.split(" · ") if self._labels else ():
            done, total = self._progress.get(label, (0, 0))
            if label in self._texts:
                parts.append(f"{label} {self._texts[label]}")
            else:
                parts.append(f"{label} {done:,} of {total:,}" if total else label)
        self.busy.setText(" · ".join(parts))

    def set_progress(self, done: int, total: int) -> None:
        """A determinate bar for work that reports how far it is (an index rebuild)."""
        self.spinner.setRange(0, max(total, 1))
        self.spinner.setValue(min(done, max(total, 1)))
        self.spinner.show()

    def set_count(self, count: int) -> None:
        self.count.setText(f"{count:,} clipping{'s' if count != 1 else ''} in the archive")

    def set_count_text(self, text: str) -> None:
        self.count.setText(text)
