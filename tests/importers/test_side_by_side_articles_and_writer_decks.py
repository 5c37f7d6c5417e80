"""An e-paper page with two articles side by side: the clipped one is the left column's;
the right one (its rubric, headline, byline and text, an ad under it) goes, and what stands
over it (the masthead's issue line) heads the page. A magazine's deck naming its writer at
its end ('…, writes JANE ROE') is the byline and the deck, not the text."""

from __future__ import annotations

import textwrap

from app.importers.byline import deck_writer
from tests.importers.makers import Placed, article_of, articles_of, pdf_with_layout

LEFT = [
    "The district council has approved a new bus line that will link the northern estates "
    "with the railway station from the spring, the transport committee said on Tuesday.",
    "Buses will run every twenty minutes on weekdays and every half hour at weekends, and "
    "the fare will be the same as on the other town lines, the committee said.",
    "Residents had asked for the link for years, as the estates have no direct connection "
    "to the station and many commuters drive to the park and ride instead.",
]
RIGHT = [
    "Work on the new primary school in the western district will start in March after the "
    "council picked a builder for the project, the education office said.",
    "The school will have room for 400 pupils, a sports hall and a library, and is due to "
    "open for the school year that starts in September 2027.",
]


def _column(x: float, y: float, paragraphs: list[str]) -> tuple[list[Placed], float]:
    placed: list[Placed] = []
    for text in paragraphs:
        for k, row in enumerate(textwrap.wrap(text, 42)):
            placed.append((x + (10 if k == 0 else 0), y, 9.4, row))
            y -= 12.8
        y -= 4
    return placed, y


def _page(right_article: bool, rubric: bool = True) -> bytes:
    page: list[Placed] = [
        (50, 780, 30, "NORTHFIELD CHRONICLE"),
        (6, 762, 8, "The daily paper of the northern district"),
        (316, 762, 8, "No. 96 - Friday, 5 December 2025"),
        (6, 731, 8, "Transport"),
        (6, 710, 16, "New bus line to link"),
        (6, 691, 16, "estates with station"),
        (6, 668, 8.5, "By Jane ROE"),
    ]
    left, _ = _column(6, 650, LEFT)
    page += left
    if right_article:
        page += [(270, 731, 8, "Education")] if rubric else []
        page += [
            (270, 712, 14, "Builder picked for"),
            (270, 695, 14, "new primary school"),
            (270, 679, 8.5, "By John DOE"),
        ]
        right, y = _column(270, 660, RIGHT)
        page += [*right, (270, y - 10, 7, "ADVERTISEMENT")]
    else:
        right, _ = _column(270, 650, RIGHT)
        page += right
    return pdf_with_layout([page])


def test_the_next_article_beside_the_clipped_one_goes() -> None:
    [art] = articles_of("epaper.pdf", _page(right_article=True))
    assert art.title == "New bus line to link estates with station"
    assert art.published is not None and art.published.date().isoformat() == "2025-12-05"
    assert art.body.startswith("The district council has approved")
    assert "primary school" not in art.body and "Builder picked" not in art.body
    assert art.author.lower() == "jane roe"


def test_the_next_article_without_its_rubric_goes_too() -> None:
    [art] = articles_of("epaper.pdf", _page(right_article=True, rubric=False))
    assert art.body.startswith("The district council has approved")
    assert "primary school" not in art.body and "ADVERTISEMENT" not in art.body


def test_a_column_that_goes_on_the_same_article_stays() -> None:
    [art] = articles_of("epaper.pdf", _page(right_article=False))
    assert "primary school" in art.body and "The district council" in art.body


def test_deck_naming_its_writer() -> None:
    assert (
        deck_writer(
            "Ministers promised new lines from the coast to the hills, but the trains are not "
            "coming any faster, writes JANE ROE"
        )
        == "Jane Roe"
    )
    assert (
        deck_writer(
            "Die Brauereien der Region kämpfen mit steigenden Preisen für Malz und Energie, "
            "schreibt Anna Berg"
        )
        == "Anna Berg"
    )
    assert (
        deck_writer(
            "Жители окраин всё чаще жалуются на нехватку автобусов по вечерам, пишет Иван Петров"
        )
        == "Иван Петров"
    )
    assert deck_writer("The minister said the report, which the committee writes, was late") == ""


def test_writer_deck_is_the_byline_not_the_text() -> None:
    text = (
        "AGENDA\n\n"
        "Northfield's river port is running out of room\n\n"
        "The port handled more containers than ever this year, but its quays and cranes date "
        "from the 1970s and the town has no money to replace them, writes JANE ROE\n\n"
        "On a grey morning at the eastern quay, three ships wait for a berth while the only "
        "working crane lifts one container after another onto the waiting lorries.\n\n"
        "The port authority says it needs forty million euros over the next five years to "
        "rebuild the quays, and it has asked the regional government for help."
    )
    art = article_of(text)
    assert art.author == "Jane Roe"
    assert art.body.startswith("On a grey morning")
    assert "writes JANE ROE" not in art.body
