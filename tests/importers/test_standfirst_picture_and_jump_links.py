"""A standfirst above the lead picture, captions glued to their credit, screen-reader
jump links, bare short links, topic markers, programme notes and two stacked section
labels. Small inline texts, one rule each."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption, is_teaser
from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sections import active_section

PROFILES = load_profiles()
STANDFIRST = (
    "Der Hafen von Beispielstadt meldet für das vergangene Jahr einen Rekord beim Umschlag."
    " Vor allem Getreide aus der Ukraine und Dünger aus Übersee wurden deutlich mehr verladen."
)
TEXT = (
    "Wie die Hafengesellschaft am Dienstag mitteilte, wurden 2024 rund 12 Millionen Tonnen"
    " Güter umgeschlagen, acht Prozent mehr als im Vorjahr."
)
MORE = "Für 2025 rechnet der Hafen mit einem weiteren Plus, sagte der Geschäftsführer."


def _paste(caption: str) -> str:
    return "\n".join([
        "Beispiel Aktuell", "Suche", "Politik", "Wirtschaft",
        "Hafen schlägt so viel um wie nie",
        "Stand: 12.3.2025, 14:05 Uhr", "Von Anna Keller",
        STANDFIRST, caption, TEXT, MORE,
    ])  # fmt: skip


def test_standfirst_above_a_described_picture_is_the_lead() -> None:
    caption = (
        "Kräne am Containerterminal des Hafens (Archivbild) | Bild: picture alliance/dpa/Max Muster"
    )
    art = compose(_paste(caption), PROFILES)
    assert art.lead == STANDFIRST
    assert art.body.startswith("Wie die Hafengesellschaft")


def test_first_paragraph_above_a_bare_credit_stays_in_the_text() -> None:
    art = compose(_paste("Foto: dpa/Max Muster"), PROFILES)
    assert art.body.startswith(STANDFIRST)


def test_caption_glued_to_its_credit() -> None:
    assert is_caption("A converted gas pipeline near the coastImage: Jane Roe/dpa")
    assert is_caption("Kräne am ContainerterminalBild: Max Muster/dpa")
    assert not is_caption("The Image: a new look for the old brand, the company said today.")


def test_jump_links_and_bare_short_links_are_chrome() -> None:
    assert is_boilerplate("Skip next section Related content")
    assert is_boilerplate("Skip previous section Explore more")
    assert is_boilerplate("https://p.example.com/p/4sKz1")
    assert not is_boilerplate("Details are at https://example.com/report, the ministry said.")


def test_topic_marker_with_its_topic_is_a_teaser() -> None:
    assert is_teaser("Mehr zum Thema Chemie")
    assert is_teaser("Mehr zum Thema Deutsche Bahn")
    assert not is_teaser("Mehr zum Thema Chemie wollte der Minister nicht sagen.")


def test_programme_note_with_its_date_is_boilerplate() -> None:
    assert is_boilerplate("Sendung am Do., 22.5.2025 18:00 Uhr, Beispiel Aktuell")
    assert is_boilerplate("Sendung vom 3.4.2025, Beispiel Abend")
    assert not is_boilerplate("Die Sendung am Donnerstag erreichte zwei Millionen Zuschauer.")


def test_known_section_beats_a_topic_label_above_the_headline() -> None:
    lines = ["Germany", "World", "Business", "Culture", "Business", "Germany", "Headline here"]
    assert active_section(lines, 6) == "Business"
    lines = ["World", "Kärnten", "Sport", "Kärnten", "Headline here"]
    assert active_section(lines, 4) == "Kärnten"
