"""A portal's header block lettering an authority's full name of more than six words
("Ministry of Labour, Social Affairs, Health and Care") that its footer prints again before
the address names the page's source (blind batch 179): the brand-length limit is for a
logo's name among its motto lines, and a footer repeats a name, never a motto."""

from __future__ import annotations

import pytest

from app.importers import extract
from tests.importers.makers import PARA, PARA_DE, PARA_RU, html_page


def _portal(name: str, para: str, lang: str, footer: str | None = None) -> bytes:
    footer = name if footer is None else footer
    body = (
        f"<header><div class='brand'>{name}</div><nav><ul><li>Themen</li><li>Service</li>"
        "</ul></nav></header><main><h1>Council approves the new route</h1>"
        f"{para}</main><footer><p>{footer} · Example Street 1, 1010 Example City</p>"
        "<p><a>Imprint</a> · <a>Privacy</a></p></footer>"
    )
    return html_page("<title>Council approves the new route</title>", body, lang)


@pytest.mark.parametrize(
    ("name", "para", "lang"),
    [
        ("Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen in Beispiel", PARA_DE, "de"),
        ("Department for Environment, Food and Rural Affairs of Exampleland", PARA, "en"),
        ("Министерство труда и социальной защиты населения Республики Пример", PARA_RU, "ru"),
    ],
)  # fmt: skip
def test_long_authority_name_repeated_in_the_footer_is_the_source(name, para, lang) -> None:
    assert extract("p.html", _portal(name, para, lang))[0].article.source == name


def test_long_line_the_footer_does_not_repeat_is_no_source() -> None:
    motto = "Together we build a city for all of us and our children"
    page = _portal(motto, PARA, "en", footer="Example City Council")
    assert extract("p.html", page)[0].article.source != motto
