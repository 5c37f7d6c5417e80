"""Export, press review and backup: choose a file, then write it on the writer thread.

What is handed on is the clippings selected when several are, else every clipping of the
list shown (a search's whole result, not only the rows fetched so far); the dialogs say
which. The work queues behind earlier writes (a tag just added is in the export), reports
progress that the GUI polls, and a progress dialog with Cancel appears after half a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.export.data import list_separator
from app.export.labels import review_language
from app.export.review import review_title
from app.gui.controllers.background import BackgroundController
from app.gui.controllers.search import SearchController
from app.gui.dialogs import file_dialogs
from app.gui.dialogs.hand_on import HandOnProgressDialog, ReviewDialog
from app.gui.pdf import write_pdf
from app.gui.session import Session
from app.gui.tasks import ProgressState
from app.model import Article, Cancelled, ClippingsError
from app.query.named_tags import tags_named

FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"

#: format, what the file dialog calls it, its file name endings (the first is written)
EXPORT_FORMATS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("csv", "CSV", (".csv",)),  # split at the locale's list separator (see csv_delimiter)
    ("csv-comma", "CSV, comma-separated", (".csv",)),
    ("json", "JSON", (".json",)),
    ("jsonl", "JSON Lines", (".jsonl",)),
    ("yaml", "YAML", (".yaml", ".yml")),
    ("html", "HTML press review", (".html", ".htm")),
    ("pdf", "PDF press review", (".pdf",)),
)
SUFFIXES = {fmt: suffixes for fmt, _label, suffixes in EXPORT_FORMATS} | {"zip": (".zip",)}
FILTERS = {fmt: f"{label} ({' '.join('*' + s for s in sfx)})" for fmt, label, sfx in EXPORT_FORMATS}


def format_of(chosen_filter: str, path: Path, offered: str = "") -> str:
    """The format of a known ending typed in the name ("selection.html"), unless the user
    picked another filter than the one the dialog ``offered``; else the filter's, else CSV.

    Typing a name with its ending is how people choose a format: the filter the dialog
    opened with (CSV) must not turn "selection.html" into "selection.csv"."""
    typed = next((f for f, _l, sfx in EXPORT_FORMATS if path.suffix.lower() in sfx), None)
    picked = next((f for f, text in FILTERS.items() if chosen_filter == text), None)
    if picked is not None and path.suffix.lower() in SUFFIXES[picked]:
        return picked  # ".csv" typed under "CSV, comma-separated"
    if typed is not None and (picked is None or chosen_filter == offered):
        return typed
    return picked or typed or "csv"


def with_suffix(path: Path, fmt: str) -> Path:
    """The file name ending follows the format: kept, replaced (another format's) or added."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES[fmt]:
        return path
    if any(suffix in s for s in SUFFIXES.values()):
        return path.with_suffix(SUFFIXES[fmt][0])
    return path.with_name(path.name + SUFFIXES[fmt][0])


def csv_delimiter(fmt: str, locale: QLocale | None = None) -> str:
    """A CSV's separator: the list separator of the user's locale (';' where the decimal
    point is a comma, as German and Russian Excel expect), or ',' for the plain CSV."""
    if fmt == "csv-comma":
        return ","
    return list_separator((locale or QLocale()).decimalPoint())


def locale_language() -> str:
    """The language a press review speaks: the user's (QLocale's first UI language)."""
    languages = QLocale().uiLanguages()
    return review_language(languages[0] if languages else QLocale().name())


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size:,} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"  # pragma: no cover


def clippings(count: int) -> str:
    return f"{count:,} clipping{'s' if count != 1 else ''}"


def _pdf_writer(
    language: str, omit_tags: Sequence[str] = ()
) -> Callable[[Sequence[Article], Path, str], None]:
    def write(articles: Sequence[Article], path: Path, title: str) -> None:
        write_pdf(articles, path, title=title, language=language, omit_tags=omit_tags)

    return write


