"""Blind batches 211-213: the notes a UK council story and its comment box leave under the
text - the Local Democracy Reporting Service's credit and a comment gate whose links a
paste dropped - are the page's, not the story's."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "This story was written by a Local Democracy Reporter. The Local Democracy Reporting "
        "Service is funded by the BBC and covers councils and public bodies across the UK.",
        "The Local Democracy Reporting Service is a partnership between the BBC and publishers.",
        "Want to join the conversation? Please or to comment on this story.",
        "We want our comments to be a lively and valuable part of our community.",
    ],
)
def test_council_story_and_comment_box_notes_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, a Local Democracy Reporter, said the figures were never published.",
        "Residents want to join the conversation about the new bypass, the council said.",
        "We want our comments to reach the minister before the vote, the chairman said.",
    ],
)
def test_the_same_words_in_a_sentence_stay(line: str) -> None:
    assert not is_boilerplate(line)
