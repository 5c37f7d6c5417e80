"""A PDF's printed lines become paragraphs again; running heads and feet go.

The text layer breaks every line; a vertical gap, a change of type size, an indent or a
short last line ends a paragraph, the rest is joined (a hyphen at a line end joins the
word). Rows repeated at the top or foot of every page, page numbers ('Page 1 of 2',
'Seite 1 von 1', '1/2' beside the URL) and a browser's print header do not reach the text.
"""

from __future__ import annotations

import textwrap

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import Placed, pdf_with_layout

FIRST = (
    "The regional water board will raise its tariffs by six per cent from January, its "
    "chairman said on Monday, after two dry summers cut the reservoirs to record lows "
    "and forced the utility to buy water from neighbouring districts at higher prices."
)
SECOND = (
    "Households using an average amount of water will pay about 40 euros more a year. "
    "The board said it would use the extra money to repair leaking pipes, which lose "
    "nearly a fifth of the water pumped into the network every year, and to build a "
    "second treatment plant in the south of the district before the end of the decade."
)
THIRD = (
    "Consumer groups criticised the increase and asked the regional government to review "
    "the board's accounts before the new tariffs take effect in the new year."
)


def _column(text: str, y: float, size: float = 10, width: int = 85) -> tuple[list[Placed], float]:
    """The paragraph wrapped into printed lines from baseline y down; the next free y."""
    lines = textwrap.wrap(text, width)
    placed = [(60.0, y - k * 1.2 * size, size, ln) for k, ln in enumerate(lines)]
    return placed, y - len(lines) * 1.2 * size - 0.8 * size


def _article(data: bytes, name: str = "clipping.pdf"):  # type: ignore[no-untyped-def]
    [item] = extract(name, data)
    assert isinstance(item, Extracted)
    return item.article


def _page(y: float, *texts: str) -> tuple[list[Placed], float]:
    page: list[Placed] = []
    for text in texts:
        lines, y = _column(text, y)
        page += lines
    return page, y


def test_lines_of_a_paragraph_are_joined_and_gaps_keep_paragraphs() -> None:
    head = [
        (60.0, 780.0, 18, "Water board raises tariffs after two"),
        (60.0, 758.0, 18, "dry summers"),
    ]
    body, _ = _page(720.0, FIRST, SECOND, THIRD)
    art = _article(pdf_with_layout([head + body]))
    assert art.title == "Water board raises tariffs after two dry summers"
    assert art.body.split("\n\n") == [FIRST, SECOND, THIRD]


def test_short_last_line_ends_a_paragraph_without_a_gap() -> None:
    one, y = _column(FIRST, 720.0)
    two, _ = _column(SECOND, y + 0.8 * 10)  # no extra space between the paragraphs
    head = [(60.0, 760.0, 16, "Water board raises tariffs")]
    art = _article(pdf_with_layout([head + one + two]))
    assert art.body.split("\n\n") == [FIRST, SECOND]


def test_hyphen_at_a_line_end_joins_the_word() -> None:
    printed = [
        "Der regionale Wasserverband erhoeht die Gebuehren ab Januar um 6 Prozent, wie der Vor-",
        "sitzende am Montag mitteilte. Zwei trockene Sommer haetten die Speicher in Baden-",
        "Wuerttemberg geleert, der Verband muss Wasser aus Nachbarkreisen zukaufen, Energie-",
        "und Personalkosten steigen ebenfalls deutlich, hiess es am Montag beim Verband.",
    ]
    lines = [(60.0, 760.0, 16, "Wasserverband erhoeht die Gebuehren")]
    lines += [(60.0, 720.0 - 12 * k, 10, text) for k, text in enumerate(printed)]
    art = _article(pdf_with_layout([lines]))
    assert "wie der Vorsitzende am Montag" in art.body
    assert "in Baden-Wuerttemberg geleert" in art.body
    assert "Energie- und Personalkosten" in art.body


def test_running_heads_and_page_numbers_repeated_on_every_page_go() -> None:
    def furniture(n: int) -> list[Placed]:
        return [
            (60.0, 815.0, 8, "Acme Media Monitor - Press review for Northfield Water"),
            (60.0, 40.0, 8, f"Page {n} of 2"),
        ]

    head = [(60.0, 770.0, 16, "Water board raises tariffs")]
    one, _ = _page(740.0, FIRST)
    two, _ = _page(780.0, SECOND, THIRD)
    art = _article(pdf_with_layout([furniture(1) + head + one, furniture(2) + two]))
    assert art.title == "Water board raises tariffs"
    assert art.body.split("\n\n") == [FIRST, SECOND, THIRD]
    assert "Acme Media Monitor" not in art.body and "Page" not in art.body


def test_paragraph_running_over_a_page_break_stays_whole() -> None:
    lines = textwrap.wrap(SECOND, 85)
    one = [(60.0, 720.0 - 12 * k, 10, ln) for k, ln in enumerate(lines[:2])]
    two = [(60.0, 780.0 - 12 * k, 10, ln) for k, ln in enumerate(lines[2:])]
    head = [(60.0, 760.0, 16, "Water board raises tariffs")]
    art = _article(pdf_with_layout([head + one, two]))
    assert art.body == SECOND


