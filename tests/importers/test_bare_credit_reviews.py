"""A press review whose clippings stand under bare credits ('Outlet · date · Desk ·
Author', no page, no labels) gives one article per clipping, with desk and author in place."""

from __future__ import annotations

from app.importers.stampline import one_line_stamp
from tests.importers.makers import articles_of, docx_with

_ONE = (
    "Die Gemeindewerke erweitern ihr Ladenetz für Elektroautos um vierzig Säulen. Der Rat "
    "stimmte dem Vorhaben am Dienstag ohne Gegenstimmen zu, die ersten Säulen folgen im Mai."
)
_TWO = (
    "Die Kosten für den Ausbau trägt zu einem großen Teil das Land. Die Gemeindewerke rechnen "
    "mit einer Bauzeit von etwa zwei Jahren und einer Auslastung von rund sechzig Prozent."
)
_THREE = (
    "Die Müllgebühren in der Kreisstadt steigen ab Februar um sechs Prozent. Als Grund nennt "
    "die Verwaltung höhere Kosten für Personal, Fahrzeuge und die Verbrennung der Abfälle."
)
_FOUR = (
    "Der Bund der Steuerzahler kritisierte die Erhöhung als zu hoch. Haushalte mit vier "
    "Personen zahlen künftig im Jahr rund zwanzig Euro mehr als bisher, hieß es am Mittwoch."
)


def test_a_name_after_the_desk_is_the_author_not_the_desk() -> None:
    stamp = one_line_stamp("Beispielblatt · 25.11.2025 · Lokales Musterstadt · Jana Beispiel")
    assert stamp is not None and stamp.section == "Lokales Musterstadt"


def test_bare_credits_split_a_review_and_give_desk_and_author() -> None:
    data = docx_with(
        [
            "Pressespiegel · KW 48 · 28.11.2025",
            "Beispielblatt · 25.11.2025 · Lokales Musterstadt · Jana Beispiel",
            "Gemeindewerke bauen vierzig neue Ladesäulen",
            _ONE,
            _TWO,
            "Musterkurier · 27.11.2025 · Wirtschaft",
            "Müllgebühren steigen ab Februar",
            _THREE,
            _FOUR,
        ],
        table=False,
    )
    first, second = articles_of("review.docx", data)
    assert (first.title, first.source, first.section) == (
        "Gemeindewerke bauen vierzig neue Ladesäulen",
        "Beispielblatt",
        "Lokales Musterstadt",
    )
    assert first.author == "Jana Beispiel"
    assert (second.title, second.source, second.section) == (
        "Müllgebühren steigen ab Februar",
        "Musterkurier",
        "Wirtschaft",
    )
    assert "Musterkurier" not in first.body
