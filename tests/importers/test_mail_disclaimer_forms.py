"""A mail's confidentiality disclaimer under its last rule closes the mail, however it
names the message and its attachments ('Данное сообщение и все приложения к нему могут
содержать конфиденциальную информацию …', 'Diese E-Mail und alle Anhänge können
vertrauliche …'): no second item of a release mailed whole."""

from __future__ import annotations

from app.importers.mail import _is_footer_part
from tests.importers.makers import MAIL_RU, mail_bytes
from tests.importers.test_batch122_families import articles_of


def test_disclaimer_forms_close_the_mail() -> None:
    for text in (
        "Данное сообщение и все приложения к нему могут содержать конфиденциальную информацию.",
        "Настоящее электронное письмо содержит конфиденциальную информацию.",
        "Diese E-Mail und alle Anhänge können vertrauliche Informationen enthalten.",
        "This e-mail and any attachments are confidential and intended for the addressee.",
    ):
        assert _is_footer_part(text), text


def test_a_sentence_on_confidential_data_is_no_disclaimer() -> None:
    assert not _is_footer_part("Данные о пассажирах содержат конфиденциальную информацию.")


def test_a_release_with_a_russian_disclaimer_is_one_item() -> None:
    body = (
        "ПРЕСС-РЕЛИЗ\n26.11.2025\n\nПримерная дорога запустит новый ночной поезд\n\n"
        f"Примерск, 26 ноября 2025 г. – {MAIL_RU}\n\n{MAIL_RU}\n\n"
        "Пресс-служба АО «Примерная дорога»\nТел.: +7 000 000-00-00\n\n---\n"
        "Данное сообщение и все приложения к нему могут содержать конфиденциальную "
        "информацию и предназначены только для указанных адресатов.\n"
    )
    data = mail_bytes("Пресс-служба <press@road.example>", "Новый ночной поезд", body)
    (art,) = articles_of("m.eml", data)
    assert "конфиденциальн" not in art.body
