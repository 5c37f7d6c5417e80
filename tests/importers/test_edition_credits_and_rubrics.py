"""A print credit naming the local edition or the news feed ('Outlet · Ausgabe Town · date ·
Seite 11', 'Agency · Лента новостей · date') names no desk: the rubric set alone over the
headline is the desk, and the credit still gives outlet and day."""

from __future__ import annotations

from app.importers.stampline import one_line_stamp
from tests.importers.makers import articles_of, odt_with

_ONE = (
    "Musterstadt - Der Streit um den neuen Busbahnhof beschäftigt erneut den Rat. Die "
    "Bezirksvertretung hat sich am Montag gegen die geplante Größe ausgesprochen."
)
_TWO = (
    "Die Verwaltung will bis zur nächsten Sitzung ein neues Gutachten vorlegen. Darin soll "
    "auch stehen, wie viele Fahrgäste den Bahnhof heute nutzen."
)


def test_a_feed_name_in_a_stamp_is_no_desk() -> None:
    stamp = one_line_stamp("ИА Пример · Лента новостей · 26.11.2025 11:52")
    assert stamp is not None and stamp.section == ""


def test_the_rubric_under_an_edition_credit_is_the_desk() -> None:
    data = odt_with(
        [
            "Musterblatt · Ausgabe Musterstadt · Dienstag, 25. November 2025 · Seite 11",
            "Musterstadt",
            "Busbahnhof: Streit geht in die nächste Runde",
            "Autor: Jana Beispiel",
            _ONE,
            _TWO,
        ]
    )
    (art,) = articles_of("ausschnitt.odt", data)
    assert (art.title, art.section, art.source) == (
        "Busbahnhof: Streit geht in die nächste Runde",
        "Musterstadt",
        "Musterblatt",
    )
    assert art.published is not None and art.published.day == 25
    assert art.author == "Jana Beispiel"
