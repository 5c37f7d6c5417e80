"""A series paper's volume and issue line ('Volume 9 · Note 12 · March 2025') is no
headline: the series name above it is the section, the publisher's logo the source; and
a footer's address row ending in a bare host name goes."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import articles_of, pdf_with_paragraphs

_TEXT = [
    "A string of outages in the regional power grid has moved the protection of substations "
    "up the agenda of the ministry. Since the spring at least four sites have been hit.",
    "Operators are investing in spare transformers and faster repair crews, and the "
    "regulator wants shared reporting of incidents between the companies involved.",
]


def test_the_volume_line_gives_way_to_the_headline() -> None:
    data = pdf_with_paragraphs(
        [
            "EXI",
            "Policy Notes",
            "Volume 9 · Note 12 · March 2025",
            "Grid substations: a weak point of the energy system",
            "Published 14 March 2025",
            *_TEXT,
            "Example House · 4 Sample Road · London SW1A 1AA · exi.org",
        ]
    )
    (article,) = articles_of("note.pdf", data)
    assert article.title == "Grid substations: a weak point of the energy system"
    assert (article.source, article.section) == ("EXI", "Policy Notes")
    assert "Volume 9" not in article.body and "Example House" not in article.body


def test_an_address_row_ending_in_a_host_name_is_boilerplate() -> None:
    assert is_boilerplate("Example House · 4 Sample Road · London SW1A 1AA · exi.org")
    assert not is_boilerplate("The ministry · the regulator · the operators · 2025")
