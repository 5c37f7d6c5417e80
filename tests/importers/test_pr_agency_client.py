"""A PR agency's cover note over a client's release names the client ('on behalf of our
client, Example Air,', 'im Auftrag unseres Kunden Beispiel AG', 'по поручению нашего
клиента ПАО «Пример»'): the client issues the release, never the agency or its person who
mails it (even where the client's name reads like a person's, 'Example Air')."""

from __future__ import annotations

from app.importers.mail import _client_named
from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, mail_bytes
from tests.importers.test_batch122_families import articles_of


def test_the_note_names_the_client_en() -> None:
    body = (
        "Dear Editor,\n\nPlease find below a press release issued on behalf of our client, "
        "Lakeside Air, for your consideration.\n\nBest regards,\n\nPeter Ombati\n"
        "Account Executive\nRiverbank PR Ltd\n\n\nPRESS RELEASE\nFOR IMMEDIATE RELEASE\n\n"
        "Lakeside Air adds a second daily flight to Harbourton\n\n"
        f"LAKEVILLE, 19 November 2025 - {NEWS_TEXT}\n\n{NEWS_MORE}\n\n-ENDS-\n\n"
        "For media enquiries, please contact:\nPeter Ombati, Riverbank PR\n"
    )
    data = mail_bytes("Peter Ombati <peter@riverbankpr.example>", "PRESS RELEASE", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Lakeside Air"


def test_the_note_names_the_client_de_with_its_legal_form() -> None:
    body = (
        "Sehr geehrte Damen und Herren,\n\nim Auftrag unseres Kunden BEISPIELSTROM AG "
        "übermitteln wir Ihnen die folgende Presseinformation.\n\nMit besten Grüßen\n"
        "Jana Muster\nMusteragentur Kommunikation\n\n----------\nPRESSEINFORMATION\n\n"
        "Beispielstrom nimmt Speicher in Betrieb\n\n"
        f"Linz, 25. November 2025 – {MAIL_DE}\n\n{MAIL_DE}\n\n"
        "Über BEISPIELSTROM: BEISPIELSTROM ist ein Energieunternehmen mit Sitz in Linz.\n"
    )
    sender = "Jana Muster | Musteragentur <jana@musteragentur.example>"
    (art,) = articles_of("m.eml", mail_bytes(sender, "Presseinformation", body))
    assert art.source == "BEISPIELSTROM AG"


def test_the_note_names_the_client_ru_quoted() -> None:
    head = "Добрый день!\n\nПо поручению нашего клиента ПАО «Пример Завод» направляем пресс-релиз."
    assert _client_named(head) == "ПАО «Пример Завод»"
    body = (
        f"{head}\n\nС уважением,\nИрина Петрова\n\n---\n\nПРЕСС-РЕЛИЗ\n"
        "Примерный завод построит учебный центр\n\n"
        f"Примерск, 20 ноября 2025 г. - {MAIL_RU}\n\n{MAIL_RU}\n"
    )
    data = mail_bytes("Ирина Петрова <irina@primer-pr.example>", "Пресс-релиз", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "ПАО «Пример Завод»"


def test_a_note_without_the_clients_name_or_phrase_names_none() -> None:
    assert _client_named("im Auftrag unseres Kunden übersenden wir Ihnen die Mitteilung.") == ""
    assert _client_named("Sent on behalf of our client.\nHi there") == ""
    assert _client_named("Dear Editor, please find our news below. Example Air, Lakeville") == ""
