"""A short question as the headline of a pasted page: one sentence ending in "?" reads
as prose by its length, yet above the standfirst, byline and stamp it is the title (not
the breadcrumb above it), and the text starts after the stamp block."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.compose import _is_question_headline


def test_question_headline_over_standfirst_and_stamp() -> None:
    text = (
        "Skip to main content\n"
        "Monday, March 3, 2025\n"
        "Policy Blog › Analysis\n"
        "Analysis\n"
        "Will the New Canal Pay for Itself?\n"
        "Traffic on the waterway grew by half last year. The costs grew faster still.\n"
        "By Jane Example\n"
        "Published on February 20, 2025\n"
        "Share\n"
        "Three years after it opened, the canal carries more barges than its planners "
        "expected, but the tolls cover barely a third of its running costs.\n"
        "The operator has asked the regional government for another subsidy this spring.\n"
    )
    art = extract("q.txt", text.encode("utf-8"))[0].article
    assert art.title == "Will the New Canal Pay for Itself?"
    assert art.published == datetime(2025, 2, 20)
    assert art.author == "Jane Example"
    assert art.body.startswith("Three years after it opened")


def test_question_inside_the_text_stays_prose() -> None:
    lines = [
        "Why did the council wait so long? Nobody could say at the meeting.",
        "The mayor promised an answer by the end of the month, as she did last year.",
    ]
    assert not _is_question_headline(lines, 0)
    lines = ["Who pays for the bridge in the end?", "Nobody knows?"]
    assert not _is_question_headline(lines, 0)
