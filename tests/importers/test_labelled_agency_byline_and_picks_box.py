"""Blind batch 70 (pasted pages): a labelled byline naming an agency, no person ("Author
of the article:" over "Example Press"), and an editors' picks box between paragraphs."""

from __future__ import annotations

from app.importers import extract
from tests.importers.makers import NEWS_MORE, NEWS_TEXT

TAIL = (
    "Residents' groups welcomed the decision but asked the council to keep bus routes in "
    "the districts that the new line will not reach for at least another five years."
)


def _pasted(middle: str, byline: str = "Author of the article:\nExample Press") -> object:
    text = (
        "Example Daily\nNews\nBusiness\nCity Living\nSaturday, May 10, 2025\n"
        "City approves tram expansion\nThe first new line is due to open in 2028\n"
        f"{byline}\nPublished May 6, 2025\n{NEWS_TEXT}\n{NEWS_MORE}\n{middle}{TAIL}\n"
    )
    [item] = extract("t.txt", text.encode())
    return item.article


def test_labelled_byline_naming_an_agency_gives_the_source_and_no_author() -> None:
    art = _pasted("")
    assert art.source == "Example Press"
    assert art.author == ""


def test_labelled_byline_naming_a_person_still_reads_as_author() -> None:
    art = _pasted("", byline="Author of the article:\nJane Doe")
    assert art.author == "Jane Doe" and art.source == "Example Daily"


def test_editors_picks_box_between_paragraphs_goes_and_the_text_resumes() -> None:
    art = _pasted("Recommended from Editorial\nTram fares to rise in January\n")
    assert "Recommended from" not in art.body and "fares to rise" not in art.body
    assert TAIL in art.body
