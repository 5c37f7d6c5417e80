"""A saved page with two authors joined by "und" in its author element, and the German
"Ort." opener after a standfirst marked by its class (fifteenth held-out batch; invented
page)."""

from __future__ import annotations

from app.importers import extract

_PAGE = (
    "<html><head><title>Example - Stahlwerk: Betriebsrat fordert Garantie</title></head>"
    "<body><header><a class='logo' href='/'>Example</a></header><main><article>"
    "<h1>Stahlwerk: Betriebsrat fordert Garantie für den Standort</h1>"
    "<p class='intro'>Vor der Sitzung am Freitag erhöht die Gewerkschaft den Druck. "
    "Tausende Beschäftigte wollen demonstrieren.</p>"
    "<div class='author'>{author}</div><div class='date'>25.11.2025, 18:40 Uhr</div>"
    "<p>Essen. Im Ringen um die Zukunft des Stahlwerks verlangt der Betriebsrat eine "
    "verbindliche Standortgarantie, sagte der Betriebsratschef am Dienstag.</p>"
    "<p>Hintergrund ist der geplante Abbau von bis zu 11.000 Stellen bis Ende des "
    "Jahrzehnts. Rund 5000 Arbeitsplätze sollen durch Kürzungen wegfallen.</p>"
    "<p>Am Freitag soll der Aufsichtsrat über den Geschäftsplan für die kommenden Jahre "
    "beraten. Die Gewerkschaft hat eine Kundgebung angekündigt.</p>"
    "</article></main></body></html>"
)


def _article(author: str):
    return extract("w.html", _PAGE.format(author=author).encode("utf-8"))[0].article


def test_two_authors_joined_by_und() -> None:
    art = _article("Anna Beispiel und Max Meßing")
    assert art.author == "Anna Beispiel und Max Meßing"
    assert art.dateline == "Essen"
    assert art.body.startswith("Essen. Im Ringen")


def test_a_name_and_its_role_are_no_two_authors() -> None:
    assert _article("Anna Beispiel, Senior Reporter").author != "Anna Beispiel, Senior Reporter"
