"""Status bar: transient messages left; background work and the article count right.

A running task's progress ("Importing 120 of 400") goes into the permanent busy area on
the right, never the message area: there it would replace, ten times a second, a refusal
("An import is already running") before anyone could read it."""

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
        self._labels = ""
        self._progress: dict[str, tuple[int, int]] = {}  # task label -> (done, total)
        self._texts: dict[str, str] = {}  # task label -> its progress in words

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
