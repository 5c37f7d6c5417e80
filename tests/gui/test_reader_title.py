"""The reader's title shows what the article's title says: quotes and brackets as printed,
never their HTML entities, with or without a search hit in it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from app.model import Article
from tests.gui.test_clusters import show

TITLE = "'Parasite' wins at the <SAG> awards & \"Joker\" loses"


@pytest.fixture
def quoted(archive) -> int:
    body = "The film took the ensemble award on Sunday evening in Los Angeles. " * 6
    return archive.add(Article(title=TITLE, body=body, source="Reuters")).id


def shown_title(shell) -> str:
    label = shell.window.reader.title
    assert label.textFormat() == Qt.TextFormat.RichText
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


@pytest.mark.parametrize("query", ["Parasite", "ensemble"])
def test_title_shows_quotes_not_entities(qtbot, shell, quoted, query):
    show(qtbot, shell, query, quoted)  # a hit in the title, and a hit only in the body
    assert shown_title(shell) == TITLE
