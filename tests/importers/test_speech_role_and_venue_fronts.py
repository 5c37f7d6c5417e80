"""A speech whose speaker line names the role after a comma ('Remarks by Jane Roe,
Governor'), with the venue and day and 'Check against delivery' over the title, under a
bilingual letterhead in capitals: the speaker is the author, the title the headline, the
day the venue line's, the letterhead's first name the issuer."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with

_ONE = (
    "Good morning, and thank you for having me. It is a pleasure to be in Northport again, "
    "a town that has always welcomed new trade and new ideas."
)
_TWO = (
    "Today I want to talk about harbour fees and why they matter for the prices households "
    "pay. Over the past decade the fees have risen faster than wages in the region."
)


def test_speaker_with_role_and_venue_line_over_the_title() -> None:
    data = docx_with(
        [
            "HARBOUR AUTHORITY OF NORTHLAND · AUTORITÉ PORTUAIRE DU NORD",
            "Remarks by Jane Roe, Chair",
            "Northport Business Club · Northport · March 4, 2025",
            "Check against delivery",
            "Harbour fees and the cost of living",
            _ONE,
            _TWO,
        ],
        table=False,
    )
    (art,) = articles_of("remarks.docx", data)
    assert art.title == "Harbour fees and the cost of living"
    assert art.author == "Jane Roe"
    assert art.source == "Harbour Authority of Northland"
    assert art.published is not None and (art.published.month, art.published.day) == (3, 4)
    assert art.body.startswith("Good morning")
    assert "Check against delivery" not in art.body and "Business Club" not in art.body
