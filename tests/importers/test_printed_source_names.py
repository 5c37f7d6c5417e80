"""An outlet is filed under the name the clipping prints for it (docs/blind-batches.md):
a listed outlet's alias in a review's credit ('BBC News' of the listed 'BBC') stays as
printed; search and the source facet know a listed outlet's names as one outlet."""

from __future__ import annotations

from tests.importers.makers import articles_of, odt_with

_EN1 = (
    "Residents of the old town say the growing number of shared houses in the centre is "
    "pushing families out and leaving whole streets empty for months of the year."
)
_EN2 = (
    "The county council is consulting on tighter rules for new shared houses, and the "
    "university said it was building more rooms of its own to ease the pressure."
)
_EN3 = (
    "A start-up spun out of the university has raised money to build a plant that "
    "recovers lithium and cobalt from used batteries, the company said on Wednesday."
)
_EN4 = (
    "The funding round was led by a clean technology fund and will pay for a facility in "
    "the county due to open in two years, the company said in a statement on its site."
)


def test_a_listed_outlets_alias_in_a_reviews_credit_stays_as_printed() -> None:
    report = [
        "Media Coverage Report",
        "Week ending Sunday 29 November 2026",
        "BROADCAST AND ONLINE",
        "Student numbers 'putting strain on city housing'",
        _EN1,
        _EN2,
        "BBC News · 27 November 2026 · North East and Cumbria",
        "▶ University statement included",
        "AGENCIES",
        "Battery recycling spinout raises 12 million pounds",
        _EN3,
        _EN4,
        "Example Wire · 25 November 2026, 11:32 GMT · Sustainable Business",
        "▶ University spinout featured",
    ]
    arts = articles_of("coverage.odt", odt_with(report))
    assert [(a.source, a.section) for a in arts] == [
        ("BBC News", "North East and Cumbria"),
        ("Example Wire", "Sustainable Business"),
    ]
