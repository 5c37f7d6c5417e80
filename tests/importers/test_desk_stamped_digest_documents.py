"""An organisation's digest document: items under their rubric-and-day lines.

A chamber's or an association's news digest (PDF, Word) prints its name over an issue line
and each item under a line such as 'Policy · 24 November 2025': one article per item, the
rubric its section, the day its date, the digest's name its source. A PDF's footer address
row ending in the web address ('X · Street 1, Town · www.x.org') is a line of its own, so
the subscription note printed under it does not join it.
"""

from __future__ import annotations

import textwrap
from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import (
    NEWS_MORE,
    NEWS_TEXT,
    Placed,
    articles_of,
    docx_with,
    pdf_with_layout,
)

ONE = (
    "The regional chamber has asked the government to publish a timetable for its road "
    "and water projects, warning that delays now hold back growth in every county."
)
TWO = (
    "A survey of 300 member firms found that six in ten regard poor infrastructure as a "
    "barrier to investment, up from four in ten a year earlier, the chamber said."
)


_articles = articles_of


def test_digest_items_under_rubric_and_day_lines() -> None:
    data = docx_with(
        ["Example Chamber", "Chamber News · Issue 12 · November 2025",
         "Policy · 24 November 2025", "Chamber urges faster delivery of road projects",
         ONE, TWO,
         "Members · 25 November 2025", "Northport chamber hosts a hydrogen forum",
         NEWS_TEXT, NEWS_MORE],
        table=False,
    )  # fmt: skip
    first, second = _articles("digest.docx", data)
    assert first.title == "Chamber urges faster delivery of road projects"
    assert (first.section, first.published) == ("Policy", datetime(2025, 11, 24))
    assert first.source == second.source == "Example Chamber"
    assert first.body == f"{ONE}\n\n{TWO}"
    assert second.title == "Northport chamber hosts a hydrogen forum"
    assert (second.section, second.published) == ("Members", datetime(2025, 11, 25))


def test_pdf_footer_address_row_does_not_run_into_the_line_under_it() -> None:
    lines: list[Placed] = [(60.0, 780.0, 16, "Chamber urges faster delivery of road projects")]
    y = 750.0
    for text in (ONE, TWO):
        for row in textwrap.wrap(text, 85):
            lines.append((60.0, y, 10, row))
            y -= 12
        y -= 8
    lines.append((60.0, y, 10, "Example Chamber · Main Street, Northport · www.example.org"))
    lines.append((60.0, y - 12, 10, "You are receiving this digest as a member of the network."))
    [art] = _articles("news.pdf", pdf_with_layout([lines]))
    assert art.body.startswith(f"{ONE}\n\n{TWO}")
    assert "You are receiving" not in art.body


def test_address_row_ending_in_a_british_or_irish_postcode_is_boilerplate() -> None:
    assert is_boilerplate("Example Chamber · 3rd Floor, Main House, Dublin 2, D02 XY71 · www.ex.ie")
    assert is_boilerplate("Example Society · 12 High Street, London EC2N 4AY · info@example.org")
    assert not is_boilerplate("Members met at the D02 office · the board, the chair and guests")
