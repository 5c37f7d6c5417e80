"""A forwarder's subject labels a pasted page by its paper's initials ('EZ: Hafen …'), the
page prints the paper's name as its masthead ('Example-Zeitung') and its notice names the
publishing company ('© Example Verlag GmbH 2025'): the paper is the source, its masthead
spelt out, not the company."""

from __future__ import annotations

from app.importers.mail import _initials_masthead
from tests.importers.makers import MAIL_DE, mail_bytes
from tests.importers.test_batch122_families import articles_of


def test_initials_name_the_masthead() -> None:
    head = ["Startseite", "Beispiel-Zeitung", "Lokales"]
    assert _initials_masthead("BZ", head) == "Beispiel-Zeitung"
    assert _initials_masthead("DTN", ["Menu", "Daily Tribune News"]) == "Daily Tribune News"
    assert _initials_masthead("ПВ", ["Примерные Вести"]) == "Примерные Вести"


def test_no_masthead_for_other_labels() -> None:
    assert _initials_masthead("Hafen", ["Hafen Zeitung"]) == ""
    assert _initials_masthead("BZ", ["Bau Zentrum Lokales", "Bitte zahlen"]) == ""
    assert _initials_masthead("BZ", ["Startseite", "Lokales"]) == ""


def test_a_forwarded_page_under_its_papers_initials() -> None:
    body = (
        "Hallo Team,\n\nsteht gerade auf der BZ-Seite, betrifft uns direkt:\n\n"
        "Beispiel-Zeitung\nStartseite\nLokales\n\nHafen bekommt neue Kaje\n\n"
        f"{MAIL_DE}\n\n{MAIL_DE}\n\n© Beispiel Mediengruppe GmbH 2025\n"
    )
    data = mail_bytes("Jana Muster <jana@firma.example>", "BZ: Hafen bekommt Kaje", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Beispiel-Zeitung"
