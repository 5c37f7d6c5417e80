"""A copyright notice of a company in another name ("© Example Media Digital GmbH") names the
owner of several outlets: the masthead over the page ("Alpental Nachrichten") is the
source. A company in the outlet's own name ("© Verlag Der Beispielbote GmbH") is not."""

from __future__ import annotations

from app.importers import extract
from app.model import Extracted

_BODY = (
    "Der Fachkräftemangel trifft die Betriebe im Tal härter als den Rest des Landes, sagte "
    "die Präsidentin der Kammer am Freitag bei der Vorstellung der neuen Zahlen.\n"
    "Im Land gibt es derzeit rund 4000 offene Stellen, davon fast 600 Lehrstellen.\n"
    "Die Kammer will die Lehre attraktiver machen, auch finanziell.\n"
)


def _source(masthead: str, notice: str) -> str:
    text = (
        f"{masthead}\nAT.example\nRegion\nWelt\nSport\n29.11.2025\n"
        "„Wir finden keine Lehrlinge mehr“\n"
        f"{_BODY}Artikel teilen\nCookie-Einstellungen\n{notice}\n"
    )
    items = extract("a.txt", text.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    return items[0].article.source


def test_masthead_over_another_companys_notice() -> None:
    assert _source("Alpental Nachrichten", "© Example Media Digital GmbH") == (
        "Alpental Nachrichten"
    )


def test_company_in_the_outlets_own_name_keeps_its_name() -> None:
    assert _source("Beispielbote", "© Verlag Der Beispielbote GmbH") == "Der Beispielbote"
