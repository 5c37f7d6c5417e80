"""Common desk names of all three languages name the section when printed by the title."""

from __future__ import annotations

import pytest

from app.importers.sections import section_of_line


@pytest.mark.parametrize(
    "line", ["Schweiz", "Weather & Disaster", "Oil&Gas", "Деньги", "Immobilien", "Climate"]
)
def test_common_desks_are_sections(line: str) -> None:
    assert section_of_line(line) == line


@pytest.mark.parametrize("line", ["Рынки", "Соцсфера", "Weather and more"])
def test_sub_rubrics_and_phrases_are_not(line: str) -> None:
    assert section_of_line(line) == ""


def test_breadcrumb_after_home_names_a_section_outside_the_vocabulary() -> None:
    from app.importers.sections import section_of_line

    assert section_of_line("Home › Vorarlberg") == "Vorarlberg"
    assert section_of_line("Startseite > Steiermark") == "Steiermark"
    assert section_of_line("Ostern › Feiertage") == ""
