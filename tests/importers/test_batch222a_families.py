"""Blind batch 222a: a coverage report whose clippings carry their credit in fields under
the text ('Outlet · Thursday 26 November 2026 · page 7 · News · by Name'), each closed by
the analyst's flag ('▶ University quoted: …') instead of a separator mark."""

from __future__ import annotations

from app.importers.docfront import labelled_credit
from tests.importers.makers import articles_of, odt_with

_EN1 = (
    "Scientists from the university are to help build a new detector in a deep mine, in an "
    "attempt to catch the faint signals that could reveal what the matter is made of."
)
_EN2 = (
    "The experiment will sit more than a kilometre below ground, where the rock shields "
    "the instruments from cosmic rays, and local teams will design its light sensors."
)
_EN3 = (
    "A start-up spun out of the university has raised money to build a plant that "
    "recovers lithium and cobalt from used batteries, the company said on Wednesday."
)
_EN4 = (
    "The funding round was led by a clean technology fund and will pay for a facility in "
    "the county due to open in two years, the company said in a statement on its site."
)
_EN5 = (
    "When the storm swept across the country two winters ago, forecasters had warned of "
    "heavy rain days in advance, but could not say where the worst of it would fall."
)

_EN6 = (
    "That uncertainty is no failure of the models: as the air warms it holds more water, "
    "and small shifts in a storm track decide between a wet weekend and a flooded town."
)


def _report() -> list[str]:
    return [
        "Media Coverage Report",
        "Week ending Sunday 29 November 2026",
        "NATIONAL PRESS",
        "Physicists join hunt for dark matter underground",
        _EN1,
        _EN2,
        "Example Echo · Thursday 26 November 2026 · page 7 · News · by Jane Roe",
        "▶ University quoted: Professor of Physics",
        "AGENCIES",
        "Battery recycling spinout raises 12 million pounds",
        _EN3,
        _EN4,
        "Example Wire · 25 November 2026, 11:32 GMT · Sustainable Business",
        "▶ University spinout featured",
        "Why winter storms are getting harder to forecast",
        _EN5,
        _EN6,
        "Example Talk · 23 November 2026 · Environment · by John Doe, Associate Professor of "
        "Geography, Example University",
        "▶ University author",
    ]


def test_credits_in_fields_under_texts_closed_by_flags_split_the_report() -> None:
    arts = articles_of("coverage.odt", odt_with(_report()))
    assert [(a.title, a.source, a.section, a.author) for a in arts] == [
        ("Physicists join hunt for dark matter underground", "Example Echo", "News", "Jane Roe"),
        (
            "Battery recycling spinout raises 12 million pounds",
            "Example Wire",
            "Sustainable Business",
            "",
        ),
        (
            "Why winter storms are getting harder to forecast",
            "Example Talk",
            "Environment",
            "John Doe",
        ),
    ]
    assert [a.published.day for a in arts if a.published] == [26, 25, 23]
    for art in arts:
        assert "▶" not in art.body
        assert "AGENCIES" not in art.body
        assert "Example" not in art.body.split("\n\n")[-1][:12]


def test_desk_and_author_among_a_credits_fields() -> None:
    stamp, author = labelled_credit("Quelle: Example Echo, 24 November 2026 · News · by Jane Roe")
    assert (stamp.section, author) == ("News", "Jane Roe")
    stamp, _ = labelled_credit("Quelle: Example Wire, 25 November 2026 · Sustainable Business")
    assert stamp.section == "Sustainable Business"
    stamp, author = labelled_credit("Quelle: Beispielblatt, 25.11.2025 · Lokales · Jana Beispiel")
    assert (stamp.section, author) == ("Lokales", "Jana Beispiel")
