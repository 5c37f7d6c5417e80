"""A place of two words before a colon opening the text ("Abu Dhabi: …"), as Gulf papers
set it; a rubric of two words ("Live Update: …") is no place."""

from __future__ import annotations

from app.importers.agency import colon_dateline
from app.importers.compose import compose
from app.importers.profiles import load_profiles
from tests.importers.makers import NEWS_MORE as EN_MORE
from tests.importers.makers import NEWS_TEXT as EN_TEXT

PROFILES = load_profiles()


def test_two_word_place_before_a_colon() -> None:
    assert colon_dateline(f"North Harbour: {EN_TEXT}").place == "North Harbour"
    assert colon_dateline(f"Live Update: {EN_TEXT}") is None
    assert colon_dateline(f"Breaking News: {EN_TEXT}") is None
    assert colon_dateline(f"Güterzug im Rangierbahnhof: {EN_TEXT}") is None


def test_two_word_place_opening_the_text_is_the_dateline() -> None:
    paste = "\n".join([
        "Trams for the north", "By Jane Fielding", "18.03.2025 09:40",
        f"North Harbour: {EN_TEXT}", EN_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).dateline == "North Harbour"


def test_an_interview_speaker_before_a_colon_is_no_place() -> None:
    paste = "\n".join([
        "The minister on the budget", "By Jane Fielding", "18.03.2025 09:40",
        f"Anna Berger: {EN_TEXT}", "Question: And the debt?", f"Anna Berger: {EN_MORE}",
    ])  # fmt: skip
    assert compose(paste, PROFILES).dateline == ""
    one_turn = "\n".join([
        "The minister on the budget", "By Jane Fielding", "18.03.2025 09:40",
        f"Anna Berger: {EN_TEXT}", "Q: And the debt?", EN_MORE,
    ])  # fmt: skip
    assert compose(one_turn, PROFILES).dateline == ""
