"""A saved page that signs its story at the end (blind batch 179): a short row closing
the article under its text names the writer, with the stamp beside the name when it has
one ("Jane Doe · 11 December 2025, 15:20"), or labels who prepared it ("Подготовила
Анна Иванова"). A list of related stories with names and dates, or a row when the page
already states its writer, does not."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import extract
from app.importers.byline import author_of_line
from tests.importers.makers import PARA, PARA_DE, PARA_RU, html_page


def _article(row: str, para: str, lang: str, head: str = ""):
    body = (
        "<main><article><h1>Council approves the new route</h1>"
        f"{para}<div class='related'>Read also: <a>Tram fares rise in spring</a></div>"
        f"<p class='meta-bottom'>{row}</p><div class='share'>Share: Facebook · X</div>"
        "</article></main>"
    )
    page = html_page(f"<title>Council approves the new route</title>{head}", body, lang)
    return extract("p.html", page)[0].article


@pytest.mark.parametrize(
    ("row", "para", "lang", "author", "published"),
    [
        ("Анна Иванова · 11 декабря 2025, 15:20", PARA_RU, "ru", "Анна Иванова",
         datetime(2025, 12, 11, 15, 20)),
        ("Jana Beispiel · 11.12.2025, 15:20 Uhr", PARA_DE, "de", "Jana Beispiel",
         datetime(2025, 12, 11, 15, 20)),
        ("Jane Doe | December 11, 2025, 3:20 pm", PARA, "en", "Jane Doe",
         datetime(2025, 12, 11, 15, 20)),
    ],
)  # fmt: skip
def test_closing_row_names_writer_and_stamp(row, para, lang, author, published) -> None:
    art = _article(row, para, lang)
    assert art.author == author
    assert art.published.replace(tzinfo=None) == published


@pytest.mark.parametrize(
    ("row", "para", "lang", "author"),
    [
        ("Подготовила Анна Иванова", PARA_RU, "ru", "Анна Иванова"),
        ("Text: Jana Beispiel", PARA_DE, "de", "Jana Beispiel"),
    ],
)
def test_labelled_closing_row_names_the_writer(row, para, lang, author) -> None:
    assert _article(row, para, lang).author == author


def test_stated_writer_wins_over_a_closing_row() -> None:
    head = '<meta name="author" content="John Roe">'
    art = _article("Jane Doe · December 11, 2025, 3:20 pm", PARA, "en", head)
    assert art.author == "John Roe"


def test_closing_teaser_list_is_no_signature() -> None:
    row = "<ul><li>Jane Doe · December 11, 2025</li><li>John Roe · December 10, 2025</li></ul>"
    assert _article(row, PARA, "en").author == ""


def test_prepared_by_needs_a_name() -> None:
    assert author_of_line("Подготовил доклад министр") == ""


def test_press_office_closing_the_text_is_no_writer() -> None:
    row = "Presseaussendung vom 11.12.2025 · Landespressedienst Beispiel"
    assert _article(row, PARA_DE, "de").author == ""
