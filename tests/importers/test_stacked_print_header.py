"""A page printed from a browser whose header stacks the copy date, the page title
('Headline - Site') and the address on three rows: the title names the site, and a
headline the page breaks over two lines ('Part one:' / 'part two') is the whole headline,
the crumb over it the section. The app pitch under the text ('Download the X app to stay
up to date …') is no text. A headline on one line under the same header is left as is."""

from __future__ import annotations

from tests.importers.makers import articles_of, pdf_with_paragraphs

_EN = [
    "CHESTERFORD: The new bridge over the river has passed its load tests and will open to "
    "traffic next week, the county engineer said on Monday after the final inspection.",
    "Crews will remove the temporary barriers over the weekend, and buses will return to the "
    "old route from Tuesday, according to the transport office.",
    "Download the Courier app to stay up to date with the latest news",
]
_DE = [
    "Die neue Brücke über den Fluss hat die Belastungsprobe bestanden und wird in der "
    "kommenden Woche für den Verkehr freigegeben, teilte das Bauamt am Montag mit.",
    "Die Busse fahren ab Dienstag wieder die alte Strecke, kündigte der Verkehrsverbund an, "
    "die Umleitung über die Landstraße entfällt.",
]


def _page(stamp: str, title: str, url: str, body: list[str], head: list[str]) -> bytes:
    placed = [(30.0, 828.0, 8, stamp), (30.0, 818.0, 8, title), (30.0, 808.0, 8, url)]
    y = 780.0
    for k, line in enumerate(head):
        placed.append((60.0, y, 14 if k >= len(head) - 2 else 9 + k % 2, line))
        y -= 34
    return pdf_with_paragraphs(body, head=placed, top=y - 10)


def test_english_headline_over_two_lines() -> None:
    data = _page(
        "11/20/25, 8:14 AM",
        "River bridge passes load tests: opening set for next week - The Example Courier",
        "https://www.example-courier.com/cities/chesterford/2025/river-bridge",
        _EN,
        [
            "The Example Courier",
            "News Cities Business Sport Opinion Videos Galleries",
            "Cities > Chesterford",
            "River bridge passes load tests:",
            "opening set for next week",
        ],
    )
    (art,) = articles_of("print.pdf", data)
    assert art.title == "River bridge passes load tests: opening set for next week"
    assert art.source == "The Example Courier"
    assert art.section == "Chesterford"
    assert art.body.startswith("CHESTERFORD: The new bridge")
    assert "Download the Courier app" not in art.body


def test_german_headline_over_two_lines() -> None:
    data = _page(
        "20.11.2025, 08:14",
        "Neue Flussbrücke besteht Belastungsprobe: Freigabe in der kommenden Woche"
        " - Beispieler Bote",
        "https://www.beispieler-bote.de/region/bruecke-freigabe",
        _DE,
        [
            "Region > Beispielstadt",
            "Neue Flussbrücke besteht Belastungsprobe:",
            "Freigabe in der kommenden Woche",
        ],
    )
    (art,) = articles_of("druck.pdf", data)
    assert art.title == "Neue Flussbrücke besteht Belastungsprobe: Freigabe in der kommenden Woche"
    assert art.source == "Beispieler Bote"
    assert art.section == "Beispielstadt"
    assert art.body.startswith("Die neue Brücke")


def test_headline_on_one_line_is_left_alone() -> None:
    data = _page(
        "11/20/25, 8:14 AM",
        "River bridge passes load tests - The Example Courier",
        "https://www.example-courier.com/river-bridge",
        _EN[:2],
        ["Cities > Chesterford", "River bridge passes load tests"],
    )
    (art,) = articles_of("print.pdf", data)
    assert art.title == "River bridge passes load tests"
    assert art.source == "The Example Courier"
    assert art.section == "Chesterford"
