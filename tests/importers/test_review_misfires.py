"""Ordinary article text that rules written for chrome must leave alone (review findings
A1-A4): a sentence about a journal, a subheading 'Самое интересное' over more text, an
English kicker over its headline, a sentence about licences."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate

# --- A4: a sentence about a licence is text -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Articles are reproduced under licence from the publishers, the court heard, and the "
        "agency had paid for every one of them since 2015.",
        "Content is provided under a licence that the BBC renegotiates every five years with "
        "the government, which sets the fee.",
    ],
)
def test_a_sentence_about_a_licence_is_text(line: str) -> None:
    assert not is_boilerplate(line)
