"""The main window's layout: search bar and toolbar, sidebar | results | reader, status bar.

A view only: it builds widgets and reports drops and closing; the controllers in
``app.gui.controllers`` decide what happens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QToolBar, QWidget

from app.gui.models.results import ResultsModel
from app.gui.resources import icon
from app.gui.widgets.pane_fit import PaneFit, PaneSplitter
from app.gui.widgets.reader import ReaderView
from app.gui.widgets.results_view import ResultsView
from app.gui.widgets.search_bar import SearchBar
from app.gui.widgets.sidebar import SidebarView
from app.gui.widgets.status import StatusBar
from app.gui.widgets.welcome import WelcomeView

STATE_VERSION = 1
#: the list never narrower than this: its title column keeps room beside Date, Source and
#: Tags (Lang hides below 460 px; ``ColumnFit``). With the sidebar's and the reader's
#: minimums the window is usable from 800 px (it could not be narrower than 868 px)
RESULTS_MIN_WIDTH = 356
#: an explicit minimum, so that nothing in an article (a row of tags, an address, a long
#: word) can hold the reader, and with it the window, wider than the screen: it wraps;
#: its toolbar's seven actions and a short match count still fit
READER_MIN_WIDTH = 264


class MainWindow(QMainWindow):
    files_dropped = Signal(list)
    closing = Signal()

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Clippings")
        self.setWindowIcon(icon("clippings"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.search_bar = SearchBar(self)
        self.toolbar = QToolBar("Main", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addWidget(self.search_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.sidebar = SidebarView(self)
        self.results = ResultsView(model, self)
        self.reader = ReaderView(self)
        self.content = QSplitter(Qt.Orientation.Horizontal, self)
        self.content.setObjectName("contentSplitter")
        self.content.setChildrenCollapsible(False)
        self.results.setMinimumWidth(RESULTS_MIN_WIDTH)
        self.reader.setMinimumWidth(READER_MIN_WIDTH)
        self.content.addWidget(self.results)
        self.content.addWidget(self.reader)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        self.splitter = PaneSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.sidebar.setMinimumWidth(self.sidebar.readable_width())
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1040])
        self.content.setSizes([640, 420])
        #: the panes give a narrow window's width back in order (see ``pane_fit``)
        self.pane_fit = PaneFit(self.splitter, self.content, self.sidebar, self)

        self.welcome = WelcomeView(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)

        self.status = StatusBar(self)
        self.setStatusBar(self.status)

    def show_welcome(self, welcome: bool) -> None:
        self.pages.setCurrentWidget(self.welcome if welcome else self.splitter)

    @property
    def welcome_shown(self) -> bool:
        return self.pages.currentWidget() is self.welcome

    # -- drag and drop ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    # -- state -----------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(STATE_VERSION))
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/content", self.content.saveState())
        settings.setValue("window/panes", self.pane_fit.save())
        with self.results.column_fit.preferred_widths():
            header = self.results.table.horizontalHeader()
            settings.setValue("results/header", header.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/splitter", self.splitter.restoreState),
            ("window/content", self.content.restoreState),
            ("results/header", self.results.table.horizontalHeader().restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state, STATE_VERSION)
        self.pane_fit.restore(settings.value("window/panes"))  # the preferred widths

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
