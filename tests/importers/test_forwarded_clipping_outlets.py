"""A clipping a colleague forwards: its outlet, not the colleague, is the source. The
copyright notice forwarded under the text names it (by the shorter name the subject opens
with, where the notice holds that), and an outlet line right over the headline, under the
forward's header block, gives its outlet, desk and time over the header's date.
"""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import (
    NEWS_MORE,
    NEWS_TEXT,
    REVIEW_DE_MORE,
    REVIEW_DE_TEXT,
    articles_of,
    mail_bytes,
)

NOTE = "Hi all,\n\nThe piece on the harbour from yesterday, FYI.\n\nCheers,\nAlex"
HEAD = "Harbour bridge will stay shut until the spring, council admits"


def _forward(subject: str, footer: str) -> bytes:
    body = (
        f"{NOTE}\n\n-------- Forwarded Message --------\nSubject: {subject}\n"
        "Date: Tue, 25 Nov 2025 17:48:02 +0000\nFrom: Sam Other <sam@example.org>\n"
        f"To: team@example.org\n\n{HEAD}\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{footer}\n"
    )
    return mail_bytes("Alex Example <alex@example.org>", f"Fwd: {subject}", body)


def test_a_person_forwarding_an_article_is_no_source_its_copyright_notice_names_it() -> None:
    (art,) = articles_of("m.eml", _forward(HEAD, "Copyright © 2025 Example Evening Post."))
    assert art.source == "Example Evening Post"
    assert art.title == HEAD


def test_the_subjects_outlet_label_names_it_short_and_its_words_find_the_headline() -> None:
    data = _forward("Example Post: bridge closure", "© 2025 Example Post Media Ltd.")
    (art,) = articles_of("m.eml", data)
    assert art.source == "Example Post"
    assert art.title == HEAD


def test_a_forward_without_a_notice_keeps_its_sender() -> None:
    (art,) = articles_of("m.eml", _forward(HEAD, "Sent from my phone"))
    assert art.source == "Sam Other"


def test_an_outlet_line_right_over_the_headline_under_the_header_block_stamps_it() -> None:
    html = (
        "<html><body><p>Hallo Maren,</p><p>hier der Artikel von gestern.</p>"
        "<blockquote><b>Von:</b> Frank Beispiel &lt;f@example.org&gt;<br>"
        "<b>Betreff:</b> Artikel: Hafenbrücke<br>"
        "<b>Datum:</b> 25. November 2025 um 19:12:40 MEZ<br>"
        "<b>An:</b> Jens Beispiel &lt;j@example.org&gt;<br>"
        "<p>Beispieler Kurier · Nordheim · 25.11.2025, 17:34 Uhr</p>"
        "<h1>Hafenbrücke bleibt bis zum Frühjahr gesperrt</h1>"
        "<p>Die Gemeinde Nordheim baut ihre Grundschule bis zum Sommer 2027 um und erweitert "
        "sie um vier Klassenräume, wie der Bürgermeister am Montag im Gemeinderat mitteilte.</p>"
        "<p>Die Kosten liegen nach ersten Schätzungen bei rund 4,1 Millionen Euro, von denen "
        "das Land etwa die Hälfte übernehmen soll.</p></blockquote></body></html>"
    )
    data = mail_bytes("Jens Beispiel <j@example.org>", "WG: Artikel: Hafenbrücke", html, "html")
    (art,) = articles_of("m.eml", data)
    assert (art.source, art.section) == ("Beispieler Kurier", "Nordheim")
    assert art.published == datetime(2025, 11, 25, 17, 34)


def test_a_forwarded_senders_initials_give_way_to_the_notices_owner() -> None:
    """'EZ Digital' forwarded, '© Example Zeitung 2025' under the text: the outlet spelt out."""
    text = (
        "Hallo Jens,\n\nzur Info.\n\nGruß\nUlrike\n\n-------- Weitergeleitete Nachricht --------\n"
        "Betreff: Grundschule in Nordheim wird erweitert\nDatum: Tue, 25 Nov 2025 07:12:44 +0100\n"
        "Von: EZ Digital <noreply@example-zeitung.de>\nAn: ulrike@example.de\n\n\n"
        f"Grundschule in Nordheim wird erweitert\n\n{REVIEW_DE_TEXT}\n\n{REVIEW_DE_MORE}\n\n"
        "© Example Zeitung 2025\n"
    )
    subject = "Fwd: Grundschule in Nordheim wird erweitert"
    (art,) = articles_of("f.eml", mail_bytes("Ulrike Sandmann <u@example.de>", subject, text))
    assert art.source == "Example Zeitung"


def test_a_site_naming_itself_by_its_address_keeps_it_a_bare_name_printed_drops_it() -> None:
    """'Example: …' over '© 2025 Example.ru': the address is the site's name where the text
    never prints the name without it; a credit '© Photo: Example' shows the bare name."""
    (art,) = articles_of("m.eml", _forward("Townpost: bridge", "© 2008-2025 Townpost.ru"))
    assert art.source == "Townpost.ru"
    data = _forward("Townpost: bridge", "Photo: Townpost\n\n© 2008-2025 Townpost.ru")
    (art,) = articles_of("m.eml", data)
    assert art.source == "Townpost"
