"""A teaser block in mid-text, offer and newsletter lines, sharing bars, broadcasters'
source notes, WordPress footers, picture credits and agency end marks."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption, is_footer
from app.importers.compose import compose

LONG = (
    "The government wants to double the value of its metal exports by 2030 and has offered "
    "tax breaks to companies that process ore at home rather than shipping it abroad."
)


def test_teaser_in_mid_text_drops_only_the_teaser() -> None:
    text = (
        "Copper output hits record\n"
        f"First paragraph of the story. {LONG}\n"
        "Recommended\nCopper price hits record high on tariff fears\n"
        f"Second part of the story. {LONG}\n"
        "Most popular\nGold miners race to lock in prices\n"
    )
    body = compose(text, ()).body
    assert "Second part of the story." in body
    assert "Copper price hits" not in body and "Gold miners" not in body


def test_offer_and_newsletter_blurbs_are_boilerplate() -> None:
    assert is_boilerplate("Unlock the Editor's Digest for free")
    assert is_boilerplate(
        "Jane Roe, Editor of the Post, selects her favourite stories in this weekly newsletter."
    )
    assert is_boilerplate("Morning Brief: the day's top stories straight to your inbox")
    assert not is_boilerplate("The company said the newsletter business grew last year.")


def test_skip_links_and_button_labels_are_boilerplate() -> None:
    assert is_boilerplate("Skip to navigation")
    assert is_boilerplate("Follow")
    assert is_boilerplate("Share:")
    assert is_boilerplate("Teilen: Facebook Twitter WhatsApp E-Mail")
    assert is_boilerplate("Reuse this content")


def test_broadcasters_source_note_is_boilerplate() -> None:
    assert is_boilerplate("Unsere Quellen: Stadtwerke Essen, Gespräch mit einer Sprecherin")
    assert is_boilerplate("Our sources: Port of Rotterdam, company statement")


def test_related_lists_end_the_text() -> None:
    for heading in ("Ähnliche Beiträge", "Kommentar verfassen", "Other news"):
        assert is_footer(heading), heading
    assert is_footer("Follow the topics in this article")
    assert is_footer("Latest on Mining")


def test_picture_credit_after_a_bar_names_no_source() -> None:
    assert is_caption("Containerschiff im Hafen | Bildquelle: dpa/Max Mustermann")
    text = (
        "WDR\nSuche\nNachrichten > Münsterland\n"
        "Hafen meldet weniger Umschlag\n"
        "Stand: 08.04.2025, 16:47 Uhr\n"
        "Containerschiff im Hafen | Bildquelle: dpa/Max Mustermann\n"
        "Im Hafen sind von Januar bis März weniger Container umgeschlagen worden als im "
        "Vorjahr, wie die Hafengesellschaft am Dienstag mitteilte.\n"
    )
    assert compose(text, ()).source != "dpa"


def test_caption_marker_closed_by_a_full_stop() -> None:
    assert is_caption("Иллюстративное фото. Kaktus.media")
    assert is_caption("Photo. Example Media")


def test_agency_end_mark_closing_the_text_goes() -> None:
    text = (
        "Port raises capacity\n"
        f"KUWAIT, April 15 (KUNA) -- {LONG}\n"
        f"The ministry confirmed the figures. {LONG} (end) ah.rk\n"
    )
    body = compose(text, ()).body
    assert body.endswith("abroad.") and "(end)" not in body
