"""A press release sent by an organisation's corporate communication desk ('Example Air
Corporate Communication', 'Beispiel AG Unternehmenskommunikation'): the issuer is the
organisation, not its desk; a company whose name ends in 'Communications' keeps it."""

from __future__ import annotations

import pytest

from app.importers.mail import _organisation


@pytest.mark.parametrize(
    ("sender", "org"),
    [
        ("Kestrel Air Corporate Communication", "Kestrel Air"),
        ("Nordheim Energie AG – Unternehmenskommunikation", "Nordheim Energie AG"),
        ("Harbourtown Port Authority Corporate Communications", "Harbourtown Port Authority"),
        ("Südwerk Gruppe Konzernkommunikation", "Südwerk Gruppe"),
    ],
)
def test_desk_is_cut_from_the_issuer(sender: str, org: str) -> None:
    assert _organisation(sender) == org


def test_company_named_communications_kept() -> None:
    # look-alike: the company's own name, no desk
    assert _organisation("Kestrel Communications") != "Kestrel"
