"""A desk labelled as the last field of a row of labelled fields under an alert's or a
page's headline ('Author: X · Section: Y') names the article's section; a row without
such a label names none."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.sections import stated_section
from tests.importers.makers import NEWS_MORE, NEWS_TEXT


@pytest.mark.parametrize(
    ("row", "desk"),
    [
        ("Author: Jo Writer · Section: Transport", "Transport"),
        ("Autor: Jana Beispiel | Ressort: Lokales", "Lokales"),
        ("Автор: Иван Петров · Рубрика: Экономика", "Экономика"),
    ],
)
def test_a_rows_last_labelled_field_names_the_desk(row: str, desk: str) -> None:
    assert stated_section(row) == desk


def test_rows_without_a_desk_label_name_none() -> None:
    assert stated_section("Author: Jo Writer · Published: 12:30") == ""
    assert stated_section("Photos: Jo Writer · Section: 3") == ""


def test_an_alert_items_row_under_its_headline_gives_the_section() -> None:
    text = (
        "Example Courier · 19 Nov 2025\n\nTram network to grow by forty kilometres\n"
        f"Author: Jo Writer · Section: Transport\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    )
    (item,) = extract("a.txt", text.encode())
    assert item.article.section == "Transport"
