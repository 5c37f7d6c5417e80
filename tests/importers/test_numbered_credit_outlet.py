"""A numbered press review's credit line ('2. Outlet, 27.11.2025, Seite 11 (Desk)'): the
count before the outlet numbers the items, it is no part of the outlet's name."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.stampline import credit_stamp


@pytest.mark.parametrize(
    ("line", "outlet", "desk"),
    [
        (
            "1. Nordheimer Zeitung, 27.11.2025, Seite 11 (Wirtschaft)",
            "Nordheimer Zeitung",
            "Wirtschaft",
        ),
        ("2) Kestrel Valley Post, 27.11.2025, p. 4 (Business)", "Kestrel Valley Post", "Business"),
        ("12. Лесогорская газета, 27.11.2025, с. 3 (Экономика)", "Лесогорская газета", "Экономика"),
    ],
)
def test_count_is_cut_from_the_outlet(line: str, outlet: str, desk: str) -> None:
    stamp = credit_stamp(line)
    assert stamp is not None
    assert (stamp.outlet, stamp.published, stamp.section) == (outlet, datetime(2025, 11, 27), desk)


def test_unnumbered_credit_unchanged() -> None:
    stamp = credit_stamp("Südheimer Anzeiger, 27.11.2025, Seite 2 (Lokales)")
    assert stamp is not None and stamp.outlet == "Südheimer Anzeiger"
    # a name that carries digits keeps them
    stamp = credit_stamp("Radio 21, 27.11.2025, Seite 2 (Lokales)")
    assert stamp is not None and stamp.outlet == "Radio 21"
