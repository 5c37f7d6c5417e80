"""A stock-exchange announcement printed from a regulatory news service.

The service's header (company and ticker, 'Released 07:00:04 25 November 2025', the
announcement number, LEI and ISIN) and an 'inside information' label stand over the
headline as the company wrote it; under the text come the market-abuse note, the
contacts, 'END OF ANNOUNCEMENT' and the service's footer. The company is the source, the
release time the date, the headline under the label the title.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.announcement import announcement_front
from app.importers.compose import Hints
from app.model import Extracted
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, pdf_with_paragraphs

OPENING = (
    'Example Mining PLC ("Example" or the "Company"), the copper producer, today provides an '
    "update on its operations ahead of its full-year results."
)


def test_rns_header_label_and_tail_are_read_and_go() -> None:
    data = pdf_with_paragraphs(
        ["Regulatory Story", "Example Mining PLC - EXM", "Operations Update",
         "Released 07:00:04 24 November 2025", "RNS Number : 1234X", "Example Mining PLC",
         "24 November 2025", "ISIN: GB0000000001", "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION",
         "Operations update and new output guidance", OPENING, NEWS_TEXT, NEWS_MORE,
         "This announcement contains inside information for the purposes of Article 7 of the "
         "UK Market Abuse Regulation.",
         "For further information please contact:", "Jane Example, CEO +44 20 0000 0000",
         "END OF ANNOUNCEMENT"],
    )  # fmt: skip
    (item,) = extract("rns.pdf", data)
    assert isinstance(item, Extracted)
    article = item.article
    assert article.title == "Operations update and new output guidance"
    assert article.source == "Example Mining PLC"
    assert article.published == datetime(2025, 11, 24, 7, 0, 4)
    assert article.section == "" and article.author == ""
    assert article.body.startswith("Example Mining PLC (")
    assert "Market Abuse" not in article.body and "END OF" not in article.body


def test_a_release_without_the_service_header_is_left_alone() -> None:
    lines = ["Example Mining PLC", "Released today: our new report", OPENING, NEWS_TEXT]
    assert announcement_front(list(lines), Hints()) == lines
