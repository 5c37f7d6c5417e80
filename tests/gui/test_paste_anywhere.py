"""Ctrl+V of a clipping imports it wherever the focus is, the search bar included; a
one-line paste there still goes into the query, and an editor keeps its own paste."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from app.gui.clipboard import holds_clipping
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import activate, type_query

ARTICLE = "Caspian ferry resumes\n\nAktau — The ferry to Baku runs again from Monday."


def paste_into(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_clipping_pasted_in_the_search_bar_is_imported(qtbot, archive, shell):
    activate(qtbot, shell.window)
    shell.focus_search()  # where the focus is at start-up
    edit = shell.window.search_bar.edit
    assert edit.hasFocus()
    QApplication.clipboard().setText(ARTICLE)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        paste_into(qtbot, edit)
    wait_idle(qtbot, shell)
    assert edit.text() == ""
    assert archive.article_count() == 5
    assert shell.model.hit(0).title == "Caspian ferry resumes"


def test_after_a_search_html_from_a_page_is_imported(qtbot, archive, shell):
    type_query(qtbot, shell, "wheat")
    edit = shell.window.search_bar.edit
    mime = QMimeData()
    mime.setHtml("<h1>Steppe fires contained</h1><p>Firefighters in Karaganda region worked.</p>")
    mime.setText("Steppe fires contained Firefighters in Karaganda region worked.")
    QApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(shell.importer.finished, timeout=SLOW_MS):
        paste_into(qtbot, edit)
    assert edit.text() == "wheat"
    assert archive.search("karaganda").total == 1


def test_a_one_line_paste_goes_into_the_query(qtbot, archive, shell):
    activate(qtbot, shell.window)
    edit = shell.window.search_bar.edit
    edit.setFocus()
    edit.clear()
    QApplication.clipboard().setText("pipeline")
    with qtbot.assertNotEmitted(shell.importer.finished, wait=300):
        paste_into(qtbot, edit)
    assert edit.text() == "pipeline"
    assert archive.article_count() == 4


def test_the_notes_editor_keeps_its_paste(qtbot, archive, shell):
    activate(qtbot, shell.window)
    notes = shell.window.reader.notes
    notes.show()
    QApplication.clipboard().setText("first line\nsecond line")
    with qtbot.assertNotEmitted(shell.importer.finished, wait=300):
        paste_into(qtbot, notes)
    assert "second line" in notes.toPlainText()
    assert archive.article_count() == 4


def test_what_counts_as_a_clipping():
    def mime(text: str, html: str = "") -> QMimeData:
        data = QMimeData()
        data.setText(text)
        if html:
            data.setHtml(html)
        return data

    assert holds_clipping(mime("a\nb"))
    assert not holds_clipping(mime("  wheat export  \n"))
    assert not holds_clipping(mime("Almaty", "<meta charset='utf-8'><span>Almaty</span>"))
    assert holds_clipping(mime("x " * 120))
