"""A print-to-PDF that draws its menu row as one string spaced wide, glues the browser's
stamp to the page title, and breaks a long headline over lines."""

from app.importers.pdf import _printed_page
from app.importers.pdflayout import Line, _cells, _rows, print_day, print_title


def _run(text: str, x0: float = 0.0, x1: float = 300.0) -> dict:
    return {
        "text": text,
        "tx": x0,
        "displaced_tx": x1,
        "ty": 700.0,
        "font_size": 9.0,
        "font_height": 9.0,
    }


def test_menu_row_spaced_wide_splits_into_cells():
    for row, first in [
        ("Nordstahl Gruppe   Konzern   Produkte   Karriere   Presse", "Nordstahl Gruppe"),
        ("Harbour Energy plc   About us   Investors   Media   Careers", "Harbour Energy plc"),
        ("Уралхим   О компании   Продукция   Пресс-центр", "Уралхим"),
    ]:
        parts = [g["text"] for g in _cells([_run(row)])]
        assert parts[0] == first and len(parts) >= 4


def test_justified_line_and_two_parts_stay_whole():
    for row in [
        "Die   Stadt   plant   einen   neuen   Hafen   am   Ufer",
        "Wednesday, November 26, 2025     A5",
        "Один абзац текста   и второй",
    ]:
        assert [g["text"] for g in _cells([_run(row)])] == [row]


def _line(text: str, row: int, y: float) -> Line:
    return Line(text, 0.0, 300.0, y, 9.0, row)


def test_stamp_glued_to_title_and_wrapped_site():
    cases = [
        (
            "25.11.25, 16:08 Nordstahl: Neue Anlage in Betrieb |",
            "Nordstahl",
            "Nordstahl: Neue Anlage in Betrieb | Nordstahl",
        ),
        (
            "11/20/25, 8:14 AM Harbour Energy wins licence |",
            "Harbour",
            "Harbour Energy wins licence | Harbour",
        ),
        (
            "27.11.2025, 09:02 Уралхим запустил цех | Уралхим",
            "Меню",
            "Уралхим запустил цех | Уралхим",
        ),
    ]
    for head, nxt, title in cases:
        pages = [[_line(head, 0, 760.0), _line(nxt, 1, 748.0), _line("Body text here.", 2, 700.0)]]
        assert print_title(pages) == title
        assert print_day(pages) is not None
        assert len(_rows(pages[0])) == 3
    # a headline that merely opens with a date is no print header
    pages = [[_line("25.11.25, 16:08 Uhr: Brand im Hafen", 0, 760.0), _line("x", 1, 748.0)]]
    assert print_title(pages) == ""


def test_broken_headline_under_print_title():
    text = "Nordstahl\nNordstahl Gruppe\nNordstahl: Neue\nAnlage in Betrieb\nDuisburg – Text."
    hints = _printed_page("Nordstahl: Neue Anlage in Betrieb | Nordstahl", text)
    assert hints.title == "Nordstahl: Neue Anlage in Betrieb"
    text = "Harbour\nHarbour Energy wins\nnew licence\nAberdeen – Text."
    hints = _printed_page("Harbour Energy wins new licence | Harbour", text)
    assert hints.title == "Harbour Energy wins new licence"
    # not printed at all: no title from the browser's header
    hints = _printed_page("Другой заголовок | Уралхим", "Уралхим\nЗаголовок статьи\nТекст.")
    assert hints.title == ""
