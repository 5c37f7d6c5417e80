"""Painting of result rows: title over a highlighted snippet, and coloured tag chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.gui.models.results import LoadedRole, SnippetRole, TagsRole

AnyIndex = QModelIndex | QPersistentModelIndex
HIGHLIGHT = "#f6d55c"


class TitleSnippetDelegate(QStyledItemDelegate):
    """Title on the first line, the snippet with matched terms marked on the second."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if selected else QPalette.ColorGroup.Normal
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, role)
        rect = opt.rect.adjusted(8, 4, -8, -4)
        painter.save()
        title_font = QFont(opt.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        if not index.data(LoadedRole):
            text_color = opt.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(text_color)
        line = painter.fontMetrics().height()
        title_rect = QRect(rect.left(), rect.top(), rect.width(), line)
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         elided)
        snippet = index.data(SnippetRole) or ""
        if snippet:
            dim = QColor(text_color)
            if not selected:
                dim.setAlphaF(0.72)
            self._draw_snippet(painter, opt, snippet, rect.adjusted(0, line + 2, 0, 0), dim,
                               selected)
        painter.restore()

    def _draw_snippet(self, painter: QPainter, opt: QStyleOptionViewItem, snippet: str,
                      rect: QRect, color: QColor, selected: bool) -> None:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        font = QFont(opt.font)
        font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.92))
        doc.setDefaultFont(font)
        mark = "text-decoration: underline;" if selected else f"background-color: {HIGHLIGHT};"
        flat = _around_first_mark(" ".join(snippet.split()))
        doc.setHtml(
            f"<span style='color:{color.name(QColor.NameFormat.HexArgb)}'>"
            + flat.replace("<b>", f"<b style='{mark} color:{'inherit' if selected else '#222'}'>")
            + "</span>"
        )
        doc.setTextWidth(10_000)  # one line; elided by the clip
        painter.save()
        painter.translate(rect.topLeft())
        clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, line * 2 + 12)


class TagChipsDelegate(QStyledItemDelegate):
    """Each tag as a rounded chip in its colour; the last path part, the full name on hover."""

    def __init__(self, color_of, parent=None) -> None:
        super().__init__(parent)
        self._color_of = color_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        names = index.data(TagsRole) or []
        if not names:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(opt.font)
        font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 4
        x = opt.rect.left() + 6
        y = opt.rect.center().y() - height // 2
        right = opt.rect.right() - 4
        for name in names:
            label = name.rsplit("/", 1)[-1]
            width = metrics.horizontalAdvance(label) + 14
            if x + width > right:
                painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
                painter.drawText(QRect(x, y, right - x, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            color = QColor(self._color_of(name))
            chip = QRectF(x, y, width, height)
            painter.setPen(color.darker(135))
            painter.setBrush(color)
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
            painter.setPen(QColor("#1f1f1f") if color.lightness() > 140 else QColor("#ffffff"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4
        painter.restore()


def _around_first_mark(text: str, before: int = 40) -> str:
    """Start a one-line snippet shortly before its first marked term, so the mark shows."""
    first = text.find("<b>")
    if first <= before:
        return text
    cut = text.rfind(" ", 0, first - before) + 1
    return "…" + text[cut:].lstrip("…")
