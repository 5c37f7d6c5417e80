"""Blind batch 122's families: a forward under a cover note whose signature carries a
confidentiality notice is still read (the notice is no part of the note's words); a one-clip
monitoring alert's label/value rows name the clip's outlet, day, desk, author and headline;
a monitoring service's delivery note under the clip is no text."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.mail import _Frame, _inline_forward, _repeated_masthead
from app.importers.newsletter import alert_clip
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


# One-clip monitoring alerts: the alert's label/value rows name the clip's outlet, day, desk
# and author; the service is never the source, its 'Full text:' label never the title.


def test_one_clip_alert_with_colon_rows_and_full_text_label_en() -> None:
    body = (
        "Examplewater\nYour alert: Tram Expansion\n1 new result · Nov 26, 2025\n"
        "Headline: Tram network to grow by forty kilometres\n"
        "Outlet: Springfield Ledger\nPublished: Nov 26, 2025, 5:47 PM\n"
        "Author: Jo Writer\nSection: News / Transport\nReach: 1.2M\n"
        "URL: https://www.springfield-ledger.example/news/trams\n\nFull text:\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{NEWS_TEXT}\n\n"
        "Open in Examplewater | Unsubscribe\n© 2025 Examplewater Inc.\n"
    )
    data = mail_bytes(
        "Examplewater Alerts <alerts@examplewater.example>", "Alert: Tram – 1 new result", body
    )
    (art,) = articles_of("m.eml", data)
    assert art.title == "Tram network to grow by forty kilometres"
    assert art.source == "Springfield Ledger"
    assert art.section == "Transport"
    assert art.author == "Jo Writer"
    assert (art.published.day, art.published.hour) == (26, 17)
    assert art.body.startswith("The city council approved")


def test_one_clip_alert_with_label_rows_apart_from_values_ru() -> None:
    rows = [
        ("Тема мониторинга", "Мосты"),
        ("Источник", "Примерская правда"),
        ("Дата выхода", "26.11.2025 14:10"),
        ("Заголовок", "Мэрия отремонтирует двенадцать мостов"),
        ("Автор", "Ольга Примерова"),
        ("Рубрика", "Город"),
    ]
    cells = "".join(f"<p>{a}</p><p>{b}</p>" for a, b in rows)
    html = (
        f"<html><body><p>Пример-Монитор</p><p>Уведомление о новом сообщении</p>{cells}"
        f"<p>Текст сообщения:</p><p>{MAIL_RU}</p><p>{MAIL_RU}</p><p>{MAIL_RU}</p>"
        "<p>© 2025 ООО «Пример-Монитор»</p></body></html>"
    )
    data = mail_bytes(
        "Пример-Монитор <notify@monitor.example>", "Новое сообщение по теме «Мосты»", html, "html"
    )
    (art,) = articles_of("m.eml", data)
    assert art.title == "Мэрия отремонтирует двенадцать мостов"
    assert art.source == "Primerskaya Pravda"
    assert art.section == "Город"
    assert art.author == "Ольга Примерова"
    assert art.body.startswith("Городские власти утвердили")


def test_one_clip_alert_table_over_the_headline_de() -> None:
    rows = [
        ("Medium", "Seeboter Tagblatt"),
        ("Erscheinungsdatum", "21.11.2025"),
        ("Seite", "19"),
        ("Ressort", "Region"),
        ("Autor", "Anna Beispiel"),
        ("Suchbegriff", "Radwege"),
    ]
    table = "".join(f"<tr><td>{a}</td><td><b>{b}</b></td></tr>" for a, b in rows)
    html = (
        "<html><body><div>BEISPIEL-ALERT</div><div>Profil «Verkehr» – 1 neuer Treffer</div>"
        f"<table>{table}</table><h1>Zwei neue Radwege am Ufer bis zum Sommer geplant</h1>"
        f"<p>{MAIL_DE}</p><p>{MAIL_DE}</p><p>{MAIL_DE}</p>"
        "<div>Dieser Artikel wurde Ihnen von der Beispiel-Monitor AG im Rahmen Ihres "
        "Abonnements zugestellt.</div></body></html>"
    )
    data = mail_bytes(
        "Beispiel Alert <alert@monitor.example>", "Alert: 1 neuer Treffer", html, "html"
    )
    (art,) = articles_of("m.eml", data)
    assert art.title == "Zwei neue Radwege am Ufer bis zum Sommer geplant"
    assert art.source == "Seeboter Tagblatt"
    assert art.section == "Region"
    assert art.author == "Anna Beispiel"
    assert "zugestellt" not in art.body


def test_rows_without_an_outlet_are_no_alert() -> None:
    lines = ["Date: 26.11.2025", "Author: Jo Writer", "Title: Trams", "", NEWS_TEXT]
    assert alert_clip(lines) is None
    two = ["Outlet: A", "Date: 26.11.2025", "Outlet: B", "Date: 27.11.2025", NEWS_TEXT]
    assert alert_clip(two) is None  # two clips: a digest, read item by item


def test_delivery_notes_are_boilerplate_but_not_reports_of_deliveries() -> None:
    assert is_boilerplate("This clip is supplied under licence from Example Rights Ltd.")
    assert is_boilerplate("Материал предоставлен вам в рамках подписки на мониторинг.")
    assert not is_boilerplate(
        "Der Artikel wurde ihnen zufolge nie zugestellt, sagte der Anwalt der Familie."
    )
    assert not is_boilerplate("The clip was supplied by a viewer who filmed the crash.")


# A person who shares or forwards a page is never its source: the masthead alone over the
# page that its foot repeats (alone, as its app, by its site's address) is the outlet.


def test_app_share_masthead_named_by_its_address_de() -> None:
    body = (
        "Schau mal, passt zum Dossier\n\nbeispielbote\n\nLokales\n\n"
        "Zwei neue Radwege am Ufer bis zum Sommer geplant\n\n"
        "23.11.2025, 18:42 · Lesezeit 3 Min.\nVon Anna Beispiel\n\n"
        f"{MAIL_DE}\n\n{MAIL_DE}\n\n{MAIL_DE}\n\n"
        "https://www.beispielbote.example/lokales/radwege-1187223/artikel\n\n"
        "Von meinem iPhone gesendet\n"
    )
    data = mail_bytes("Felix Muster <felix@mail.example>", "Radwege am Ufer", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "beispielbote"


def test_forwarded_page_masthead_repeated_over_its_footer_en() -> None:
    body = (
        "FYI - for the file.\n\nDana\n\nBegin forwarded message:\n\n"
        "From: Sam Roe <s.roe@freight.example>\nSubject: Trams\n"
        "Date: 18 November 2025 at 08:41:22 GMT\nTo: Dana <dana@freight.example>\n\n"
        "Skip to main content\nSpringfield Evening Ledger\nNews\nSport\n\n"
        "Tram network to grow by forty kilometres\nBy Jo Writer\n"
        "Published: 6:00 AM November 18, 2025\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n"
        "Springfield Evening Ledger\nContact us | Terms and conditions | Privacy notice\n"
        "© 2025 Example Media Group Ltd. Registered in England & Wales.\n"
    )
    data = mail_bytes("Dana Whitmore <dana@freight.example>", "Fwd: Trams", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Springfield Evening Ledger"


def test_pasted_page_masthead_named_as_its_app_ru() -> None:
    body = (
        "Коллеги, для архива.\n\nПримерские Вести\n\nГород\n\n"
        "Мэрия отремонтирует двенадцать мостов\n\n25.11.2025, 09:40\n\n"
        f"{MAIL_RU}\n\n{MAIL_RU}\n\n{MAIL_RU}\n\n"
        "Читайте нас в приложении Примерские Вести-app\n\nОтправлено с iPhone\n"
    )
    data = mail_bytes("Ирина Петрова <irina@mail.example>", "Мосты", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Primerskie Vesti"


def test_a_rubric_the_foot_does_not_repeat_is_no_masthead() -> None:
    lines = ["Lokales", "Zwei neue Radwege", MAIL_DE, MAIL_DE, "Mehr aus Lokales", "Impressum"]
    assert _repeated_masthead(lines * 1) == ""
    foot = ["https://sport.beispiel.example/artikel"]
    assert _repeated_masthead(["Sport", "Radwege am Ufer", *[MAIL_DE] * 12, *foot]) == ""


# A PR agency (or its person) sending a client's release: the release's issuer, which its
# 'About X' heading names, is the source, never the agency nor its account director.


def test_agency_person_sends_clients_release_en() -> None:
    body = (
        "Hi all,\n\nPlease find below a press release issued this morning on behalf of our "
        "client, Example Foods.\n\nKind regards,\nDana Whitmore\nAccount Director\n"
        "Harbour PR\n\n________________________________\n\nFOR IMMEDIATE RELEASE\n"
        "Example Foods to open new research centre\n\n"
        f"Springfield, 27 November 2025 – {NEWS_TEXT}\n\n{NEWS_MORE}\n\nENDS\n\n"
        "About Example Foods\nExample Foods is a food company based in Springfield.\n"
    )
    data = mail_bytes("Dana Whitmore <dana@harbourpr.example>", "Example Foods release", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Example Foods"


def test_agency_sends_clients_release_de() -> None:
    body = (
        "Sehr geehrte Damen und Herren,\n\nim Auftrag unseres Kunden übersenden wir Ihnen "
        "die nachfolgende Pressemitteilung.\n\nMit freundlichen Grüßen\nJana Muster\n\n"
        "________________________________\n\nPRESSEMITTEILUNG\n"
        "Beispielwerk baut neues Ausbildungszentrum\n\n"
        f"Beispielstadt, 20. November 2025 – {MAIL_DE}\n\n{MAIL_DE}\n\n"
        "Über die Beispielwerk AG\nDie Beispielwerk AG baut Maschinen.\n\n"
        "Pressekontakt:\nMusteragentur Kommunikation GmbH\n"
    )
    data = mail_bytes(
        "Musteragentur Kommunikation – Presse <presse@musteragentur.example>",
        "PM Beispielwerk",
        body,
    )
    (art,) = articles_of("m.eml", data)
    assert art.source == "Beispielwerk AG"


def test_agency_sends_clients_release_ru() -> None:
    body = (
        "Добрый день!\n\nПо поручению нашего клиента направляем пресс-релиз.\n\n"
        "С уважением,\nИрина Петрова\nАгентство «Пример-PR»\n\n---\n\nПРЕСС-РЕЛИЗ\n"
        "Примерный завод построит учебный центр\n\n"
        f"Примерск, 20 ноября 2025 г. - {MAIL_RU}\n\n{MAIL_RU}\n\n"
        "О компании Примерный завод\nПримерный завод выпускает станки.\n"
    )
    data = mail_bytes("Ирина Петрова <irina@primer-pr.example>", "Пресс-релиз", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Примерный завод"


def test_a_release_sent_by_a_person_with_no_client_note_keeps_its_reading() -> None:
    from app.importers.mail import _about_issuer

    text = "Hi, here is our news.\n\nPRESS RELEASE\nHeadline\n\nAbout Example Foods\nText.\n"
    assert _about_issuer("Dana Whitmore", text) == "Dana Whitmore"
    client = "Sent on behalf of our client.\n" + text
    assert _about_issuer("Dana Whitmore", client) == "Example Foods"


# A non-media organisation's release keeps its Cyrillic name (an outlet is transliterated).


def _release_ru(sender: str, label: str = "ПРЕСС-РЕЛИЗ") -> str:
    body = (
        f"{label}\n28.11.2025\nПримерная Почта установит 1500 терминалов на вокзалах\n\n"
        f"Москва, 28 ноября 2025 г. - Примерная Почта сообщила. {MAIL_RU}\n\n{MAIL_RU}\n\n"
        "Контакты для СМИ:\nтел. +7 (000) 000-00-00\n"
    )
    (art,) = articles_of("m.eml", mail_bytes(sender, "Пресс-релиз", body))
    return art.source


def test_press_service_release_keeps_the_companys_cyrillic_name() -> None:
    assert _release_ru("Пресс-служба Примерной Почты <press@pochta.example>") == ("Примерная Почта")


def test_company_release_keeps_its_cyrillic_name() -> None:
    sender = "Примерский станкозавод <press@primer.example>"
    assert _release_ru(sender, "Пресс-релиз") == "Примерский станкозавод"


def test_a_person_mailing_a_release_is_still_not_its_source() -> None:
    assert _release_ru("Ирина Петрова <irina@mail.example>") != "Ирина Петрова"


def test_a_papers_release_keeps_the_papers_latin_name() -> None:
    assert _release_ru("Примерская газета <news@gazeta.example>") == "Primerskaya Gazeta"


def test_alert_rows_read_a_byline_label_and_no_dash_for_an_author() -> None:
    rows = ["Publication: Example Ledger", "Date: 21 November 2025", "Byline:   Jo Writer", ""]
    clip = alert_clip(["Clip Alert", *rows, "Full text", "", NEWS_TEXT])
    assert clip is not None and clip.author == "Jo Writer"
    dashed = ["Medium", "Beispielbote", "Datum", "20.11.2025", "Ressort", "Lokales", "Autor", "–"]
    clip = alert_clip([*dashed, "Volltext", MAIL_DE])
    assert clip is not None and clip.author == "" and clip.stamp.outlet == "Beispielbote"
