"""Forwards and release mails: a forward quoted whole ('> From: …' and every line of its
text under '> ') is read unquoted; a forwarded article that prints its own header (rubric,
headline, byline, stamp) takes its printed headline over the forwarder's subject; a sender
named 'X Presse' / 'X Media' is the organisation X where the text names X on its own.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.mail import _named_organisation, _office_of, _organisation
from tests.importers.makers import MAIL_DE, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes

HEAD = "Tram depot in the north could open two years early, council says"


def _quoted(text: str) -> str:
    return "\n".join(f"> {ln}" if ln else ">" for ln in text.split("\n"))


def test_a_forward_quoted_whole_is_read_unquoted_with_its_own_header() -> None:
    forwarded = (
        "From: Sam Other <sam@example.org>\nDate: 25 November 2025 at 08:16:44 GMT\n"
        "To: Press <press@example.org>\nSubject: Example Post - tram depot\n\n"
        f"Northtown\n\n{HEAD}\n\nby Jo Writer\n\n"
        f"Published: 05:00, 25 November 2025\n\n{NEWS_TEXT}\n\n{NEWS_MORE}"
    )
    body = (
        f"Worth a look.\n\nSent from my phone\n\nBegin forwarded message:\n\n{_quoted(forwarded)}"
    )
    (art,) = articles_of("m.eml", mail_bytes("Alex <alex@example.org>", "Fwd: depot", body))
    assert art.title == HEAD
    assert art.body.startswith(NEWS_TEXT)
    assert ">" not in art.body
    assert art.author == "Jo Writer"
    assert art.published == datetime(2025, 11, 25, 5, 0)


def test_a_forwarded_articles_printed_headline_beats_the_forwarders_subject() -> None:
    head = "Neue Radwege am Ufer werden bis zum Sommer fertig"
    body = (
        "Hallo Jens,\n\nanbei der Artikel von heute.\n\nGruß\nPetra\n\n"
        "-------- Weitergeleitete Nachricht --------\nBetreff:\tRadweg Artikel\n"
        "Datum:\tTue, 25 Nov 2025 20:14:03 +0100\nVon:\tNewsdesk <news@example.org>\n\n"
        f"Beispielstadt\n\n{head}\n\n25.11.2025, 18:30 Uhr\n\nVon Stefan Muster\n\n"
        f"{MAIL_DE}\n\n{MAIL_DE}"
    )
    (art,) = articles_of("m.eml", mail_bytes("Petra <p@example.org>", "Fwd: Radweg Artikel", body))
    assert art.title == head
    assert art.published == datetime(2025, 11, 25, 18, 30)
    assert art.author == "Stefan Muster"


def test_a_sender_named_after_its_press_office_word_is_the_organisation_the_text_names() -> None:
    text = "Example Aid warned today that rations are being halved."
    assert _named_organisation("Example Aid Media", text) == "Example Aid"
    assert _named_organisation("Example Aid Presse", text) == "Example Aid"
    # a media company the text does not name on its own keeps its name
    assert _named_organisation("Example Media", "Example Media announced a merger.") == (
        "Example Media"
    )
    assert _named_organisation("Example Aid Media", "Nothing about it.") == "Example Aid Media"


def test_a_release_mails_h1_headline_over_its_h2_deck_stays_the_title() -> None:
    head = "Example Aid: rations halved in four regions as funding falls"
    deck = "Charity calls for reliable funding"
    html = (
        "<html><body><p>Example Aid – Press release</p>"
        f"<h1>{head}</h1><h2>{deck}</h2><p>{NEWS_TEXT}</p><p>{NEWS_MORE}</p></body></html>"
    )
    data = mail_bytes("Example Aid <p@example.org>", "Rations halved", html, "html")
    (art,) = articles_of("m.eml", data)
    assert art.title == head
    assert art.body.startswith(NEWS_TEXT)


def test_the_headline_under_a_release_label_beats_the_subjects_looser_paraphrase() -> None:
    head = "Example Exchange extends weekend trading to all index shares"
    body = f"PRESS RELEASE\n\n{head}\n\nLondon, 27 November 2025 – {NEWS_TEXT}\n\n{NEWS_MORE}"
    subject = "Example Exchange widens weekend trading sessions"
    (art,) = articles_of("m.eml", mail_bytes("Desk <d@example.org>", subject, body))
    assert art.title == head


def test_an_office_joined_to_the_organisation_by_a_hyphen_is_the_organisation() -> None:
    assert _organisation("EXV-Pressestelle") == "EXV"
    assert _organisation("Example Water Press Office") == "Example Water"


def test_the_office_of_an_inflected_organisation_takes_the_texts_short_head_word() -> None:
    """'Пресс-служба Минпримера России' where the text says 'Минпример подготовил': the head
    word in its nominative, its complement as it stands."""
    text = "Минпример подготовил проект постановления. Пресс-служба Минпримера России"
    assert _office_of("Пресс-служба Минпримера России", text) == "Минпример России"
    assert _office_of("Пресс-служба Минпримера России", "Без упоминаний.") == (
        "Пресс-служба Минпримера России"
    )


def test_the_office_of_an_organisation_takes_the_texts_form_as_long_as_its_own() -> None:
    """'Пресс-служба Минобраза России' where the text says 'Минобраз России': the other form,
    as many letters as the genitive, is the name in its nominative."""
    text = "Минобраз России утвердил план. Минобраз России сообщил. Пресс-служба Минобраза России"
    assert _office_of("Пресс-служба Минобраза России", text) == "Минобраз России"
