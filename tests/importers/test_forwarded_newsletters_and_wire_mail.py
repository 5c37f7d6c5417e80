"""A newsletter forwarded inline from Outlook, a 'send this article' mail, a wire's mailed
dateline and its opt-out line (mail.py, newsletter.py, agency.py, sitename.py)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

import pytest

from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.sitename import unshouted
from app.model import Article, Extracted

TEXT = [
    "The harbour board said on Monday that the night ferry to the islands would stop for "
    "three weeks in January while both vessels are overhauled at the yard in Kiel.",
    "Passengers are asked to use the afternoon service instead, which will get a second "
    "crossing on Fridays and Sundays during the works, a spokesman for the operator said.",
]
COVER = "Hallo Tom,\nsiehe unten, bitte für den Wochenbericht.\n\nGruß\nAnna"
HEADER = (
    "Von: {sender}\nGesendet: Montag, 3. November 2025 18:10\nAn: Anna <anna@corp.example>\n"
    "Betreff: {subject}"
)


def _forward(sender: str, subject: str, layout: str, text_lines: list[str]) -> bytes:
    """An Outlook forward: a text part with the header block plainly, an HTML part."""
    msg = EmailMessage()
    msg["From"], msg["To"] = "Anna <anna@corp.example>", "tom@corp.example"
    msg["Subject"], msg["Date"] = f"WG: {subject}", "Tue, 04 Nov 2025 08:00:00 +0000"
    block = HEADER.format(sender=sender, subject=subject)
    msg.set_content("\n\n".join([COVER, "_" * 32 + "\n" + block, *text_lines]))
    html_header = block.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT)
    msg.add_alternative(
        f"<html><body><p>{COVER}</p><div><hr><font>{html_header}</font></div>"
        f"<table><tr><td>{layout}{paragraphs}<p><a href='https://x.example/a'>Read the full "
        "article on x.example</a></p><p>You are receiving this email because you subscribed."
        "</p></td></tr></table></body></html>",
        subtype="html",
    )
    return bytes(msg)


def _article(data: bytes) -> Article:
    [item] = [i for i in extract("fwd.eml", data) if isinstance(i, Extracted)]
    return item.article


def test_forwarded_newsletter_is_read_from_its_html_headline_rubric_byline_and_stamp() -> None:
    layout = (
        "<p><b>The Harbour Courier</b></p><p>EVENING EDITION</p><p>Islands</p>"
        "<h2><a href='https://x.example/12345/night-ferry-pause'>Night ferry to the islands "
        "to pause for three weeks in January</a></h2><p>By Maren Holt</p>"
        "<p>Monday, 3 November 2025, 16:45</p>"
    )
    text_lines = ["The Harbour Courier", "Evening Edition", "Islands", "Night ferry to the "
                  "islands to pause for three weeks in January", "By Maren Holt",
                  "Monday, 3 November 2025, 16:45", *TEXT]  # fmt: skip
    subject = "Courier Evening: Night ferry to pause in January"
    art = _article(_forward("The Harbour Courier <nl@x.example>", subject, layout, text_lines))
    assert art.title == "Night ferry to the islands to pause for three weeks in January"
    assert art.published == datetime(2025, 11, 3, 16, 45)  # not the 'Gesendet' time
    assert (art.section, art.author, art.source) == ("Islands", "Maren Holt", "The Harbour Courier")
    assert art.body.startswith(TEXT[0])
    assert "Evening Edition" not in art.body and "Read the full" not in art.body


def test_recommended_article_takes_the_section_its_address_names_over_the_kicker() -> None:
    layout = (
        "<p><b>DER INSELBOTE</b></p><p>Ein Leser hat Ihnen diesen Artikel empfohlen.</p>"
        "<p>Nordfriesland</p><p><b>Schifffahrt</b></p><h1><a href='https://x.example/lokal/"
        "nordfriesland_artikel,-nachtfaehre-pausiert-_arid,991.html'>Nachtfähre zu den "
        "Inseln pausiert im Januar</a></h1><p>Von Maren Holt</p><p>3. November 2025 - 16:45 "
        "Uhr</p>"
    )
    art = _article(
        _forward("DER INSELBOTE <artikel@x.example>", "Artikelempfehlung: Nachtfähre", layout, [])
    )
    assert art.title == "Nachtfähre zu den Inseln pausiert im Januar"
    assert (art.section, art.author) == ("Nordfriesland", "Maren Holt")
    assert (art.source, art.dateline) == ("Der Inselbote", "")
    assert art.body.startswith(TEXT[0]) and "Ein Leser" not in art.body


@pytest.mark.parametrize(
    ("name", "cased"),
    [
        ("DIE INSELZEITUNG", "Die Inselzeitung"),
        ("THE HARBOUR COURIER", "The Harbour Courier"),
        ("BBC NEWS", "BBC News"),
        ("KUNA", "KUNA"),
    ],
)
def test_a_name_in_capitals_in_the_case_of_its_words(name: str, cased: str) -> None:
    assert unshouted(name) == cased


def test_place_day_and_agency_without_a_comma_before_the_dash() -> None:
    found = parse_dateline("PERTH, Mar 3 WAN – The state government said on Monday", ())
    assert found is not None and (found.place, found.agency) == ("Perth", "WAN")
    assert parse_dateline("Berlin, 3. März 2025 Die Regierung hat – so heißt es", ()) is None


def test_a_wire_mails_opt_out_line_is_no_text() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Wire Desk <desk@wire.example>", "me@x"
    msg["Subject"], msg["Date"] = "Night ferry to pause", "Mon, 03 Nov 2025 18:00:00 +0000"
    footer = "To change your alerts or unsubscribe, visit wire.example/alerts or reply STOP."
    msg.set_content("\n\n".join([*TEXT, footer]))
    art = _article(bytes(msg))
    assert art.body.endswith(TEXT[1]) and "STOP" not in art.body
