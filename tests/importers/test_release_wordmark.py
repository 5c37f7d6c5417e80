"""A release mailed by an organisation's press office under its letterhead's wordmark, the
name squashed into one lower-case word ('examplegrid'): the issuer is the name as the
sender spells it ('Example Grid'). A letterhead naming another organisation keeps it."""

from __future__ import annotations

import pytest

from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes


def _release(sender: str, mark: str, head: str, text: str) -> bytes:
    body = f"{mark}\nPRESS RELEASE\n26 November 2025\n{head}\n\n{text}\n\n{text}\n\nENDS\n"
    return mail_bytes(sender, f"Press release: {head}", body)


@pytest.mark.parametrize(
    ("sender", "mark", "head", "text", "issuer"),
    [
        (
            "Example Grid Media Relations <media@examplegrid.example>",
            "examplegrid",
            "Example Grid opens a new substation near the coast",
            f"{NEWS_TEXT}\n\n{NEWS_MORE}",
            "Example Grid",
        ),
        (
            "Beispiel Werke Pressestelle <presse@beispielwerke.example>",
            "beispielwerke",
            "Beispiel Werke bauen zwei neue Radwege am Ufer",
            MAIL_DE,
            "Beispiel Werke",
        ),
        (
            "Primer Energo Press Office <press@primerenergo.example>",
            "primerenergo",
            "Primer Energo ремонтирует двенадцать мостов",
            MAIL_RU,
            "Primer Energo",
        ),
    ],
)
def test_a_letterheads_wordmark_takes_the_senders_spelling(
    sender: str, mark: str, head: str, text: str, issuer: str
) -> None:
    (art,) = articles_of("m.eml", _release(sender, mark, head, text))
    assert art.source == issuer


def test_a_letterhead_of_another_name_is_kept() -> None:
    from app.importers.mail import _spelt_as

    assert _spelt_as("gridpartners", "Example Grid") == "gridpartners"
    assert _spelt_as("Example Grid plc", "Example Grid") == "Example Grid plc"
    assert _spelt_as("EXAMPLEGRID", "Example Grid") == "Example Grid"
