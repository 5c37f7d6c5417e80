"""A clipping export's field block under the text ('Medium: X' / 'Erscheinungstag: date' /
'Seite: 15 · Ressort: Y' / 'Auflage: … · Reichweite: …'), two fields to a row as a table
prints them: the outlet, day and desk, and the block with its figures leaves the text; a
single 'Quelle:' note under a text is no such block."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with, odt_with

_DE = (
    "Auf dem früheren Gelände der Brauerei sollen in den kommenden Jahren rund 300 Wohnungen "
    "und Werkstätten entstehen, wie die Verwaltung am Dienstag im Ausschuss erläuterte."
)
_DE2 = (
    "Ein Drittel der Wohnungen soll als geförderter Wohnraum entstehen. Eine Entscheidung "
    "des Gemeinderats wird im Februar erwartet, danach beginnt das Verfahren."
)
_EN = (
    "The former brewery site will be turned into 300 homes and workshops over the next ten "
    "years, council officers told the planning committee on Tuesday evening."
)
_EN2 = (
    "A third of the homes are to be affordable. Councillors will decide in February, after "
    "which the formal planning process will begin and residents can comment."
)


def test_german_block_with_two_fields_a_row() -> None:
    data = odt_with(
        [
            "Brauereiareal: Stadt plant Wohnen und Gewerbe",
            _DE,
            _DE2,
            "Medium: Beispielstädter Anzeiger",
            "Erscheinungstag: Mi., 5.3.2025",
            "Seite: 15 · Ressort: Lokales",
            "Auflage: 21.600 · Reichweite: 0,05 Mio.",
        ]
    )
    (art,) = articles_of("clip.odt", data)
    assert art.source == "Beispielstädter Anzeiger"
    assert art.section == "Lokales"
    assert art.published is not None and (art.published.month, art.published.day) == (3, 5)
    assert "Auflage" not in art.body and "Medium" not in art.body


def test_english_block_under_the_text() -> None:
    data = docx_with(
        [
            "Brewery site to become homes",
            _EN,
            _EN2,
            "Publication: Example Evening Herald",
            "Date: 5 March 2025",
            "Page: 4 · Section: Business",
            "Circulation: 12,000 · Reach: 0.1m",
        ],
        table=False,
    )
    (art,) = articles_of("clip.docx", data)
    assert art.source == "Example Evening Herald"
    assert art.section == "Business"
    assert "Circulation" not in art.body


def test_russian_block_under_the_text() -> None:
    text = (
        "На месте бывшего пивзавода построят около 300 квартир и мастерских, сообщили во "
        "вторник в комитете по градостроительству городской думы."
    )
    data = odt_with(
        [
            "На месте пивзавода построят жильё",
            text,
            text,
            "Источник: Пример-Вести",
            "Дата: 05.03.2025",
            "Полоса: 5 · Рубрика: Город",
        ]
    )
    (art,) = articles_of("clip.odt", data)
    assert art.source and "Источник" not in art.body  # the outlet, as the archive spells it
    assert art.section == "Город"


def test_single_source_note_under_a_text_stays() -> None:
    data = odt_with(
        ["Brauereiareal: Stadt plant Wohnen", _DE, _DE2, "Quelle: Statistisches Landesamt"]
    )
    (art,) = articles_of("note.odt", data)
    assert art.source != "Statistisches Landesamt"
