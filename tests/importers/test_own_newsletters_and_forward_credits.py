"""An outlet's own newsletter and a forwarded article's credit lines.

A newsletter whose item links all go to its sender's own site is the outlet's: the label
over each item ('Region | 24.11.2025 | 14:12 Uhr') is its rubric, and a sender named with
a sub-brand ('Example Global') is the outlet the site names. A forward from a person names
its outlet by a bare '© Outlet' line whose site the text links to, or by the forwarder's
'copied below from the X site' note. A stamp's time in a part of its own is kept.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.stampline import one_line_stamp
from tests.importers.makers import (
    NEWS_MORE,
    NEWS_TEXT,
    REVIEW_DE_MORE,
    REVIEW_DE_TEXT,
    articles_of,
    mail_bytes,
)


def _digest(site: str, sender: str, links: tuple[str, str]) -> bytes:
    def item(label: str, head: str, link: str) -> str:
        return (
            f"[{label} | 24.11.2025 | 14:12 Uhr]\n{head}\n\n{REVIEW_DE_TEXT}\n\n"
            f"{REVIEW_DE_MORE}\n\nWeiterlesen: {link}\n\n{'*' * 40}\n\n"
        )

    body = (
        "Guten Morgen aus der Redaktion!\n\n"
        + "*" * 40
        + "\n\n"
        + item("Nordkreis", "Grundschule in Nordheim wird erweitert", links[0])
        + item("Landespolitik", "Land zahlt die Hälfte der Kosten", links[1])
    )
    return mail_bytes(f"{sender} <newsletter@{site}>", "Am Morgen", body)


def test_an_outlets_own_newsletter_reads_the_item_labels_as_rubrics() -> None:
    links = ("https://www.beispiel-kurier.de/a/1", "https://www.beispiel-kurier.de/a/2")
    arts = articles_of("n.eml", _digest("beispiel-kurier.de", "Beispiel Kurier", links))
    assert [a.source for a in arts] == ["Beispiel Kurier", "Beispiel Kurier"]
    assert [a.section for a in arts] == ["Nordkreis", "Landespolitik"]


def test_a_review_linking_to_other_sites_keeps_the_labels_as_outlets() -> None:
    links = ("https://www.nordkreis-bote.de/a/1", "https://www.landeszeitung.de/a/2")
    arts = articles_of("n.eml", _digest("presse.example.org", "Pressestelle", links))
    assert [a.source for a in arts] == ["Nordkreis", "Landespolitik"]


def test_a_sub_brand_sender_of_its_own_newsletter_is_the_outlet() -> None:
    links = ("https://www.beispielkurier.de/a/1", "https://www.beispielkurier.de/a/2")
    arts = articles_of("n.eml", _digest("beispielkurier.de", "Beispielkurier Global", links))
    assert {a.source for a in arts} == {"Beispielkurier"}


def test_a_stamps_time_in_a_part_of_its_own_is_kept() -> None:
    stamp = one_line_stamp("Nordkreis | 24.11.2025 | 14:12 Uhr")
    assert stamp is not None and stamp.published == datetime(2025, 11, 24, 14, 12)


def _forward(lead: str, footer: str) -> bytes:
    body = (
        "Hi all,\n\nFYI.\n\nAlex\n\nBegin forwarded message:\n\n"
        "From: Sam Other <sam@example.org>\nSubject: Harbour piece\n"
        "Date: 25 November 2025 at 09:41:12 GMT\nTo: Alex <alex@example.org>\n\n"
        f"{lead}Harbour bridge will stay shut until the spring\n\n{NEWS_TEXT}\n\n"
        f"{NEWS_MORE}\n\n{footer}\n"
    )
    return mail_bytes("Alex Example <alex@example.org>", "Fwd: Harbour piece", body)


def test_a_bare_mark_names_the_outlet_whose_site_the_forward_links() -> None:
    footer = "Source: https://www.example-evening-post.com/news/1\n\n© Example Evening Post"
    (art,) = articles_of("m.eml", _forward("", footer))
    assert art.source == "Example Evening Post"


def test_a_bare_mark_without_its_site_is_no_outlet() -> None:
    (art,) = articles_of("m.eml", _forward("", "© Example Evening Post"))
    assert art.source == "Sam Other"


def test_the_forwarders_copied_from_note_names_the_outlet() -> None:
    lead = "Alex - copied below from the Example Evening Post site, past the paywall.\n\n"
    (art,) = articles_of("m.eml", _forward(lead, "Sent from my phone"))
    assert art.source == "Example Evening Post"


def _release(sender: str, text: str) -> bytes:
    return mail_bytes(sender, "Press release: harbour bridge", text)


def test_a_sender_named_only_by_its_office_is_the_issuer_its_about_heading_names() -> None:
    text = (
        f"Harbour bridge will stay shut until the spring\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n"
        "About Example Harbour Authority\n\nExample Harbour Authority runs the port.\n"
    )
    (art,) = articles_of("r.eml", _release("Media Relations <press@example.org>", text))
    assert art.source == "Example Harbour Authority"


def test_an_acronym_sender_is_the_name_the_release_spells_it_out_with() -> None:
    text = (
        "Nordheim, 24.11.2025: Die Beispielhafte Umweltinitiative (BUI) meldet: "
        f"{REVIEW_DE_TEXT}\n\n{REVIEW_DE_MORE}\n"
    )
    data = _release("BUI Pressestelle <presse@example.org>", text)
    (art,) = articles_of("r.eml", data)
    assert art.source == "Beispielhafte Umweltinitiative"
