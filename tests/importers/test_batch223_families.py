"""Single-article documents and pastes (blind batch 223): a print page's byline in capitals
alone over a text that opens with its own dateline, the outlet's name and its desk in one
header row ('Outlet | Desk'), and a caption closed by the picture's owner in brackets
('(Example Courier Photo)'). Each test builds its own clipping."""

from __future__ import annotations

from app.importers import boilerplate as bp
from app.importers import extract
from app.importers.agency import Dateline, bare_dateline
from app.importers.byline import stamp_byline
from app.importers.compose import _outlet_news_credit
from app.model import Article, Extracted

_PAGE = """Example Courier  |  Valley
Posted on: 24 November 2025
Farmers seek extension of storage subsidy as prices dip
Growers say lower grades fetch less than half of last year's rates
{byline}
{text}

Officials said the proposal had been forwarded to the administration for a decision.

Crates stacked at the fruit market. (Example Courier Photo)

The growers also demanded that the highway be kept open for fruit trucks during winter.

© Example Courier 2025. All rights reserved.
"""
_TEXT = (
    "Dalgate, Nov 24: Farmers and traders on Monday urged the government to extend the "
    "storage subsidy beyond December as prices dropped sharply in the main markets."
)


def _article(byline: str = "JOHN ALAN DOE") -> Article:
    items = extract("courier.txt", _PAGE.format(byline=byline, text=_TEXT).encode())
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    return items[0].article


def test_shouted_byline_over_a_dated_paragraph_is_the_author() -> None:
    art = _article()
    assert art.author == "John Alan Doe"
    assert art.dateline == "Dalgate"
    assert art.body.startswith("Dalgate, Nov 24: Farmers")


def test_cased_byline_there_unchanged() -> None:
    art = _article("John Alan Doe")
    assert (art.author, art.dateline) == ("John Alan Doe", "Dalgate")


def test_outlet_and_desk_row_gives_the_desk() -> None:
    assert _article().section == "Valley"


def test_caption_closed_by_owner_photo_leaves_the_text() -> None:
    assert "(Example Courier Photo)" not in _article().body
    assert bp.is_caption("Residents queue for water at the tanker. (PTI Photo)")
    assert not bp.is_caption("He read the statement aloud. (Full Text)")


def test_byline_run_into_its_stamp() -> None:
    for line in ("By Jane Roe November 24, 2025 — 5:48 pm", "By Jane Roe     November 26, 2025"):
        assert stamp_byline(line) == "Jane Roe"
    assert stamp_byline("By Monday, November 24, 2025 the council must decide on it") == ""


def test_outlet_news_desk_is_no_author_and_code_dateline_read() -> None:
    assert _outlet_news_credit("Example Express News", "The Example Express")
    assert not _outlet_news_credit("Jane Express", "The Example Express")
    line = "Dalgate, Nov 25 (EXN): The council on Tuesday said it would"
    assert bare_dateline(line) == Dateline("Dalgate", "", None)
