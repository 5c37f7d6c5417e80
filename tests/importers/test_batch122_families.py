"""Blind batch 122's families: a forward under a cover note whose signature carries a
confidentiality notice is still read (the notice is no part of the note's words)."""

from __future__ import annotations

from app.importers.mail import _Frame, _inline_forward
from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes


def test_outlook_forward_under_signature_and_notice_de() -> None:
    body = (
        "Hallo zusammen,\n\nanbei der Artikel aus dem Stadtboten zu den Radwegen, bitte "
        "unter Verkehr ablegen.\n\nViele Grüße\nJana Muster\n\n--\nJana Muster\n"
        "Presse- und Öffentlichkeitsarbeit\nLandkreis Beispiel - Der Kreisausschuss\n"
        "Musterstraße 1\n12345 Beispielstadt\nTel.: 01234 5678-90\nFax: 01234 5678-99\n"
        "E-Mail: j.muster@landkreis.example\nInternet: www.landkreis.example\n"
        "Sitz der Verwaltung: Beispielstadt, Amtsgericht Beispielstadt\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der "
        "richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen "
        "Sie diese Nachricht.\n\n________________________________\n"
        "Von: Beispiel, Tom <t.beispiel@landkreis.example>\n"
        "Gesendet: Mittwoch, 19. November 2025 08:12\n"
        "An: Muster, Jana <j.muster@landkreis.example>\nBetreff: Radwege\n\n"
        "Stadtbote\n\nZwei neue Radwege am Ufer bis zum Sommer geplant\n\n"
        "Stand: 19.11.2025, 05:30 Uhr\n\nVon: Anna Beispiel\n\n"
        f"Beispielstadt - {MAIL_DE}\n\n{MAIL_DE}\n\n{MAIL_DE}\n\n© 2025 Stadtbote\n"
    )
    data = mail_bytes("Muster, Jana <j.muster@landkreis.example>", "WG: Radwege", body)
    (art,) = articles_of("m.eml", data)
    assert art.title == "Zwei neue Radwege am Ufer bis zum Sommer geplant"
    assert art.body.startswith("Beispielstadt - Die Stadt baut")
    assert "vertrauliche" not in art.body


def test_forward_under_long_signature_and_english_notice() -> None:
    body = (
        "FYI - for the file.\n\nBest regards\nDana\n\n"
        "Dana Whitmore | Communications Officer\nExample County Council\n"
        "1 High Street, Exampleton EX1 2AB\nT: 01234 567890 | M: 07700 900123\n"
        "www.examplecounty.example\n\n"
        "This email may contain confidential or privileged information. If you are not the "
        "intended recipient please notify the sender immediately and delete it from your "
        "system; any use, copying or disclosure is prohibited.\n\n"
        "From: Sam Roe <s.roe@examplecounty.example>\nSent: 25 November 2025 08:02\n"
        "To: Dana Whitmore <d.whitmore@examplecounty.example>\nSubject: Trams\n\n"
        "Example Ledger\n\nTram network to grow by forty kilometres\n\n"
        f"By Jo Writer\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{NEWS_TEXT}\n"
    )
    data = mail_bytes("Dana Whitmore <d.whitmore@examplecounty.example>", "FW: Trams", body)
    (art,) = articles_of("m.eml", data)
    assert art.title == "Tram network to grow by forty kilometres"
    assert art.body.startswith("The city council approved")


def test_forward_under_russian_signature_and_notice() -> None:
    body = (
        "Коллеги, добрый день!\nСтатья для архива.\n\nС уважением,\nИрина\n\n"
        "Ирина Петрова\nГлавный специалист пресс-службы\nАдминистрация Примерного района\n"
        "ул. Ленина, д. 1, г. Примерск, 000000\nтел. +7 (000) 000-00-00, доб. 123\n"
        "моб. +7 (900) 000-00-00\nэл. почта: i.petrova@admin.example\nсайт: admin.example\n\n"
        "Это сообщение может содержать конфиденциальную информацию. Если вы получили его по "
        "ошибке, сообщите отправителю и удалите письмо со всеми вложениями.\n\n"
        "От: Сергей Иванов <s.ivanov@admin.example>\nОтправлено: 25 ноября 2025 г. 8:02\n"
        "Кому: Ирина Петрова <i.petrova@admin.example>\n"
        "Тема: Городские власти отремонтируют двенадцать мостов\n\n"
        "Городские власти отремонтируют двенадцать мостов\n\n"
        f"{MAIL_RU}\n\n{MAIL_RU}\n\n{MAIL_RU}\n"
    )
    data = mail_bytes("Ирина Петрова <i.petrova@admin.example>", "Fwd: Мосты", body)
    (art,) = articles_of("m.eml", data)
    assert art.title == "Городские власти отремонтируют двенадцать мостов"
    assert art.body.startswith("Городские власти утвердили")


def test_a_long_letter_over_a_header_block_is_no_cover_note() -> None:
    letter = " ".join([MAIL_DE] * 2)
    text = (
        f"Hallo Tom,\n\n{letter}\n\nViele Grüße\nJana\n\n"
        "Von: Tom Beispiel <t@example.org>\nGesendet: Mittwoch, 19. November 2025 08:12\n"
        f"Betreff: Radwege\n\n{MAIL_DE}\n"
    )
    frame = _Frame("Radwege", "Jana", None, "example.org")
    assert _inline_forward(text, frame) is None
