"""Markdown marks go as before when the passes that find nothing to do are skipped."""

from __future__ import annotations

import pytest

from app.importers import frontmatter as fm


def _every_pass(text: str) -> str:
    text = fm._IMAGE.sub("", text)
    text = fm._LINK.sub(r"\1", text)
    for pattern in (fm._HEADING, fm._QUOTE, fm._RULE, fm._BULLET):
        text = pattern.sub("", text)
    return fm._EMPHASIS.sub(r"\2", text)


@pytest.mark.parametrize(
    "text",
    [
        "# Title\n\n> quoted **bold** line\n\n  ## Sub\n\nPlain text - with a dash > 3.",
        "Erster Absatz über den Hafen.\n\nЗаголовок без разметки, 5 - 3 = 2.",
        "Tag #1 of the strike\n\nA > B, and\n>not quoted\n\n* item\n---\n![pic](x.png) [a](b)",
    ],
)
def test_the_same_text_as_every_pass(text: str) -> None:
    assert fm.markdown_to_text(text) == _every_pass(text)
    assert "#" not in fm.markdown_to_text("# Title\n\nText")
