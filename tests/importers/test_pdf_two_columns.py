"""A PDF page set in two columns whose content order lists the lines by height (each
printed row a line of the left column, then one of the right: e-paper clippings,
magazine pages) reads column by column, each column joined against its own right edge;
a bold run-in placed where its line starts goes on that line."""

from __future__ import annotations

from app.importers.pdflayout import Line, paragraphs
from tests.importers.makers import articles_of, pdf_with_layout

LEFT_DE = [
    "Die Stadtwerke wollen ihr Netz in den",
    "kommenden zehn Jahren mehr als verdop-",
    "peln. Das geht aus dem Wärmeplan hervor,",
    "den das Unternehmen am Donnerstag im",
    "Ausschuss für Umwelt vorgestellt hat.",
]
RIGHT_DE = [
    "Im Ausschuss stießen die Pläne auf viel",
    "Zustimmung. Mehrere Mitglieder fragten",
    "nach, wie sich die Preise für Mieter in",
    "den nächsten Jahren entwickeln werden.",
]


def _interleaved(left: list[str], right: list[str], top: float, size: float = 9) -> list:
    """Placed lines of two columns, listed row by row across the page."""
    placed = []
    for n in range(max(len(left), len(right))):
        y = top - 11.5 * n
        if n < len(left):
            placed.append((40, y, size, left[n]))
        if n < len(right):
            placed.append((250, y, size, right[n]))
    return placed


def test_an_epaper_page_in_two_columns_reads_column_by_column_de() -> None:
    page = [
        (40, 780, 7, "E-Paper · Ausgabe Stadt · 22.11.2025"),
        (40, 740, 22, "Fernwärme soll bis 2035 die Innenstadt erreichen"),
        *_interleaved(LEFT_DE, RIGHT_DE, 700),
        (40, 40, 7, "Beispiel Zeitung · Samstag, 22. November 2025 · Lokalredaktion Stadt"),
    ]
    (art,) = articles_of("clipping.pdf", pdf_with_layout([page]))
    assert art.title == "Fernwärme soll bis 2035 die Innenstadt erreichen"
    first, second = art.body.split("\n\n")[:2]
    assert first == " ".join(LEFT_DE).replace("verdop- peln", "verdoppeln")
    assert second == " ".join(RIGHT_DE)


def _lines(rows: list[tuple[float, float, float, float, str]]) -> list[Line]:
    """Lines (x0, x1, y, size, text); lines at one height share a row."""
    out: list[Line] = []
    for x0, x1, y, size, text in rows:
        row = out[-1].row if out and out[-1].y == y else (out[-1].row + 1 if out else 0)
        out.append(Line(text, x0, x1, y, size, row))
    return out


def test_a_magazine_page_in_two_columns_ru_and_en() -> None:
    ru = _lines(
        [
            (6, 400, 750, 26, "Северный завоз уходит на рельсы"),
            (6, 229, 594, 9.3, "В этом году впервые за всю историю"),
            (264, 487, 594, 9.3, "Колыму, Индигирку и в Тикси, куда"),
            (6, 229, 581, 9.3, "северного завоза железная дорога"),
            (264, 487, 581, 9.3, "железная дорога не дойдёт. Там спрос"),
            (6, 229, 568, 9.3, "доставила в Якутию больше грузов,"),
            (264, 400, 568, 9.3, "растёт: в улусах строятся школы."),
            (6, 229, 555, 9.3, "чем речной флот, и переориентируется на"),
        ]
    )
    text = paragraphs([ru]).split("\n")
    assert text[1] == (
        "В этом году впервые за всю историю северного завоза железная дорога доставила "
        "в Якутию больше грузов, чем речной флот, и переориентируется на Колыму, "
        "Индигирку и в Тикси, куда железная дорога не дойдёт. Там спрос растёт: в улусах "
        "строятся школы."
    )
    en = _lines(
        [
            (6, 240, 600, 9, "The port will ship more than 300,000"),
            (270, 500, 600, 9, "next year, the harbour master said, as"),
            (6, 240, 588, 9, "tonnes to the Arctic before the end of"),
            (270, 500, 588, 9, "two more cranes arrive in the spring"),
            (6, 240, 576, 9, "the season, and expects even more"),
            (270, 420, 576, 9, "and the new berth opens."),
        ]
    )
    assert (
        paragraphs([en])
        .split("\n")[0]
        .startswith(
            "The port will ship more than 300,000 tonnes to the Arctic before the end of the "
            "season, and expects even more next year"
        )
    )


def test_a_bold_run_in_placed_at_its_lines_start_goes_on_that_line() -> None:
    page = [
        (40, 740, 18, "Neue Buslinie verbindet die Vororte"),
        (48, 700, 9, "KASSEL."),
        (48, 700, 9, " Die Verkehrsbetriebe richten im Dezember eine neue Linie ein,"),
        (40, 688.5, 9, "die drei Vororte im Takt von zwanzig Minuten mit dem Zentrum"),
        (40, 677, 9, "verbindet, wie das Unternehmen am Montag mitteilte. Der erste"),
        (40, 665.5, 9, "Bus fährt am 14. Dezember um fünf Uhr am Hauptbahnhof ab."),
    ]
    (art,) = articles_of("bus.pdf", pdf_with_layout([page]))
    assert art.body.startswith("KASSEL. Die Verkehrsbetriebe richten im Dezember")


def test_a_table_of_short_cells_and_a_page_read_column_by_column_stay_as_they_are() -> None:
    table = _lines(
        [
            (6, 60, 600, 9, "Datum:"),
            (270, 330, 600, 9, "24.11.2025"),
            (6, 60, 588, 9, "Ort:"),
            (270, 330, 588, 9, "Berlin"),
            (6, 60, 576, 9, "Kontakt:"),
            (270, 330, 576, 9, "Jan Roe"),
        ]
    )
    text = paragraphs([table])
    words = ["Datum:", "24.11.2025", "Ort:", "Berlin", "Kontakt:", "Jan Roe"]
    assert [text.index(w) for w in words] == sorted(text.index(w) for w in words)
    # the content order already reads the left column down, then the right one
    ordered = [(40, 700 - 11.5 * n, 9, t) for n, t in enumerate(LEFT_DE)] + [
        (250, 700 - 11.5 * n, 9, t) for n, t in enumerate(RIGHT_DE)
    ]
    page = [(40, 740, 22, "Fernwärme soll bis 2035 die Innenstadt erreichen"), *ordered]
    (art,) = articles_of("ordered.pdf", pdf_with_layout([page]))
    assert art.body.startswith("Die Stadtwerke wollen ihr Netz in den kommenden zehn Jahren")
    assert "Im Ausschuss stießen die Pläne auf viel Zustimmung." in art.body
