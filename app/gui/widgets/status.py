"""Status bar: transient messages left; background work and the article count right."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget


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
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.spinner)
        self.addPermanentWidget(self.count)

    def set_busy(self, text: str) -> None:
        self.busy.setText(text)
        self.spinner.setVisible(bool(text))
        if not text:
            self.spinner.setRange(0, 0)  # the next task starts indeterminate again

    def set_progress(self, done: int, total: int) -> None:
        """A determinate bar for work that reports how far it is (an index rebuild)."""
        self.spinner.setRange(0, max(total, 1))
        self.spinner.setValue(min(done, max(total, 1)))
        self.spinner.show()

    def set_count(self, count: int) -> None:
        self.count.setText(f"{count:,} clipping{'s' if count != 1 else ''} in the archive")

    def set_count_text(self, text: str) -> None:
        self.count.setText(text)
