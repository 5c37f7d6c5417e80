"""A release mailed under a salutation, in an HTML part titled only by the kind of mail.

Press offices mail their releases as a letter: "Уважаемые коллеги! Направляем вам
пресс-релиз …" over the release's bold headline, its date and its text, in an HTML part
whose <title> is "Пресс-релиз" and a subject "Пресс-релиз: <headline's end>". The greeting
and the cover note are the mail's frame, the label is no headline, and the printed headline
(of which the subject is the end) is the title.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.model import Extracted

RU = [
    "Площадь лесовосстановления в регионах по итогам десяти месяцев составила более "
    "миллиона гектаров, сообщили на заседании коллегии ведомства в Москве.",
    "В текущем году высажено около 680 млн сеянцев, из них более 40 процентов с закрытой "
    "корневой системой, которая обеспечивает лучшую приживаемость.",
]
EN = [
    "The agency will open two new tree nurseries next year, raising the number of seedlings "
    "grown in the region by a quarter, the ministry said on Tuesday.",
    "The nurseries are to supply replanting on land burnt in last summer's fires, where work "
    "has so far covered about a third of the damaged area.",
]


def _html_mail(subject: str, title: str, paras: list[str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Press Office <press@example.org>"
    msg["To"], msg["Subject"] = "desk@example.org", subject
    msg["Date"] = "Tue, 25 Nov 2025 15:20:11 +0300"
    body = "".join(f"<p>{p}</p>" for p in paras)
    msg.set_content(f"<html><head><title>{title}</title></head><body>{body}</body></html>",
                    subtype="html")  # fmt: skip
    return bytes(msg)


def _article(data: bytes):  # type: ignore[no-untyped-def]
    [item] = extract("mail.eml", data)
    assert isinstance(item, Extracted)
    return item.article


def test_greeting_and_cover_note_go_and_the_printed_headline_is_the_title() -> None:
    headline = "Минприроды: площадь лесовосстановления превысила 1,2 млн гектаров"
    paras = ["Уважаемые коллеги!", "Направляем вам пресс-релиз. PDF-версия – во вложении.",
             f"<b>{headline}</b>", "25.11.2025", *RU]  # fmt: skip
    subject = "Пресс-релиз: площадь лесовосстановления превысила 1,2 млн гектаров"
    art = _article(_html_mail(subject, "Пресс-релиз", paras))
    assert art.title == headline
    assert art.body.startswith("Площадь лесовосстановления в регионах")
    assert "Уважаемые" not in art.body and "вложении" not in art.body
    assert art.published == datetime(2025, 11, 25)


def test_english_salutation_over_a_release() -> None:
    paras = ["Dear colleagues,", "please find our latest release below.",
             "Agency to open two new tree nurseries", *EN]  # fmt: skip
    art = _article(_html_mail("Press release: new tree nurseries", "Press release", paras))
    assert art.title == "Agency to open two new tree nurseries"
    assert art.body.startswith("The agency will open two new tree nurseries")
    assert "colleagues" not in art.body


def test_a_title_sharing_the_subjects_words_still_heads_the_page() -> None:
    # the <title> is the headline itself: the page reader takes it, greeting or not
    paras = [*EN]
    art = _article(_html_mail("Tree nurseries to open", "Tree nurseries to open", paras))
    assert art.title == "Tree nurseries to open"


def test_a_letter_whose_salutation_opens_the_text_itself_stays_whole() -> None:
    # no headline-like paragraph under the greeting: nothing is taken for a cover note
    paras = ["Dear colleagues,", *EN]
    art = _article(_html_mail("Tree nurseries", "Update", paras))
    assert EN[0] in art.body
