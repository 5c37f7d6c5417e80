"""Story clusters: the reader lists the other copies of a story and opens them."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.model import Article, ImportStatus
from tests.gui.conftest import wait_idle
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
        lambda: reader.article is not None and reader.article.id == article_id, timeout=3000
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
    with qtbot.waitSignal(shell.reader.shown, timeout=3000):
        related.linkActivated.emit(f"article:{afp}")  # what a click on the link does
    assert shell.window.reader.article.id == afp
    assert shell.window.results.current_id() == afp  # it was in the list: selected there
    assert "Reuters, 1 Mar 2025" in shell.window.reader.related.text()


def test_a_copy_outside_the_result_opens_in_the_reader(qtbot, shell, copies):
    reuters, afp = copies
    show(qtbot, shell, "title:astana", afp)
    assert shell.model.ids == [afp]
    with qtbot.waitSignal(shell.reader.shown, timeout=3000):
        shell.window.reader.related.linkActivated.emit(f"article:{reuters}")
    assert shell.window.reader.article.id == reuters
    assert shell.window.reader.title.text() == "Grain tariffs discussed"


def test_no_copies_no_line(qtbot, shell, copies):
    show(qtbot, shell, "pipeline", 2)
    assert shell.window.reader.related.isHidden()
