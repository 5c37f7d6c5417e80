"""A bracketed credit that calls itself an agency ("(dts Nachrichtenagentur)", "(Example
News Agency)", "(агентство «Пример»)") makes the line a dateline, however long the name and
whether or not a profile knows it."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.profiles import load_profiles
from app.model import Extracted


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Ulm (Beispiel Nachrichtenagentur) - Die Stadt", "Ulm", "Beispiel Nachrichtenagentur"),
        (
            "Tbilisi (Example Georgian News Agency) – The port",
            "Tbilisi",
            "Example Georgian News Agency",
        ),
        ("Ош (агентство «Пример») — В городе", "Ош", "агентство «Пример»"),
    ],
)
def test_agency_word_in_brackets_makes_a_dateline(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line, ())
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_long_bracketed_aside_is_no_dateline() -> None:
    found = parse_dateline("Berlin (und das schon seit vielen Jahren) - so heißt es", ())
    assert found is None


def test_dts_copy_on_a_newspaper_page_is_credited_to_the_agency() -> None:
    text = (
        "Netzbetreiber verdoppelt Investitionen\n"
        "dts Nachrichtenagentur\n"
        "Mi, 26. Nov 2025, 14:12 Uhr\n"
        "Stuttgart (dts Nachrichtenagentur) - Der Netzbetreiber will seine Investitionen in "
        "den kommenden fünf Jahren nahezu verdoppeln, teilte das Unternehmen am Mittwoch mit.\n"
        "Die Kosten werden über die Netzentgelte auf die Stromrechnung umgelegt.\n"
    )
    items = extract("a.txt", text.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    art = items[0].article
    assert (art.source, art.dateline) == ("dts Nachrichtenagentur", "Stuttgart")
    assert load_profiles() and any(p.name == "dts Nachrichtenagentur" for p in load_profiles())
