"""A person's mail with an article pasted or forwarded under a personal note: the note
('Hallo X, … Viele Grüße / Name', 'See below … Thanks, / Name', a one-sentence aside in the
first person) is no text, the page's own headline beats the subject, the outlet its notice
names beats the person; a reply that quotes a forward of a forward reads the innermost
text; an age rating after a notice's name is no part of it.
"""

from __future__ import annotations

from app.importers import extract
from app.importers.mail import _is_person, _without_note
from app.importers.sitename import copyright_owner
from app.model import Extracted
from tests.importers.makers import MAIL_DE as DE
from tests.importers.makers import MAIL_RU as RU
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, mail_bytes


def _article(data: bytes):  # type: ignore[no-untyped-def]
    items = extract("mail.eml", data)
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    return items[0].article


def _page(outlet: str, rubric: str, headline: str, byline: str, text: str, notice: str) -> str:
    return (
        f"{outlet}\nStartseite > Region > {rubric}\n{rubric}\n{headline}\n{byline}\n"
        f"{text}\n{text}\n{text}\n{text}\n{notice}"
    )


def test_a_signed_note_over_a_pasted_german_page_is_cut() -> None:
    page = _page(
        "Musterländer Kurier",
        "Neustadt",
        "Radwege am Ufer kosten drei Millionen Euro",
        "Lena Beispiel 18.11.2025 - 18:05 Uhr",
        DE,
        "© Musterländer Kurier Mediengesellschaft mbH",
    )
    body = (
        "Hallo Jutta,\n\nhier der Artikel von gestern zu den Radwegen, bitte in den "
        f"Pressespiegel aufnehmen.\n\nViele Grüße\nRalf\n\n{page}\n\n-- \nRalf Muster\nGemeinde X"
    )
    art = _article(mail_bytes("Ralf Muster <r.muster@gemeinde.example>", "Radwege - Artikel", body))
    assert art.title == "Radwege am Ufer kosten drei Millionen Euro"
    assert art.source == "Musterländer Kurier"
    assert art.body.startswith("Die Stadt baut")
    assert "Viele Grüße" not in art.body and "Pressespiegel" not in art.body


def test_a_note_signed_off_without_greeting_over_an_english_paste_is_cut() -> None:
    page = (
        "The Example Herald\nNews\nSport\nFarming\nNews\n"
        "Council backs tram plan after long debate on costs\nJane Sample\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n{NEWS_TEXT}\n{NEWS_MORE}\n"
        "© 2025 The Example Herald, Main Street. All rights reserved."
    )
    body = (
        "See below the Herald piece on the trams. The cost figure looks wrong to me, can "
        f"we check?\n\nThanks,\nPádraig\n\n{page}"
    )
    art = _article(mail_bytes("Pádraig Ó Beispiel <p@board.example>", "Herald article", body))
    assert art.title == "Council backs tram plan after long debate on costs"
    assert art.source == "The Example Herald"
    assert art.body.startswith("The city council approved")


def test_a_reply_quoting_a_forward_reads_the_innermost_russian_text() -> None:
    page = (
        "PRIMER.RU\nНовости\nГород\nГород\nМосты в городе отремонтируют к концу следующего года\n"
        f"25 ноября 2025, 09:40\nАнна Образцова\n{RU}\n{RU}\n{RU}\n© 2025 Primer.ru 18+"
    )
    quoted = "\n".join(
        f"> {ln}"
        for ln in (
            "Денис, посмотри, это про наш подряд.\n\n-------- Пересылаемое сообщение --------\n"
            f'25.11.2025, 10:05, "Марат Образцов" <m@firma.example>:\n\n{page}'
        ).split("\n")
    )
    body = (
        "Спасибо, Лена! Беру в обзор.\n\n-- \nС уважением,\nДенис\n\n"
        f'25.11.2025, 10:42, "Елена Образцова" <e@firma.example>:\n{quoted}\n'
    )
    art = _article(mail_bytes("Денис Образцов <d@firma.example>", "Re: Fwd: мосты", body))
    assert art.title == "Мосты в городе отремонтируют к концу следующего года"
    assert art.body.startswith("Городские власти утвердили")
    assert "Беру в обзор" not in art.body and "посмотри" not in art.body


def test_a_mail_ru_forward_with_its_from_whom_field_is_read() -> None:
    body = (
        "Добрый день!\nПересылаю для подборки.\n\n-------- Пересылаемое сообщение --------\n"
        "От кого: Сергей Образцов <s@agro.example>\nКому: info@agro.example\n"
        "Дата: Среда, 26 ноября 2025, 11:02 +09:00\nТема: Газета про мосты\n\n"
        "Главная / Новости / Город\nМосты в городе отремонтируют к концу следующего года\n"
        f"26 ноября 2025 в 10:15\n{RU}\n{RU}\n© 2025 «Примерная газета». Все права защищены."
    )
    art = _article(mail_bytes("Виктория Образцова <v@agro.example>", "Fwd: Газета про мосты", body))
    assert art.title == "Мосты в городе отремонтируют к концу следующего года"
    assert art.body.startswith("Городские власти утвердили")
    assert "От кого" not in art.body


def test_a_first_person_aside_over_a_page_header_is_cut() -> None:
    text = (
        "Saw this tonight, copying the text since it's behind the paywall.\n\n"
        "The Example Post\nNEWS\nLocal News\nTram plan backed after long debate on costs\n"
        f"By Jane Sample | The Example Post\n{NEWS_TEXT}\n{NEWS_MORE}\n{NEWS_TEXT}\n{NEWS_MORE}"
    )
    assert _without_note(text).startswith("The Example Post\nNEWS")


def test_look_alikes_stay_whole() -> None:
    # a letter signed off at its end: nothing under the sign-off but its signature
    letter = f"Dear colleagues,\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\nBest regards,\nJane Sample"
    assert _without_note(letter) == letter
    # an article whose short first paragraph is followed by more running text
    article = f"The council met on Tuesday.\n\n{NEWS_TEXT}\n{NEWS_MORE}\n{NEWS_TEXT}\n{NEWS_MORE}"
    assert _without_note(article) == article
    # a third-person sentence over a header is the article's, not a note
    third = article.replace("The council met on Tuesday.", "The council met on Tuesday.")
    assert _without_note(third) == third


def test_a_surname_particle_and_an_age_rating() -> None:
    assert _is_person("Pádraig Ó Beispiel") and _is_person("Anna van Muster")
    assert not _is_person("Example Herald Media Group Ltd")
    assert copyright_owner("© 2025 Primer.ru 18+") == "Primer.ru"
    assert copyright_owner("© 2025 «Примерная газета». Все права защищены. 16+") == (
        "Примерная газета"
    )
