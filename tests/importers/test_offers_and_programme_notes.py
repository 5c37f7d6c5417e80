"""Paywall offers, newsletter and messenger promotions, broadcasters' programme notes and
skip links are page furniture; prose that merely mentions them stays."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate

PARA = "Der Stadtrat hat am Dienstag den Bau der neuen Brücke über den Fluss beschlossen. "


def _body(text: str) -> str:
    return extract("x.txt", text.encode("utf-8"))[0].article.body


def test_paywall_badge_and_subscription_offer() -> None:
    assert is_boilerplate("Premium")
    assert is_boilerplate("Jetzt „Der Kurier“ abonnieren und alle Artikel lesen.")
    assert is_boilerplate("Subscribe to The Daily Example to read the full story")
    assert not is_boilerplate("Die Leser sollen jetzt die Zeitung abonnieren, sagte der Verleger.")


def test_newsletter_offer_addresses_the_reader() -> None:
    assert is_boilerplate("Der Stadt-Newsletter informiert Sie jeden Morgen über das Wichtigste.")
    assert is_boilerplate("Get our weekly newsletter in your inbox every Friday.")
    assert not is_boilerplate("Der Verlag stellt seinen Newsletter ein, sagte sie am Montag.")


def test_messenger_channel_promotions() -> None:
    assert is_boilerplate("Join the Example Post's WhatsApp Channel and get the latest news.")
    assert is_boilerplate("Find Example Daily on WhatsApp and stay up to date")


def test_skip_links_and_navigation_labels() -> None:
    assert is_boilerplate("Direkt zum Inhalt")
    assert is_boilerplate("Navigation")
    assert is_boilerplate("Suchen")


def test_broadcast_note_under_the_text() -> None:
    assert is_boilerplate("Diese Nachricht wurde am 02.05.2025 im Programm Radio X gesendet.")
    assert is_boilerplate("This report was first broadcast on Morning Edition.")


def test_programme_marker_drops_the_slot_after_it() -> None:
    body = _body(
        f"Stadtrat beschließt Brückenbau\n{PARA * 2}\nDieses Thema im Programm:\n"
        f"Abendschau am 16.04.2025 - 19:30 Uhr\nDie Arbeiten beginnen im Herbst. {PARA}\n"
    )
    assert "Abendschau" not in body and "Die Arbeiten beginnen" in body


def test_read_more_here_drops_the_teaser_after_it() -> None:
    para = "The council approved the new bridge over the river on Tuesday after a long debate. "
    body = _body(
        f"Council approves bridge\n{para * 2}\nREAD MORE HERE\nOld bridge to close in May\n"
        f"Work starts in autumn. {para}\n"
    )
    assert "Old bridge to close" not in body and "Work starts in autumn" in body
