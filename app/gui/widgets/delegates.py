"""Painting of result rows: title over a highlighted snippet, and coloured tag chips."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.gui.models.results import (
    LoadedRole,
    MarkedTitleRole,
    SnippetRole,
    TagsRole,
    chip_label,
)

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
        marked = index.data(MarkedTitleRole) or ""
        if marked:  # the query's words in the title, marked as in the snippet
            self._draw_runs(painter, title_font, snippet_runs(marked), title_rect, text_color,
                            selected)  # fmt: skip
            painter.setFont(title_font)
        else:
            elided = painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(
                title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
        snippet = index.data(SnippetRole) or ""
        if snippet:
            dim = QColor(text_color)
            if not selected:
                dim.setAlphaF(0.72)
            self._draw_snippet(
                painter, opt, snippet, rect.adjusted(0, line + 2, 0, 0), dim, selected
            )
        painter.restore()

    def _draw_snippet(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        snippet: str,
        rect: QRect,
        color: QColor,
        selected: bool,
    ) -> None:
        """One line, the first match in the left third, elided with … at the right."""
        font = QFont(opt.font)
        font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.92))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        runs = fit_runs(snippet_runs(snippet), metrics.horizontalAdvance, rect.width())
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        self._draw_runs(painter, font, runs, line, color, selected)

    def _draw_runs(
        self,
        painter: QPainter,
        font: QFont,
        runs: list[tuple[str, bool]],
        line: QRect,
        color: QColor,
        selected: bool,
    ) -> None:
        """Runs of text on one line, marked ones on the highlight colour, elided at the right."""
        painter.setFont(font)
        metrics = painter.fontMetrics()
        x, right = line.left(), line.right()
        for text, marked in runs:
            width = metrics.horizontalAdvance(text)
            if x + width > right:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - x)
                width = metrics.horizontalAdvance(text)
                if not text:
                    break
            box = QRect(x, line.top(), width, line.height())
            if marked and not selected:
                painter.fillRect(box.adjusted(-1, 0, 1, 0), QColor(HIGHLIGHT))
                painter.setPen(QColor("#1f1f1f"))
            else:
                painter.setPen(color)
            run_font = QFont(font)
            run_font.setUnderline(marked and selected)
            painter.setFont(run_font)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += width
            if x >= right:
                break

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, line * 2 + 12)


#: the narrowest chip worth drawing, its label elided (px)
MIN_CHIP = 36


class TagChipsDelegate(QStyledItemDelegate):
    """Each tag as a rounded chip in its colour; the path below its top level (see
    ``chip_label``), the full names on hover (the model's tooltip)."""

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
        for number, name in enumerate(names):
            label = chip_label(name)
            width = metrics.horizontalAdvance(label) + 14
            if x + width > right and number == 0 and right - x >= MIN_CHIP:
                # a narrow column: the first chip elided, not a bare "…"
                width = right - x
                label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 12)
            elif x + width > right:
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


_MARKED = re.compile(r"<b>(.*?)</b>", re.DOTALL)


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """``"a <b>gas</b> b"`` (HTML-escaped, marks in <b>) → [("a ", False), ("gas", True), …]."""
    flat = " ".join(snippet.split())
    runs: list[tuple[str, bool]] = []
    last = 0
    for match in _MARKED.finditer(flat):
        if match.start() > last:
            runs.append((html.unescape(flat[last : match.start()]), False))
        runs.append((html.unescape(match.group(1)), True))
        last = match.end()
    if last < len(flat):
        runs.append((html.unescape(flat[last:]), False))
    return runs


def fit_runs(runs: list[tuple[str, bool]], advance, width: int) -> list[tuple[str, bool]]:
    """Drop words before the first mark until it starts within the left third of ``width``."""
    if not runs or runs[0][1] or len(runs) < 2:
        return runs
    head = runs[0][0]
    budget = width // 3
    if advance(head) <= budget:
        return runs
    words = head.split(" ")
    while len(words) > 1 and advance("…" + " ".join(words)) > budget:
        words.pop(0)
    return [("…" + " ".join(words).lstrip("…"), False), *runs[1:]]
