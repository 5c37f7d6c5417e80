"""A place in ordinary case before a middle dot opening the text ("Ort · Die …"), as some
regional German papers set their dateline, is one as "Ort – Die …" is."""

from __future__ import annotations

import pytest

from app.importers.agency import bare_dateline


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Neustadt-Süd · Die Stadtwerke haben am Montag neue Tarife vorgestellt.", "Neustadt-Süd"),
        ("Beispielburg · Der Gemeinderat hat den Haushalt beschlossen.", "Beispielburg"),
    ],
)
def test_place_before_a_middle_dot(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place


def test_two_names_before_a_middle_dot_are_no_place() -> None:
    assert bare_dateline("Anna Beispiel · Die Stadtwerke haben neue Tarife.") is None
