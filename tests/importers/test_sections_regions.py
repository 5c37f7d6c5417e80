"""A federal state as the section: regional broadcasters and papers file news under it."""

from __future__ import annotations

from app.importers.compose import compose
from app.importers.sections import section_of_line


def test_german_and_austrian_states_are_sections() -> None:
    assert section_of_line("Schleswig-Holstein") == "Schleswig-Holstein"
    assert section_of_line("Steiermark") == "Steiermark"


def test_state_label_above_the_headline_beats_the_menu() -> None:
    text = (
        "Nachrichten\nSport\nKultur\nSuche\n"
        "Thüringen\n"
        "Landtag beschließt neues Schulgesetz für Thüringen\n"
        "Stand: 12.03.2025 10:20 Uhr\n"
        "Der Landtag in Erfurt hat am Mittwoch ein neues Schulgesetz beschlossen, das kleinere "
        "Klassen an Grundschulen vorsieht und mehr Lehrkräfte verspricht.\n"
    )
    assert compose(text, ()).section == "Thüringen"