def test_browser_print_header_and_url_footer_go_on_a_single_page() -> None:
    page: list[Placed] = [
        (20.0, 815.0, 7.5, "20/11/2025, 08:14"),
        (200.0, 815.0, 7.5, "Water board raises tariffs | Northfield News"),
        (60.0, 770.0, 16, "Water board raises tariffs"),
    ]
    body, _ = _page(740.0, FIRST, SECOND)
    page += body
    page += [
        (20.0, 30.0, 7.5, "https://news.example.org/2025/11/19/water-tariffs"),
        (550.0, 30.0, 7.5, "1/1"),
    ]
    art = _article(pdf_with_layout([page]))
    assert art.body.split("\n\n") == [FIRST, SECOND]
    assert art.title == "Water board raises tariffs"


def test_print_header_title_with_a_dash_names_the_site() -> None:
    """'Headline - Site' in the browser's print header, the headline printed under it."""
    page: list[Placed] = [
        (20.0, 815.0, 7.5, "20/11/2025, 08:14"),
        (200.0, 815.0, 7.5, "Water board raises tariffs - Northfield Gazette"),
        (60.0, 770.0, 16, "Water board raises tariffs"),
    ]
    body, _ = _page(740.0, FIRST, SECOND)
    art = _article(pdf_with_layout([page + body]))
    assert art.source == "Northfield Gazette"
    assert art.title == "Water board raises tariffs"


def test_masthead_spelled_by_the_print_header_domain_is_the_source() -> None:
    """'Page title - ng-online.de' in the print header, a page title other than the
    headline: the masthead in capitals whose initials the domain spells is the paper."""
    page: list[Placed] = [
        (20.0, 815.0, 7.5, "20/11/2025, 08:14"),
        (200.0, 815.0, 7.5, "Northfield: Tariffs up by six per cent - ng-online.de"),
        (60.0, 790.0, 20, "NORTHFIELD GAZETTE"),
        (60.0, 760.0, 16, "Water board raises tariffs after dry summers"),
    ]
    body, _ = _page(730.0, FIRST, SECOND)
    art = _article(pdf_with_layout([page + body]))
    assert art.source == "Northfield Gazette"
    assert art.title == "Water board raises tariffs after dry summers"


def test_journal_folio_at_the_foot_names_and_dates_and_leaves_the_text() -> None:
    """'Title | Vol 12 | date | page' at a single page's foot: the journal's folio."""
    page: list[Placed] = [(60.0, 770.0, 16, "Water board raises tariffs after dry summers")]
    body, _ = _page(740.0, FIRST, SECOND)
    page += [*body, (330.0, 25.0, 8, "Northfield Review | Vol 12 | 19 November 2025 | 431")]
    art = _article(pdf_with_layout([page]))
    assert art.source == "Northfield Review"
    assert art.published is not None and art.published.date().isoformat() == "2025-11-19"
    assert "Vol 12" not in art.body


def test_single_page_number_line_goes_but_a_season_stays() -> None:
    page: list[Placed] = [(60.0, 770.0, 16, "Water board raises tariffs")]
    body, y = _page(740.0, FIRST, SECOND)
    page += [*body, (60.0, y, 10, "Season 2024/25"), (280.0, 30.0, 8, "Seite 1 von 1")]
    art = _article(pdf_with_layout([page]))
    assert "Seite 1" not in art.body
    assert art.body.startswith(FIRST)


def test_lines_in_a_larger_type_with_wider_spacing_join_after_a_tight_list() -> None:
    """The spacing of each type size is its own: a 9.5-point list set tight does not make
    the 10.5-point text under it look like one paragraph a line."""
    head = [(60.0, 780.0, 18, "Water board raises tariffs")]
    items = [(70.0, 740.0 - 12 * k, 9.5, f"- Point {k} of the summary box") for k in range(3)]
    text = [(60.0, 690.0 - 15.5 * k, 10.5, ln) for k, ln in enumerate(textwrap.wrap(FIRST, 85))]
    art = _article(pdf_with_layout([head + items + text]))
    assert FIRST in art.body.split("\n\n")


def test_footnotes_at_the_page_foot_and_a_running_head_repeating_the_title_go() -> None:
    head = [(60.0, 780.0, 18, "Water board raises tariffs after two dry summers")]
    one, _ = _page(740.0, FIRST + "\u00b9")
    notes = [
        (60.0, 70.0, 7.5, "\u00b9 Regional water board, annual report 2024, Northfield,"),
        (60.0, 61.0, 7.5, "2025."),
        (60.0, 52.0, 7.5, "\u00b2 See the statistics office, water prices, 2025."),
    ]
    running = [(300.0, 815.0, 8, "Brief 3/25 \u00b7 Water board raises tariffs")]
    two, _ = _page(780.0, SECOND)
    art = _article(pdf_with_layout([head + one + notes, running + two]))
    assert art.body.split("\n\n") == [FIRST + "\u00b9", SECOND]
