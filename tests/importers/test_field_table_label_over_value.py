"""A monitoring clip sheet's field table printed label over value ('Outlet:' / 'The Example
Times'), as a PDF's two columns come out, the next label maybe trailing the value before it
('… headline Outlet:'): the headline, outlet, day, desk and byline are the fields', and the
table with its figures ('Word count:', 'Circulation:') leaves the text. A lone 'Note:' over
a paragraph is no table; the paper's name over 'Staff' under a byline is no text."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with, odt_with

_EN = (
    "The harbour bridge will close for six weekends from January while engineers replace "
    "the bearings, the county council said on Monday, warning of long diversions."
)
_EN2 = (
    "Buses will run every ten minutes during the closures, and the ferry will add late "
    "sailings on Saturdays, according to the transport committee's plan."
)
_DE = (
    "Die Hafenbrücke wird ab Januar an sechs Wochenenden gesperrt, weil die Lager ersetzt "
    "werden müssen, teilte der Kreis am Montag mit und kündigte Umleitungen an."
)
_RU = (
    "Мост через залив закроют на шесть выходных начиная с января, чтобы заменить опоры, "
    "сообщили в администрации района в понедельник, предупредив о пробках."
)


def test_english_sheet_with_a_trailing_label() -> None:
    data = docx_with(
        [
            "Headline:",
            "Harbour bridge to close for six weekends Outlet:",
            "The Example Courier",
            "Date:",
            "11/23/2025",
            "Section:",
            "Local",
            "Byline:",
            "Jane Roe and John Doe",
            "Word count:",
            "380",
            "Circulation:",
            "41,200",
            "Harbour bridge to close for six weekends",
            "By Jane Roe and John Doe",
            "Courier Staff",
            _EN,
            _EN2,
        ]
    )
    (art,) = articles_of("sheet.docx", data)
    assert art.title == "Harbour bridge to close for six weekends"
    assert art.source == "The Example Courier"
    assert art.section == "Local"
    assert art.author == "Jane Roe and John Doe"
    assert art.published is not None and (art.published.month, art.published.day) == (11, 23)
    assert art.body.startswith("The harbour bridge will close")
    assert "Circulation" not in art.body and "Courier Staff" not in art.body


def test_german_sheet_label_over_value() -> None:
    data = odt_with(
        [
            "Titel:",
            "Hafenbrücke an sechs Wochenenden gesperrt",
            "Quelle:",
            "Beispieler Tagblatt",
            "Datum:",
            "12.11.2025",
            "Ressort:",
            "Region",
            "Seite:",
            "9",
            _DE,
        ]
    )
    (art,) = articles_of("blatt.odt", data)
    assert art.title == "Hafenbrücke an sechs Wochenenden gesperrt"
    assert art.source == "Beispieler Tagblatt"
    assert art.section == "Region"
    assert art.published is not None and (art.published.month, art.published.day) == (11, 12)
    assert art.body.startswith("Die Hafenbrücke")


def test_russian_sheet_label_over_value() -> None:
    data = docx_with(
        [
            "Заголовок:",
            "Мост через залив закроют на выходные",
            "Источник:",
            "Примерная газета",
            "Дата:",
            "14.11.2025",
            "Рубрика:",
            "Город",
            "Автор:",
            "Анна Петрова",
            _RU,
        ],
        table=False,
    )
    (art,) = articles_of("otchet.docx", data)
    assert art.title == "Мост через залив закроют на выходные"
    assert art.source == "Primernaya Gazeta"  # media: Latin script
    assert art.section == "Город"
    assert art.author == "Анна Петрова"
    assert art.body.startswith("Мост через залив закроют на шесть")


def test_single_label_over_a_paragraph_is_no_table() -> None:
    data = docx_with(["Harbour bridge to close for six weekends", "Note:", _EN, _EN2])
    (art,) = articles_of("plain.docx", data)
    assert art.title == "Harbour bridge to close for six weekends"
    assert "The harbour bridge will close" in art.body
