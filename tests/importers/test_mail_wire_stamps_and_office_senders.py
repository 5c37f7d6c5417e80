"""Release mails from wires and press offices: a wire's 'date | Source: X' stamp names the
issuer and dates the release, an 'About X:' line after the text opens the notes, and a short
distribution note under the last rule is no article; a 'Press release | date' bar names no
source, the subject picks the headline out of a letterhead's lines, and a sender 'Press office
of X' names X as the text does.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime, timedelta, timezone

from app.importers.mail import _office_of
from app.importers.sitename import is_institution
from tests.importers.makers import MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes

WIRE = (
    "Example Wire\nNovember 24, 2025 03:00 ET | Source: Example Robotics\n\n"
    "Example Robotics opens a test centre in the harbour\n\nPress Release\n\n"
    f"{NEWS_TEXT}\n\n{NEWS_MORE}\n\n"
    "About Example Robotics: Example Robotics builds machines that help cities grow together.\n"
    "\n---\nThis release was sent by Example Wire. Unsubscribe from this list\n"
)


def test_a_wire_stamps_labelled_source_names_the_issuer_and_its_day_dates_it() -> None:
    subject = "Example Robotics opens a test centre in the harbour"
    (art,) = articles_of("m.eml", mail_bytes("Example Wire <w@example.org>", subject, WIRE))
    assert art.title == subject
    assert art.source == "Example Robotics"
    assert art.published == datetime(2025, 11, 24, 3, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert art.body.startswith("The city council")
    assert "About Example" not in art.body
    assert "Unsubscribe" not in art.body


def test_a_short_note_under_a_mails_last_rule_is_no_article() -> None:
    body = f"Harbour test centre opens\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n---\nSent by X. Unsubscribe"
    arts = articles_of("m.eml", mail_bytes("Desk <d@example.org>", "Harbour", body))
    assert len(arts) == 1


LETTER = (
    "<html><body><table><tr><td>МИНИСТЕРСТВО ПРИМЕРОВ РОССИЙСКОЙ ФЕДЕРАЦИИ<br>"
    "<span>Департамент связей с общественностью и экспертной работы</span></td></tr>"
    "<tr><td><b>Пресс-релиз</b> | 24 ноября 2025 г.</td></tr>"
    "<tr><td><p>Города начнут ремонт двенадцати мостов весной будущего года</p>"
    f"<p>Москва, 24 ноября. Минпример России сообщает: {MAIL_RU}</p>"
    f"<p>{MAIL_RU}</p></td></tr></table></body></html>"
)


def _from_line(data: bytes, name: str) -> bytes:
    """The message with its sender's name in one encoded word, as a press office's mailer
    writes it (Python's folding drops the space between two encoded words)."""
    word = base64.b64encode(name.encode()).decode()
    return re.sub(rb"From: .*?<", f"From: =?utf-8?b?{word}?= <".encode(), data, flags=re.S)


def test_a_release_bar_names_no_source_and_the_subject_finds_the_headline() -> None:
    data = mail_bytes(
        "X <press@example.org>", "Пресс-релиз: города начнут ремонт мостов", LETTER, "html"
    )
    data = _from_line(data, "Пресс-служба Минпримера России")
    (art,) = articles_of("m.eml", data)
    assert art.title == "Города начнут ремонт двенадцати мостов весной будущего года"
    assert art.source == "Минпример России"
    assert art.published is not None and art.published.date().day == 24


def test_a_press_office_of_an_organisation_names_it_as_the_text_does() -> None:
    text = "Москва. Минпример России сообщает о ремонте. Пресс-служба Минпримера России"
    assert _office_of("Пресс-служба Минпримера России", text) == "Минпример России"
    assert _office_of("Пресс-служба Минпримера России", "нет имени") == (
        "Пресс-служба Минпримера России"
    )
    assert is_institution("Минпример России") and not is_institution("Минск Арена")
