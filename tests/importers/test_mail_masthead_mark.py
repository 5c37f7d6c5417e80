"""A pasted page's bare notice names its outlet when the masthead over the page prints it."""

from __future__ import annotations

import pytest

from app.importers.mail import _masthead_mark

PAGE = [
    "Example Champion",
    "News",
    "Council approves plan for the harbour",
    "The council approved the plan on Monday.",
    "Photo: Jane Roe",
]


@pytest.mark.parametrize(
    "notice", ["© Example Champion", "(c) Example Champion", "Copyright Example Champion"]
)
def test_bare_notice_repeating_the_masthead_names_the_outlet(notice: str) -> None:
    assert _masthead_mark([*PAGE, notice]) == "Example Champion"


@pytest.mark.parametrize("notice", ["© Reuters", "Copyright 2025 Example Champion"])
def test_other_notices_are_no_masthead_mark(notice: str) -> None:
    """A credit of another name (a picture's) or a notice with a year is read elsewhere."""
    assert _masthead_mark([*PAGE, notice]) == ""
