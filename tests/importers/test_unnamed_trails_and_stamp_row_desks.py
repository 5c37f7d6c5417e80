"""Where a saved page shows its desk without naming the element so (blind batch 179): a
<nav> of any class that opens with the home crumb and arrows ("Главная → Экономика →
Недвижимость") is the breadcrumb, its deepest crumb the section; a stamp's row that links
one desk after the date and a bar ("20.12.2025, 13:08 | <a>Politik</a>") names the
section. A menu, a linked writer and a row without a date do not."""

from __future__ import annotations

import pytest

from app.importers import extract
from tests.importers.makers import PARA, PARA_DE, PARA_RU, html_page


def _section(body: str, para: str, lang: str) -> str:
    page = html_page(
        "<title>Council approves the new route</title>",
        f"<main>{body.replace('PARA', para)}</main>",
        lang,
    )
    return extract("p.html", page)[0].article.section


def _trail_page(trail: str) -> str:
    return (
        f'<nav class="bc">{trail}</nav><article><h1>Council approves the new route</h1>'
        "PARA</article>"
    )


@pytest.mark.parametrize(
    ("trail", "para", "lang", "want"),
    [
        ("<a>Главная</a> → <a>Экономика</a> → <a>Недвижимость</a>", PARA_RU, "ru", "Недвижимость"),
        ("<a>Startseite</a> › <a>Lokales</a>", PARA_DE, "de", "Lokales"),
        ("<a>Home</a> » <a>News</a> » <a>Local politics</a>", PARA, "en", "Local politics"),
    ],
)
def test_nav_opening_with_home_and_arrows_is_the_trail(trail, para, lang, want) -> None:
    assert _section(_trail_page(trail), para, lang) == want


def test_menu_nav_is_no_trail() -> None:
    menu = "<a>Politik</a> · <a>Wirtschaft</a> · <a>Sport</a> · <a>Kultur</a>"
    assert _section(_trail_page(menu), PARA_DE, "de") == ""


def _row_page(row: str) -> str:
    return (
        f'<article><div class="date-line">{row}</div><h1>Council approves the new route</h1>'
        "PARA</article>"
    )


@pytest.mark.parametrize(
    ("row", "para", "lang", "want"),
    [
        ("20 декабря 2025, 13:08 | <a>Политика</a>", PARA_RU, "ru", "Политика"),
        ("20.12.2025 · <a>Wirtschaft</a>", PARA_DE, "de", "Wirtschaft"),
        ("December 20, 2025 / <a>Local news</a>", PARA, "en", "Local news"),
    ],
)
def test_desk_linked_after_the_stamp_is_the_section(row, para, lang, want) -> None:
    assert _section(_row_page(row), para, lang) == want


@pytest.mark.parametrize(
    "row",
    [
        "December 20, 2025 | <a>Jane Doe</a>",  # the writer, linked
        "Updated | <a>Politics</a>",  # no date before the bar
        "December 20, 2025 | <a>Politics</a> | <a>Share</a>",  # more than one link
    ],
)
def test_stamp_row_without_a_lone_desk_names_none(row) -> None:
    assert _section(_row_page(row), PARA, "en") == ""


def test_plain_text_trail_in_a_nav() -> None:
    assert _section(_trail_page("Startseite » Lokales » Verkehr"), PARA_DE, "de") == "Verkehr"
