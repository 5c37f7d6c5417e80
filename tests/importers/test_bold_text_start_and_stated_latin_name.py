"""A bold first paragraph that the next one points back at ("Об этом сообщили в X") is the
text's start, not a standfirst; a Cyrillic logo's Latin name stated both as the JSON-LD
publisher and in the footer's copyright notice is the source (invented pages)."""

from __future__ import annotations

import json

import pytest

from tests.importers.makers import articles_of

_REST = (
    "<p>{second}</p>"
    "<p>Second paragraph of the report with enough words to count as the text of the article "
    "that the page carries under its headline.</p>"
    "<p>Third paragraph of the report, again long enough to be a real paragraph of the text "
    "and not a caption or a line of the menu.</p>"
)


def _page(bold: str, second: str, lang: str = "ru") -> bytes:
    return (
        f"<html lang='{lang}'><head><title>Headline of the page</title></head><body><main>"
        "<h1>Headline of the page</h1><p class='author'>Jane Doe</p>"
        f"<p><strong>{bold}</strong></p>{_REST.format(second=second)}</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("bold", "second", "lang"),
    [
        (
            "В субботу в городе откроют новую линию трамвая, она свяжет вокзал и аэропорт.",
            "Об этом сообщили в мэрии города.",
            "ru",
        ),
        (
            "У неділю в місті запрацює нова лінія трамвая між вокзалом та аеропортом.",
            "Про це повідомили в міській раді.",
            "uk",
        ),
        (
            "The new tram line between the station and the airport opens on Saturday morning.",
            "This was announced by the city council on Friday.",
            "en",
        ),
        (
            "Die neue Straßenbahnlinie zwischen Bahnhof und Flughafen startet am Samstag.",
            "Wie die Stadtverwaltung am Freitag mitteilte, fahren die Bahnen alle zehn Minuten.",
            "de",
        ),
    ],
)
def test_bold_paragraph_the_next_points_back_at_is_the_text(
    bold: str, second: str, lang: str
) -> None:
    art = articles_of("p.html", _page(bold, second, lang))[0]
    assert art.lead == ""
    assert art.body.startswith(bold)


def test_bold_standfirst_over_plain_text_stays_the_lead() -> None:
    bold = "Die neue Straßenbahnlinie zwischen Bahnhof und Flughafen startet am Samstag."
    second = "Die Stadt hat die Strecke in drei Jahren gebaut und dafür 190 Millionen ausgegeben."
    art = articles_of("p.html", _page(bold, second, "de"))[0]
    assert art.lead == bold
    assert art.body.startswith(second)


_TEXT = (
    "<p>Первый абзац новости достаточно длинный, чтобы быть текстом статьи, а не подписью.</p>"
    "<p>Второй абзац новости тоже длинный и рассказывает подробности происшествия в городе.</p>"
)


def _site(logo: str, publisher: str, footer: str) -> bytes:
    ld = {"@type": "NewsArticle", "headline": "Заголовок", "publisher": {"name": publisher}}
    return (
        f"<html lang='ru'><head><title>Заголовок | {logo}</title>"
        f"<meta property='og:site_name' content='{logo}'>"
        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
        f"</head><body><header><a class='logo'>{logo}</a></header><main><h1>Заголовок</h1>"
        f"{_TEXT}</main><footer>{footer}</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("logo", "publisher", "footer"),
    [
        ("РБК-Пример", "RBC-Example", "© 2025 RBC-Example. Все права защищены."),
        ("Новини Прикладу", "Example News", "Copyright © 2024–2025 Example News"),
        ("Курьер Севера", "North Courier", "Все права защищены © North Courier 2025"),
    ],
)
def test_latin_name_stated_by_publisher_and_footer_is_the_source(
    logo: str, publisher: str, footer: str
) -> None:
    assert articles_of("p.html", _site(logo, publisher, footer))[0].source == publisher


def test_latin_publisher_the_footer_does_not_name_is_not_taken() -> None:
    page = _site("РБК-Пример", "RBC-Example", "© 2025 РБК-Пример. Все права защищены.")
    assert articles_of("p.html", page)[0].source != "RBC-Example"
