"""A magazine page whose folio stands in one line at its foot (blind batch 56).

'29 November 2025 | The Example | 13' under the text is the only place the page prints its
day and title; the short running head over the headline is its desk; a caption and an
'In brief' box set apart under the text are no part of the article; a field whose value
runs on after a comma ('Journal reference: …,' / 'DOI: …') is one paragraph.
"""

from __future__ import annotations

import textwrap
from datetime import datetime

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, Placed, pdf_with_layout


def _page(foot: str) -> bytes:
    placed: list[Placed] = [
        (60.0, 800.0, 10, "Dispatches"),
        (60.0, 770.0, 20, "Trams return to the northern districts"),
        (60.0, 745.0, 8, "Jane Example"),
    ]
    y = 720.0
    for text in (NEWS_TEXT, NEWS_MORE):
        for row in textwrap.wrap(text, 60):
            placed.append((60.0, y, 9.2, row))
            y -= 10
        y -= 4
    placed += [
        (60.0, y, 9.2, "Plan reference: City Transport Plan 2025,"),
        (60.0, y - 10, 9.2, "Annex: 4B-2025"),
        (60.0, 250.0, 7.5, "A tram waits at the depot"),
        (68.0, 210.0, 9, "In brief"),
        (68.0, 190.0, 10.5, "Ferry timetable changes"),
        (68.0, 172.0, 9, "The harbour ferry will run every twenty minutes from March."),
        (350.0, 30.0, 8, foot),
    ]
    return pdf_with_layout([placed])


def _article(data: bytes):  # type: ignore[no-untyped-def]
    (item,) = extract("page.pdf", data)
    assert isinstance(item, Extracted)
    return item.article


def test_one_line_folio_at_the_foot_dates_and_names_the_page() -> None:
    article = _article(_page("29 November 2025 | The Example | 13"))
    assert article.title == "Trams return to the northern districts"
    assert article.published == datetime(2025, 11, 29)
    assert (article.source, article.section) == ("The Example", "Dispatches")
    assert "Plan reference: City Transport Plan 2025, Annex: 4B-2025" in article.body
    for gone in ("A tram waits", "In brief", "Ferry timetable", "harbour ferry"):
        assert gone not in article.body


def test_no_folio_keeps_what_stands_under_the_text() -> None:
    article = _article(_page("Printed for internal use"))
    assert article.section != "Dispatches"
    assert "Officials said the project" in article.body
    # the 'In brief' box under the text goes by its own label now (a briefs column's label
    # ends the text), not by the folio's layout
    assert "In brief" not in article.body
