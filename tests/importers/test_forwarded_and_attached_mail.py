"""Forwarded and attached clippings, unknown charsets, a text digest's intro (mail.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from app.importers import extract
from app.model import Extracted, ExtractionFailure

ARTICLE = (
    "The port authority said on Tuesday that container volumes rose by four percent in "
    "October, helped by new services to West Africa and a recovery in transhipment traffic.\n\n"
    "Terminal operators expect the growth to continue into next year, although rail links to "
    "the hinterland remain congested, a spokeswoman said."
)
RUSSIAN = (
    "Министерство сельского хозяйства сообщило, что экспорт зерна в октябре вырос на "
    "двенадцать процентов. Основными покупателями стали страны Центральной Азии."
)


def _mail(subject: str, text: str, date: str = "Wed, 05 Nov 2025 08:00:00 +0000") -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Anna Colleague <anna@corp.example>", "me@x", subject
    msg["Date"] = date
    msg.set_content(text)
    return msg


def _articles(items: list) -> list:
    return [i.article for i in items if isinstance(i, Extracted)]


def test_forwarded_message_attachment_is_read_as_the_mail() -> None:
    original = _mail("Container volumes rise", ARTICLE, "Tue, 04 Nov 2025 09:30:00 +0100")
    del original["From"]
    original["From"] = "Port News <news@port.example>"
    outer = _mail("Fwd: Container volumes rise", "FYI, see below.\n\n-- \nAnna")
    outer.add_attachment(original)  # message/rfc822
    items = extract("fwd.eml", bytes(outer))
    [art] = _articles(items)
    assert art.title == "Container volumes rise"
    assert art.source == "Port News"  # its sender, not the forwarder
    assert art.published == datetime(2025, 11, 4, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert art.body.startswith("The port authority said") and "FYI" not in art.body
    assert items[0].origin == "fwd.eml"


def test_attached_files_are_items_and_a_cover_note_is_not() -> None:
    msg = _mail("Press review", "Hi, attached today's clippings.\n\nBest regards\nAnna")
    msg.add_attachment(
        "Container volumes rise\n\n" + ARTICLE, filename="clip.txt", disposition="attachment"
    )
    html = f"<html><body><h1>Grain exports grow</h1><p>{RUSSIAN}</p><p>{RUSSIAN}</p></body></html>"
    msg.add_attachment(html, subtype="html", filename="grain.html")
    msg.add_attachment(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", filename="logo.png")
    items = extract("review.eml", bytes(msg))
    assert [i.origin for i in items] == ["review.eml/clip.txt", "review.eml/grain.html"]
    arts = _articles(items)
    assert [a.title for a in arts] == ["Container volumes rise", "Grain exports grow"]
    assert [a.original_part for a in arts] == [0, 1]


def test_a_mail_with_its_own_article_keeps_it_beside_the_attachment() -> None:
    msg = _mail("Container volumes rise", ARTICLE)
    msg.add_attachment("Grain exports grow\n\n" + RUSSIAN, filename="grain.txt")
    items = extract("both.eml", bytes(msg))
    assert [a.title for a in _articles(items)] == ["Container volumes rise", "Grain exports grow"]
    assert items[1].origin == "both.eml/grain.txt"


def test_a_damaged_attachment_is_a_failed_item_not_a_failed_mail() -> None:
    msg = _mail("Container volumes rise", ARTICLE)
    msg.add_attachment(b"not a pdf", maintype="application", subtype="pdf", filename="x.pdf")
    items = extract("bad.eml", bytes(msg))
    assert isinstance(items[0], Extracted) and isinstance(items[1], ExtractionFailure)
    assert items[1].origin == "bad.eml/x.pdf"


@pytest.mark.parametrize("charset", ["x-unknown-foo", "utf-8", "us-ascii"])
def test_unknown_or_wrong_charset_falls_back_to_detection(charset: str) -> None:
    head = (
        "From: X <x@y.example>\nSubject: Export\nDate: Wed, 05 Nov 2025 10:00:00 +0000\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    )
    data = head.encode() + RUSSIAN.encode("cp1251") + b"\n"
    [art] = _articles(extract("cs.eml", data))
    assert "\ufffd" not in art.body and "экспорт зерна" in art.body


DIGEST = """Your daily digest

