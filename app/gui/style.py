"""Look and feel: the platform style, plus a light stylesheet built from the palette.

Colours come from the system palette (so dark themes work); only spacing, weights and
the few accent colours (error red, match yellow) are fixed here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def _mix(a: QColor, b: QColor, amount: float) -> str:
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    ).name()


def apply_style(app: QApplication) -> None:
    if app.style().name().lower() in ("windows", "") and "Fusion" in QStyleFactory.keys():  # noqa: SIM118
        app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(stylesheet(app.palette()))


def stylesheet(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    dark = base.lightness() < 128
    border = _mix(window, text, 0.18)
    dim = _mix(base, text, 0.55)
    sidebar = _mix(window, base, 0.5)
    heading = QFont().pointSizeF()
    return f"""
    QToolBar#mainToolbar {{ border: none; padding: 6px 8px; spacing: 4px;
        border-bottom: 1px solid {border}; }}
    QToolBar#mainToolbar QToolButton {{ padding: 5px; border-radius: 6px; }}
    QToolBar#mainToolbar QToolButton:hover {{ background: {_mix(window, text, 0.08)}; }}
    #searchBar {{ margin-right: 10px; }}
    QLineEdit#queryEdit {{ border: 1px solid {border}; border-radius: 8px;
        padding: 4px 8px; background: {base.name()}; font-size: {heading + 1:.0f}pt; }}
    QLineEdit#queryEdit:focus {{ border: 2px solid {highlight.name()}; padding: 3px 7px; }}
    QLineEdit[invalid="true"] {{ border: 2px solid #c5221f; }}
    QLabel#queryError, QLabel#fieldError {{ color: {"#f28b82" if dark else "#c5221f"};
        padding: 1px 4px; }}
    #sidebar {{ background: {sidebar}; }}
    QTreeView#sidebarTree {{ background: {sidebar}; padding-top: 6px; }}
    QTreeView#sidebarTree::item {{ padding: 3px 2px; }}
    QLabel#resultSummary {{ color: {text.name()}; }}
    QLabel#dimLabel, QLabel#readerMeta {{ color: {dim}; }}
    QTableView#resultsTable {{ border: none; border-top: 1px solid {border};
        selection-background-color: {highlight.name()};
        alternate-background-color: {_mix(base, window, 0.45)}; }}
    QHeaderView::section {{ padding: 4px 8px; border: none;
        border-bottom: 1px solid {border}; border-right: 1px solid {border};
        background: {window.name()}; }}
    #reader {{ background: {base.name()}; }}
    QFrame#readerHeader {{ background: {base.name()}; border-bottom: 1px solid {border}; }}
    QLabel#readerTitle {{ font-size: {heading * 1.55:.0f}pt; font-weight: 600; }}
    QTextBrowser#readerBody {{ background: {base.name()}; border: none; }}
    QPlainTextEdit#readerNotes {{ border: none; border-top: 1px solid {border};
        background: {_mix(base, QColor("#fff3c4"), 0.0 if dark else 0.55)}; padding: 6px 18px; }}
    QToolBar#readerToolbar {{ border: none; }}
    QSplitter::handle {{ background: {border}; }}
    QSplitter::handle:horizontal {{ width: 1px; }}
    QLabel#welcomeTitle {{ font-size: {heading * 2:.0f}pt; font-weight: 600; }}
    QLabel#welcomeText {{ color: {dim}; font-size: {heading + 1:.0f}pt; }}
    QLabel#emptyTitle {{ font-size: {heading * 1.3:.0f}pt; font-weight: 600; color: {dim}; }}
    QLabel#emptyText {{ color: {dim}; }}
    QLabel#dialogHeading {{ font-size: {heading * 1.15:.0f}pt; font-weight: 600; }}
    QPushButton {{ padding: 5px 14px; }}
    QToolButton#suggestionChip {{ border: 1px solid {border}; border-radius: 10px;
        padding: 2px 9px; background: {_mix(base, highlight, 0.08)}; }}
    QToolButton#suggestionChip:hover {{ background: {_mix(base, highlight, 0.2)}; }}
    QToolButton#suggestionChip:disabled {{ color: {dim}; background: {window.name()}; }}
    QLabel#suggestionLine {{ padding: 2px 10px 6px 10px; }}
    QLabel#readerRelated {{ color: {dim}; }}
    QStatusBar {{ border-top: 1px solid {border}; }}
    QStatusBar QLabel {{ padding: 0 8px; color: {dim}; }}
    """
