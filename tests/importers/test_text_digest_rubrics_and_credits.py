# ruff: noqa: E501
"""A text digest's item: its rubric framed in brackets over the headline, its byline with
a day written '17/NOV/2025', and an agency's name in the byline's place crediting the copy."""

from app.importers import extract
from app.importers.dates import find_dates
from app.importers.sections import framed_rubric, section_of_line


def test_day_month_name_year_with_slashes():
    for text in ("17/NOV/2025", "Jane Doe | 17/Nov/2025", "17/ноя/2025"):
        hits = find_dates(text)
        assert hits and (hits[0].value.day, hits[0].value.month, hits[0].value.year) == (
            17,
            11,
            2025,
        ), text
    assert find_dates("5/May") == []  # no year: no date
    assert find_dates("1/March was cold") == []


def test_bracketed_rubric():
    assert framed_rubric("[ Environment ]") == "Environment"
    assert framed_rubric("[Wirtschaft]") == "Wirtschaft"
    assert framed_rubric("=== Sport ===") == "Sport"
    assert section_of_line("[ Science ]") == "Science"
    # look-alikes: a bracketed note, a link placeholder, a line of text
    assert framed_rubric("[1]") == ""
    assert framed_rubric("[ This story was updated on Monday with new figures ]") == ""
    assert framed_rubric("Environment") == ""


_MAIL = """From: Example Daily <brief@example-daily.in>
To: reader@example.org
Subject: Morning Brief: two stories
Date: Tue, 18 Nov 2025 07:30:12 +0530
Content-Type: text/plain; charset=utf-8

EXAMPLE DAILY · MORNING BRIEF
Tuesday, November 18, 2025

Good morning. Here are two stories for you: https://example-daily.in/

----------------------------------------------------------------------

[ Environment ]
Construction Ban Leaves Daily Wage Workers Without Income

Jane Roe | 17/NOV/2025

New Delhi: For the second week running, workers have waited at the labour chowk from six in the morning, hoping a contractor will pick them up for a day's work, as most sites stay shut.

Labour rights groups say many more workers are not registered at all because of cumbersome documentation requirements and the slow work of the welfare board.

Read more: https://example-daily.in/environment/ban

----------------------------------------------------------------------

[ Science ]
Space Agency to Launch Navigation Satellite in December

PTI | 17/NOV/2025

Bengaluru: The space agency plans to launch the third satellite of its navigation constellation in the second half of December, officials said on Monday.

The satellite will be carried by a launch vehicle from the space centre on the east coast, the officials said, adding that tests were going to plan.

Read more: https://example-daily.in/science/satellite
"""


def test_text_brief_items_read_rubric_byline_day_and_agency():
    arts = [item.article for item in extract("brief.eml", _MAIL.encode())]
    assert len(arts) == 2
    first, second = arts
    assert (first.section, first.author) == ("Environment", "Jane Roe")
    assert first.published and (first.published.day, first.published.month) == (17, 11)
    assert first.source == "Example Daily"
    # the agency's copy: its name in the byline's place is the source, not a desk
    assert (second.source, second.section) == ("PTI", "Science")
