"""Reuters .sgm datelines: the place alone, whatever way the wire wrote the day after it
('March 18', 'Feb 26', 'MArch 2', '2 March'), and a place in capitals in the case agency
datelines get, its particles small ('RIO DE JANEIRO' -> 'Rio de Janeiro')."""

from __future__ import annotations

import pytest

from app.importers.reuters import _place


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("    PUERTO DE LA LUZ, March 18 - ", "Puerto de la Luz"),
        ("    SAO JOSE DOS CAMPOS, Feb 26 - ", "Sao Jose dos Campos"),
        ("  FRANKFURT AM MAIN, 2 March - ", "Frankfurt am Main"),
        ("STRATFORD UPON AVON, MArch 3 -", "Stratford upon Avon"),
        ("    ****VILLA DEL MAR, march 5 - ", "Villa del Mar"),
        ("    OKLAHOMA CITY, Okla. March 11, Reuter - ", "Oklahoma City, Okla."),
        ("    PORT TOWN, Calif.,March 17 - Shares rose", "Port Town, Calif."),
    ],
)
def test_dateline_keeps_the_place_without_its_day(raw: str, place: str) -> None:
    assert _place(raw) == place


def test_look_alikes_keep_their_case() -> None:
    # a state's initials and a place already in normal case stay as written; a first
    # word that is a particle elsewhere ('La', 'De') keeps its capital
    assert _place("    NEWTOWN, N.J., March 2 - ") == "Newtown, N.J."
    assert _place("    Example Bay, March 2 - ") == "Example Bay"
    assert _place("    LA PAZ, May 3 - ") == "La Paz"
    assert _place("    DE AAR, May 3 - ") == "De Aar"
    assert _place("    ST. ALBANS, March 2 - ") == "St. Albans"