class ExportController(BackgroundController):
    #: a dialog opened (tests reach it through this)
    dialog_opened = Signal(QWidget)
    #: an export, review or backup ended: (kind, the file written or "" when none was)
    finished = Signal(str, str)

    def __init__(
        self,
        session: Session,
        search: SearchController,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, search, window, parent)
        self.dialog: QWidget | None = None
        self._heading = ""

    # -- what is handed on ---------------------------------------------------------------

    def scope(self) -> tuple[list[int], str]:
        """The selected clippings if several are selected, else the whole list shown."""
        view = self.search.view
        if len(view.table.selectionModel().selectedRows()) > 1:
            ids = view.selected_ids()
            return ids, f"the {clippings(len(ids))} selected"
        ids = list(self.search.model.ids)
        where = {"search": "of this search", "trash": "in the trash"}.get(self.search.mode, "shown")
        every = "the" if len(ids) == 1 else "all"
        return ids, f"{every} {clippings(len(ids))} {where}"

    def _ready(self, verb: str) -> bool:
        if self.session.refuse_until_open(verb):
            return False
        if self.running:
            self.session.message.emit(f"Cannot {verb} yet: {self._heading.lower()}")
            return False
        return True

    def _folder(self) -> Path:
        """The folder the file dialog opens in: the last one used, else Documents, else
        home — one that exists, as an absolute path (offered a missing ~/Documents, the
        dialog showed "tmp/…/Documents/clippings-….csv" and wrote under the current
        directory)."""
        saved = QSettings().value(FOLDER_KEY, "")
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        for folder in (saved, documents, str(Path.home())):
            if isinstance(folder, str) and Path(folder).is_absolute() and Path(folder).is_dir():
                return Path(folder)
        return Path.home().resolve()

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    # -- entry points ----------------------------------------------------------------------

    def export(self) -> None:
        """Export…: the selection or the whole result, in a format the file dialog offers."""
        if not self._ready("export"):
            return
        ids, scope = self.scope()
        if not ids:
            self.session.message.emit("Nothing to export: the list is empty")
            return
        fmt = str(QSettings().value(FORMAT_KEY, "csv"))
        fmt = fmt if fmt in FILTERS else "csv"
        start = self._folder() / f"clippings-{date.today():%Y-%m-%d}{SUFFIXES[fmt][0]}"

        def chosen(path: str, name_filter: str) -> None:
            picked = format_of(name_filter, Path(path), FILTERS[fmt])
            QSettings().setValue(FORMAT_KEY, picked)
            self._confirm(
                Path(path),
                picked,
                lambda target: self._start(
                    "export",
                    ids,
                    picked,
                    target,
                    review_title(date.today(), locale_language()),
                    newest=False,
                ),
            )

        self._ask(f"Export {scope}", start, ";;".join(FILTERS.values()), FILTERS[fmt], chosen)

    def press_review(self) -> None:
        """Press review: a PDF of the selection or the whole result, newest first, under a title."""
        if not self._ready("make a press review"):
            return
        ids, scope = self.scope()
        if not ids:
            self.session.message.emit("Nothing for a press review: the list is empty")
            return
        dialog = ReviewDialog(review_title(date.today(), locale_language()), scope, self.window)
        dialog.accepted.connect(
            lambda: self._review_titled(ids, dialog.title(), dialog.one_per_story())
        )
        self._open(dialog)

    def _review_titled(self, ids: list[int], title: str, one_per_story: bool = True) -> None:
        start = self._folder() / f"press-review-{date.today():%Y-%m-%d}.pdf"
        self._ask(
            "Save the Press Review",
            start,
            FILTERS["pdf"],
            FILTERS["pdf"],
            lambda path, _filter: self._confirm(
                Path(path),
                "pdf",
                lambda target: self._start(
                    "review", ids, "pdf", target, title, newest=True, one_per_story=one_per_story
                ),
            ),
        )

    def backup(self) -> None:
        """Back up: the store and every original in one zip."""
        if not self._ready("back up"):
            return
        start = self._folder() / f"clippings-backup-{date.today():%Y-%m-%d}.zip"
        self._ask(
            "Back Up the Archive",
            start,
            "Zip archives (*.zip)",
            "",
            lambda path, _filter: self._confirm(Path(path), "zip", self._start_backup),
        )

    def _ask(
        self,
        caption: str,
        start: Path,
        filters: str,
        selected: str,
        chosen: Callable[[str, str], None],
    ) -> None:
        """The file dialog, opened without a nested event loop (see dialogs.file_dialogs)."""
        dialog = file_dialogs.ask_save_path(
            self.window, caption, str(start), filters, selected, chosen
        )
        if dialog is not None and dialog.isVisible():  # tests answer at once, with none
            self.dialog = dialog
            self.dialog_opened.emit(dialog)

    def _confirm(self, chosen: Path, fmt: str, start: Callable[[Path], None]) -> None:
        """The file dialog asked about overwriting the name chosen; a name it never saw
        (an ending added) that exists is asked about here."""
        target = with_suffix(chosen, fmt)
        if target == chosen or not target.exists():
            start(target)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Clippings",
            f"{target.name} already exists in {target.parent}. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        yes = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == yes and start(target)
        )
        self._open(box)

    # -- running ---------------------------------------------------------------------------------

    def _start(
        self,
        kind: str,
        ids: list[int],
        fmt: str,
        target: Path,
        title: str,
        *,
        newest: bool,
        one_per_story: bool = False,
    ) -> None:
        QSettings().setValue(FOLDER_KEY, str(target.parent))
        progress = ProgressState()
        # the locale is read here, on the GUI thread
        language = locale_language()
        # the search that listed the clippings: the tags it names are not printed per article
        named = tags_named(self.search.model.query) if self.search.mode == "search" else []
        writer = _pdf_writer(language, named) if fmt == "pdf" else None
        delimiter = csv_delimiter(fmt)

        def work(archive, cancel) -> int:
            return archive.export(
                ids,
                "csv" if fmt.startswith("csv") else fmt,
                target,
                title=title,
                newest=newest,
                writer=writer,
                progress=progress,
                cancel=cancel,
                one_per_story=one_per_story,
                delimiter=delimiter,
                language=language,
                omit_tags=named,
            )

        what = "press review" if kind == "review" else "export"
        self._heading = f"Writing the {what} of {clippings(len(ids))}"
        self.progress = progress
        self.task = self.session.write_cancellable(
            work,
            lambda count: self._exported(kind, target, count),
            lambda error: self._failed(kind, target, error),
            label="Exporting",
        )
        self.progress_window.start()

    def _start_backup(self, target: Path) -> None:
        QSettings().setValue(FOLDER_KEY, str(target.parent))

        def work(archive) -> tuple[dict, int]:
            manifest = archive.backup(target)
            return manifest, target.stat().st_size

        self._heading = "Backing up the archive"
        self.session.message.emit(f"Backing up the archive to {target}…")
        self.task = self.session.write(
            work,
            lambda result: self._backed_up(target, *result),
            lambda error: self._failed("backup", target, error),
            label="Backing up",
        )

    def _progress_dialog(self) -> HandOnProgressDialog | None:
        if self.task is None or self.progress is None:
            return None
        dialog = HandOnProgressDialog(self._heading, self.window)
        dialog.cancel_requested.connect(self.cancel)
        return dialog

    def _update(self, dialog: HandOnProgressDialog | None) -> None:
        if self.progress is not None and dialog is not None:
            value = self.progress.get()
            dialog.update_progress(value.done, value.total)

    def _exported(self, kind: str, target: Path, count: int) -> None:
        self._end()
        if kind == "review":
            self.session.message.emit(f"Press review of {clippings(count)} written to {target}")
        else:
            self.session.message.emit(f"Exported {clippings(count)} to {target}")
        self._offer_folder(target)
        self.finished.emit(kind, str(target))

    def _offer_folder(self, target: Path) -> None:
        status = getattr(self.window, "status", None)
        if status is not None and hasattr(status, "offer_folder"):
            status.offer_folder(target)

    def _backed_up(self, target: Path, manifest: dict, size: int) -> None:
        self._end()
        originals = manifest.get("originals", 0)
        self.session.message.emit(
            f"Backup written to {target} ({human_size(size)}, "
            f"{originals:,} original{'s' if originals != 1 else ''})"
        )
        self._offer_folder(target)
        self.finished.emit("backup", str(target))

    def _failed(self, kind: str, target: Path, error: BaseException) -> None:
        self._end()
        what = {"review": "press review", "backup": "backup"}.get(kind, "export")
        if isinstance(error, Cancelled):
            self.session.message.emit(f"The {what} was cancelled; {target.name} was not written")
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
            self.session.tasks.failed.emit(f"The {what} could not be written to {target}: {reason}")
        elif isinstance(error, ClippingsError):
            self.session.tasks.failed.emit(f"The {what} failed: {error}")
        else:
            self.session.tasks.report(error)
        self.finished.emit(kind, "")