Wheat exports jump

LONDON, Nov 5 (Reuters) - British wheat exports rose sharply in October as buyers in North \
Africa stepped up purchases, trade data showed on Wednesday.

-----

Container volumes rise

ROTTERDAM (Reuters) - The port authority said on Tuesday that container volumes rose by four \
percent in October, helped by new services to West Africa.

-----

Grain harvest at a record

ASTANA (Reuters) - Kazakhstan harvested a record 26 million tonnes of grain this year, the \
agriculture ministry said on Monday.
"""


def test_text_digest_intro_is_frame_and_dates_are_the_items_own() -> None:
    arts = _articles(extract("digest.eml", bytes(_mail("Daily digest", DIGEST))))
    assert [a.title for a in arts] == [
        "Wheat exports jump",
        "Container volumes rise",
        "Grain harvest at a record",
    ]
    assert arts[0].lead == "" and arts[0].body.startswith("LONDON, Nov 5")
    assert arts[0].published == datetime(2025, 11, 5)  # its own dateline, the mail's year
    sent = datetime(2025, 11, 5, 8, 0, tzinfo=UTC)
    assert arts[1].published == sent and arts[2].published == sent  # no date of their own


def test_an_intro_paragraph_of_its_own_is_no_item() -> None:
    text = "Good morning, here are today's stories.\n\n-----\n\n" + DIGEST.split("\n", 2)[2]
    arts = _articles(extract("digest.eml", bytes(_mail("Daily digest", text))))
    assert [a.title for a in arts] == [
        "Wheat exports jump",
        "Container volumes rise",
        "Grain harvest at a record",
    ]


@pytest.mark.parametrize(
    ("block", "when"),
    [
        (
            "---------- Forwarded message ---------\nFrom: Port News <news@port.example>\n"
            "Date: Tue, Nov 4, 2025 at 9:30 AM\nSubject: Container volumes rise\nTo: <me@x>",
            datetime(2025, 11, 4, 9, 30),
        ),
        (
            "-----Original Message-----\nFrom: Port News [mailto:news@port.example]\n"
            "Sent: Tuesday, November 4, 2025 9:30 AM\nTo: Anna\nSubject: Container volumes rise",
            datetime(2025, 11, 4, 9, 30),
        ),
        (
            "________________________________\nVon: Port News <news@port.example>\n"
            "Gesendet: Dienstag, 4. November 2025 09:30\nAn: Anna\nBetreff: WG: Container "
            "volumes rise",
            datetime(2025, 11, 4, 9, 30),
        ),
    ],
)
def test_inline_forward_gives_the_original_subject_date_and_sender(
    block: str, when: datetime
) -> None:
    mail = _mail("WG: interesting", f"Zur Info\n\nAnna\n\n{block}\n\n{ARTICLE}")
    [art] = _articles(extract("inline.eml", bytes(mail)))
    assert art.title == "Container volumes rise"
    assert art.published == when  # not the forwarding date (5 Nov)
    assert art.source == "Port News"
    assert art.body.startswith("The port authority said")


def test_html_letter_without_heading_or_title_is_titled_by_its_subject() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Trade Council Newsletter <nl@trade.example>", "me@x"
    msg["Subject"], msg["Date"] = "Container volumes rise", "Wed, 05 Nov 2025 10:00:00 +0100"
    paragraphs = "".join(f"<p>{p}</p>" for p in ["Dear readers,", *ARTICLE.split("\n\n")])
    msg.set_content(
        f"<html><body><table><tr><td>{paragraphs}</td></tr></table></body></html>", "html"
    )
    [article] = _articles(extract("letter.eml", msg.as_bytes()))
    assert article.title == "Container volumes rise"
    assert article.published == datetime(2025, 11, 5, 10, tzinfo=timezone(timedelta(hours=1)))
    assert article.body.split("\n\n")[1] == ARTICLE.split("\n\n")[0]
    assert "|" not in article.body
