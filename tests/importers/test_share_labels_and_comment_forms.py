"""A share button's label with its screen-reader note ("Click to share on X (Opens in new
window)") and a comment form's heading ("Leave a Reply") are page chrome, not text
(invented texts)."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import articles_of


@pytest.mark.parametrize(
    "line",
    [
        "Click to share on X (Opens in new window)",
        "Click to print (Opens in a new tab)",
        "Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
        "Нажмите, чтобы поделиться в VK (Откроется в новом окне)",
    ],
)
def test_share_label_with_new_window_note_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_sentence_that_mentions_a_new_window_stays() -> None:
    line = (
        "The council said the new portal opens in a new window of opportunity for residents "
        "who want to apply online."
    )
    assert not is_boilerplate(line)


_TEXT = (
    "Harbour traffic rose by a tenth in October as the new terminal began handling "
    "containers, the port authority said on Tuesday.\n\n"
    "The authority expects volumes to grow further next year once the second berth opens "
    "to larger vessels.\n\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Leave a Reply", "Hinterlasse eine Antwort", "Оставить комментарий", "Leave a Response"],
)
def test_comment_form_heading_ends_the_text(heading: str) -> None:
    text = (
        f"Port traffic up a tenth\n\n{_TEXT}{heading}\n\n"
        "Your email address will not be published. Required fields are marked *\n"
    )
    art = articles_of("p.txt", text.encode())[0]
    assert heading not in art.body
    assert "Required fields" not in art.body
    assert art.body.startswith("Harbour traffic rose")


def test_leave_a_reply_in_a_sentence_stays() -> None:
    line = "Leave a reply to the ministry by Friday, the union told its members on Monday."
    text = f"Port traffic up a tenth\n\n{_TEXT}{line}\n"
    assert line in articles_of("p.txt", text.encode())[0].body
