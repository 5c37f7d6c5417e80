"""A page pasted into a mail under a subject of the sender's own words: the headline the
page prints over its date line is the title, not the subject, which is no line of the text
(the note over the paste may repeat it). A paywall's label over the text ('Exklusiv für
Abonnenten', 'Subscribers only') is chrome, never the headline or a paragraph."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import (
    MAIL_DE,
    MAIL_RU,
    NEWS_MORE,
    NEWS_TEXT,
    REVIEW_DE_MORE,
    articles_of,
    mail_bytes,
)


@pytest.mark.parametrize(
    ("subject", "note", "head", "stamp", "text"),
    [
        (
            "Radwege Ufer",
            "Hallo Kim,\n\nzur Info, Radwege Ufer – wird morgen im Bauausschuss ein Thema sein.",
            "Land übernimmt den Großteil der Kosten für neue Radwege",
            "25. November 2025, 17:42 Uhr",
            f"{MAIL_DE}\n\n{REVIEW_DE_MORE}",
        ),
        (
            "trams",
            "FYI on trams, see below.",
            "Tram network to grow by forty kilometres under council plan",
            "25 Nov 2025, 09:10",
            f"{NEWS_TEXT}\n\n{NEWS_MORE}",
        ),
        (
            "мосты",
            "Коллеги, для сведения про мосты.",
            "Власти утвердили план ремонта двенадцати мостов в городе",
            "26.11.2025 12:40",
            MAIL_RU,
        ),
    ],
)
def test_the_pages_headline_over_its_date_beats_the_senders_subject(
    subject: str, note: str, head: str, stamp: str, text: str
) -> None:
    body = (
        f"{note}\n\nGruß\n\nExample Courier\nNews\nLocal\nSport\n\n{head}\n{stamp}\n\n"
        f"{text}\n\n{text}\n"
    )
    (art,) = articles_of("m.eml", mail_bytes("Kim Example <kim@example.org>", subject, body))
    assert art.title == head


def test_a_subject_printed_as_the_headline_stays() -> None:
    head = "Tram network to grow by forty kilometres"
    body = f"{head}\n25 Nov 2025, 09:10\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    (art,) = articles_of("m.eml", mail_bytes("Kim Example <kim@example.org>", head, body))
    assert art.title == head


def test_a_paywall_label_alone_is_chrome_a_sentence_naming_subscribers_is_not() -> None:
    for label in ("Exklusiv für Abonnenten", "Subscribers only", "Только для подписчиков"):
        assert is_boilerplate(label)
    assert not is_boilerplate("Der Rabatt gilt nur für Abonnenten der Zeitung und ihre Familien.")
