"""Files shipped under ``resources/``: SVG icons (tinted to the palette) and sample clippings."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication


def resources_dir() -> Path:
    """``resources/`` next to the ``app`` package (or inside a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def sample_files() -> list[Path]:
    """The sample clippings that exist right now (the folder may still be filling up)."""
    folder = samples_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def icon(name: str, color: QColor | None = None) -> QIcon:
    """A line icon drawn in the palette's text colour (so it follows light and dark themes)."""
    if color is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
        color = palette.color(QPalette.ColorRole.WindowText)
    return _icon(name, color.name())


@cache
def _icon(name: str, color: str) -> QIcon:
    path = icon_path(name)
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 20, 24, 32, 48, 64):
        result.addPixmap(_render(renderer, size))
    disabled = svg.replace(color, "#9a9a9a")
    dim = QSvgRenderer(QByteArray(disabled.encode("utf-8")))
    for size in (16, 20, 24, 32):
        result.addPixmap(_render(dim, size), QIcon.Mode.Disabled)
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap
