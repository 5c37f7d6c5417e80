"""Story clusters: the reader lists the other copies of a story and opens them."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.model import Article, ImportStatus
from tests.gui.conftest import SLOW_MS, wait_idle
from tests.gui.test_search import type_query

BODY = " ".join(
    f"The ministers of the region met on day {day} to discuss grain tariffs and rail freight."
    for day in range(8)
)


@pytest.fixture
def copies(archive):
    """The same agency story from Reuters and (a day later, retitled) AFP."""
    first = archive.add(
        Article(
            title="Grain tariffs discussed",
            body=BODY,
            source="Reuters",
            published=datetime(2025, 3, 1, 9, 30),
        )
    )
    second = archive.add(
        Article(
            title="Grain tariffs discussed in Astana",
            body=BODY + " More.",
            source="AFP",
            published=datetime(2025, 3, 2),
        )
    )
    assert second.status == ImportStatus.NEAR_DUPLICATE
    return first.id, second.id


def show(qtbot, shell, query: str, article_id: int) -> None:
    type_query(qtbot, shell, query)
    assert shell.window.results.select_id(article_id)
    reader = shell.window.reader
    qtbot.waitUntil(
        lambda: reader.article is not None and reader.article.id == article_id, timeout=SLOW_MS
    )
    wait_idle(qtbot, shell)


def test_reader_header_lists_the_other_copies(qtbot, shell, copies):
    reuters, afp = copies
    show(qtbot, shell, "tariffs", reuters)
    related = shell.window.reader.related
    assert related.isVisible()
    assert "Also reported by" in related.text()
    assert "AFP, 2 Mar 2025" in related.text()
    assert f"article:{afp}" in related.text()
    with qtbot.waitSignal(shell.reader.shown, timeout=SLOW_MS):
        related.linkActivated.emit(f"article:{afp}")  # what a click on the link does
    assert shell.window.reader.article.id == afp
    assert shell.window.results.current_id() == afp  # it was in the list: selected there
    assert "Reuters, 1 Mar 2025" in shell.window.reader.related.text()


def test_a_copy_outside_the_result_opens_in_the_reader(qtbot, shell, copies):
    reuters, afp = copies
    show(qtbot, shell, "title:astana", afp)
    assert shell.model.ids == [afp]
    with qtbot.waitSignal(shell.reader.shown, timeout=SLOW_MS):
        shell.window.reader.related.linkActivated.emit(f"article:{reuters}")
    assert shell.window.reader.article.id == reuters
    assert shell.window.reader.title.text() == "Grain tariffs discussed"


def test_no_copies_no_line(qtbot, shell, copies):
    show(qtbot, shell, "pipeline", 2)
    assert shell.window.reader.related.isHidden()


def test_rows_of_a_story_cluster_carry_a_marker_with_the_other_outlets(qtbot, shell, copies):
    from PySide6.QtCore import Qt

    reuters, afp = copies
    type_query(qtbot, shell, "tariffs")
    model = shell.model
    source = {model.id_at(r): model.index(r, 2) for r in range(model.rowCount())}
    assert source[reuters].data() == "Reuters  +1"
    assert source[afp].data() == "AFP  +1"
    tip = source[reuters].data(Qt.ItemDataRole.ToolTipRole)
    assert "Same story also reported by AFP (1 other copy)" in tip
    type_query(qtbot, shell, "pipeline")
    assert model.index(0, 2).data() == ""  # no cluster, no marker
    assert "+" not in (model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) or "")


def _review(qtbot, tmp_path, shell, monkeypatch, untick: bool) -> str:
    from pypdf import PdfReader
    from PySide6.QtCore import Qt

    from app.gui.controllers.exporting import FILTERS
    from tests.gui.test_export import FileDialog, press
    from tests.gui.test_search import activate

    type_query(qtbot, shell, "tariffs")
    FileDialog(monkeypatch, tmp_path / "stories", FILTERS["pdf"])
    with qtbot.waitSignal(shell.exporter.dialog_opened, timeout=SLOW_MS) as opened:
        press(qtbot, shell, Qt.Key.Key_P)
    dialog = opened.args[0]
    activate(qtbot, dialog)
    assert dialog.one_story.isChecked()  # on by default
    if untick:
        dialog.one_story.setFocus()
        qtbot.keyClick(dialog.one_story, Qt.Key.Key_Space)
    dialog.title_edit.setFocus()
    with qtbot.waitSignal(shell.exporter.finished, timeout=SLOW_MS):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    pages = PdfReader(tmp_path / "stories.pdf").pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def test_a_press_review_takes_one_clipping_per_story(qtbot, tmp_path, shell, copies, monkeypatch):
    text = _review(qtbot, tmp_path, shell, monkeypatch, untick=False)
    assert "1 article ·" in text
    assert "discussed in Astana" in text  # the newest copy stands for both ("ﬀ": a ligature)
    assert "Also reported by Reuters" in text
    assert "Press review of 1 clipping" in shell.window.status.currentMessage()


def test_a_press_review_can_keep_every_copy(qtbot, tmp_path, shell, copies, monkeypatch):
    text = _review(qtbot, tmp_path, shell, monkeypatch, untick=True)
    assert "2 articles" in text and "Also reported by" not in text
