"""The tail of releases and clippings (invented texts): a press-contact block under its
heading ("Für Rückfragen:", "Weitere Auskünfte:", "Adresse für Rückfragen", "Kontakte",
"Contacts", "Телефон для справок") or as rows of names, roles, phones and mails; the office's
address line by line ("Musterstrasse 11", "8004 Zürich", "+41 44 000 00 00", "107996, г.
Москва, ул. …, д. 8"); a paper's imprint ("Учредитель – …", "Тираж 8500 экз.", "Подписной
индекс"); a monitoring service's clip notice and licence lines ("for internal monitoring
purposes", "Dieser Ausschnitt ist urheberrechtlich geschützt", "Reproduced under licence"); a
clipping's notice row ("Artikel aus der X vom … · © X · Alle Rechte vorbehalten."); a
release's download and pager lines ("Medienmitteilung herunterladen", "View previous
releases"). Text that merely names a phone number or a contact stays."""

from __future__ import annotations

import pytest

from app.importers import boilerplate as bp
from tests.importers.makers import articles_of

_DE = (
    "Neue Buslinie verbindet Nord und Süd\n\n"
    "Musterstadt, 24. November 2025 – Die Verkehrsbetriebe Musterstadt eröffnen im Dezember "
    "eine neue Buslinie zwischen dem Nordbahnhof und dem Südpark. Die Linie fährt tagsüber "
    "alle zehn Minuten und hält an vierzehn Stationen.\n\n"
    "„Mit der neuen Linie schließen wir eine Lücke im Netz“, sagte Geschäftsführerin Erika "
    "Beispiel. Die Fahrzeuge fahren elektrisch und werden im Depot Süd geladen.\n\n"
)
_EN = (
    "New ferry route links the islands\n\n"
    "PORT EXAMPLE, Nov. 24, 2025 – The Example Ferry Company will open a new route between "
    "the two largest islands in December. Boats will leave every two hours from the main "
    "harbour and the crossing will take forty minutes.\n\n"
    '"The route closes a gap that islanders have complained about for years," said chief '
    "executive Jane Sample. Tickets go on sale next week.\n\n"
)
_RU = (
    "В Примерске открыли новый мост\n\n"
    "ПРИМЕРСК, 24 ноября 2025 года – В Примерске открыли движение по новому мосту через реку "
    "Пример. Мост длиной 320 метров построен на два месяца раньше срока, на нем четыре полосы "
    "движения.\n\n"
    "«Мост позволил убрать одно из самых узких мест города», – отметил глава города Иван "
    "Образцов. Старый мост разберут в следующем году.\n\n"
)


def _body(text: str) -> str:
    return articles_of("r.txt", text.encode())[0].body


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            _DE + "Für Rückfragen:\n\nDr. Erika Muster, Pressesprecherin, "
            "Tel. +49 (0)30 000 00-10, erika.muster@example.de\n\n"
            "Pressestelle: Max Beispiel | Eva Probe, Tel. +49 30 000 00-11, presse@example.de",
            "Depot Süd",
            ("Für Rückfragen", "Erika Muster", "presse@example.de"),
        ),
        (
            _DE + "Weitere Auskünfte:\n\nExample AG, Media Relations, Tel. 058 000 00 00, "
            "media@example.ch",
            "Depot Süd",
            ("Weitere Auskünfte", "Media Relations"),
        ),
        (
            _DE + "Medienmitteilung herunterladen\n\nPDF – 245 kB\n\nAuskunft\n\n"
            "Max Beispiel, Sektion Verkehr, Tel.: +41 58 000 00 00, E-Mail: info@example.ch",
            "Depot Süd",
            ("herunterladen", "Auskunft", "Sektion Verkehr"),
        ),
        (
            _DE + "Kantonspolizei Musterstadt – Medienstelle\n\nAdresse\n\nMusterstrasse 11\n\n"
            "8004 Musterstadt\n\nTelefon\n\n+41 44 000 00 00\n\n"
            "Für diese Meldung zuständig:\n\nKantonspolizei Musterstadt\n\n"
            "War diese Seite hilfreich?",
            "Depot Süd",
            ("Musterstrasse 11", "+41 44", "zuständig", "hilfreich"),
        ),
        (
            _EN + "Contacts\n\nIn Port Example: Jane Roe, jroe@example.org\n\n"
            "In Capital City: John Doe, +1 (202) 000-0000, jdoe@example.org",
            "Tickets go on sale",
            ("Contacts", "jroe@example.org", "jdoe@example.org"),
        ),
        (
            _EN + "Example Ferry Company\n\nCommunications Directorate\n\n"
            "Directorate General Communications\n\nHarbour Road 20\n\n"
            "60314 Frankfurt am Main, Germany\n\n+49 69 0000 0000\n\n"
            "Reproduction is permitted provided that the source is acknowledged.",
            "Tickets go on sale",
            ("Directorate General", "+49 69", "Reproduction is permitted"),
        ),
        (
            _EN + "Release Tables\n\nBackground Notes\n\nPrint Friendly\n\nShare this release",
            "Tickets go on sale",
            ("Release Tables", "Print Friendly"),
        ),
        (
            _RU + "Справочно:\n\nАгентство «Пример» находится в ведении министерства и "
            "управляет дорогами федерального значения.",
            "разберут в следующем году",
            ("Справочно", "в ведении министерства"),
        ),
        (
            _RU + "Управление по связям с общественностью · 720001, г. Примерск, пр. Примерный, "
            "168 · pr@example.kg · www.example.kg",
            "разберут в следующем году",
            ("Управление по связям", "pr@example.kg"),
        ),
        (
            _RU + "107996, г. Примерск, ул. Образцовая, д. 8",
            "разберут в следующем году",
            ("Образцовая",),
        ),
        (
            _RU + "050001, г. Примерск, пл. Республики, 4 · Телефон для справок: "
            "+7 727 000-00-00 · www.example.kz/akimat",
            "разберут в следующем году",
            ("Телефон для справок", "пл. Республики"),
        ),
    ],
)
def test_release_contact_tail_goes(text: str, kept: str, gone: tuple[str, ...]) -> None:
    body = _body(text)
    assert kept in body
    for snippet in gone:
        assert snippet not in body, snippet


@pytest.mark.parametrize(
    "line",
    [
        # press-contact rows, labelled or not
        "Dr. Erika Muster, Pressesprecherin, Tel. +49 (0)30 000 00-10, erika@example.de",
        "Telefon +49 30 000-00000 presse@example.de",
        "Ansprechpartner: Max Beispiel, Head of Communications, Telefon +49 203 00-00000, "
        "press@example.com",
        "Media contact: Jane Roe, +44 20 0000 0000, jane.roe@example.org",
        "Контакты: Ирина Образцова, пресс-секретарь, тел. +7 (383) 000-00-00, press@example.ru",
        # an address piece alone
        "Musterstrasse 11",
        "8004 Musterstadt",
        "(+353) 1 000 0000",
        "www.example.de",
        "Example Statistics Office, Harbour Road, Cork, T12 X00E",
        "Example Data AG, Postfach, 8027 Musterstadt • www.example.ch",
        "720040, г. Примерск, бульвар Образцовый • www.example.kg • press@example.kg",
        # imprints
        "Учредитель – Правительство Примерской области. Газета зарегистрирована Роскомнадзором.",
        "Тираж 8500 экз. Цена свободная.",
        "Газета зарегистрирована в Министерстве информации. Подписной индекс 00000. Тираж 8 214 "
        "экз.",
        "example.ru · Подписной индекс П0000 · Учредитель: Правительство Примерского края",
        # clip notices and licence lines
        "This clip is provided for internal monitoring purposes only. Redistribution is not "
        "permitted. Example Monitoring Ltd, Capital City",
        "Example Monitoring Pvt Ltd, Capital 400013. This alert is for internal use of the "
        "client only. Content © respective publishers.",
        "Dieser Ausschnitt ist urheberrechtlich geschützt. Die Weitergabe an Dritte ist nur mit "
        "Lizenz gestattet.",
        "Материал предоставлен исключительно для внутреннего использования. © ООО «Пример», 2025",
        "Reproduced under licence from the Example Licensing Agency. Not for further distribution.",
        "Dieser Beitrag wurde Ihnen im Rahmen Ihres Medienbeobachtungsauftrags zur Verfügung "
        "gestellt.",
        # notice rows
        "Artikel aus der Beispiel Zeitung vom 22.11.2025 · © Beispiel Zeitung · Alle Rechte "
        "vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.",
        "Beispiel Bote E-Paper · Ausgabe Nord · Seite 6 · Ausschnitt erstellt am 24.11.2025",
        "URL: https://www.example.com/story/ · © 2025 Example Times. Reproduced under licence.",
        "https://www.example.de/artikel123 © Example Verlag GmbH & Co. KG, Musterstraße 15",
        # a paper's ad run into one line, a fact box's label
        "РЕКЛАМА Шиномонтаж «Пример»: зимние шины в наличии, тел. 00-00-00",
        "Справка «ПП»",
    ],
)
def test_tail_lines_are_chrome(line: str) -> None:
    assert bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Für Rückfragen:",
        "Adresse für Rückfragen",
        "Weitere Auskünfte:",
        "Kontakte",
        "Contacts",
        "Телефон для справок:",
        "Für diese Meldung zuständig:",
        "Diese Pressemitteilung als PDF (312 KB)",
        "This is the latest release. View previous releases",
        "Related Documents",
        "Справочно:",
        "War diese Seite hilfreich?",
        "Была ли эта страница полезной?",
    ],
)
def test_tail_headings_end_the_text(line: str) -> None:
    assert bp.is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        # text that names a phone, a mail or a contact: the writer's words around them
        "Die Hotline ist unter +49 800 000 00 00 erreichbar, Anfragen per Mail an info@example.de.",
        "Wer Hinweise hat, meldet sich bei der Polizei: Tel. 07231 000-0000, "
        "hinweise@polizei.example.de.",
        "Weitere Informationen unter www.example.de oder Tel. 0800 000000",
        "Kontakt zu den Eltern hielt die Schule über Telefon +49 30 00000 und per E-Mail.",
        "Kontakt: Die Beratungsstelle ist montags geöffnet.",
        "Personen, die Angaben machen können, werden gebeten, sich unter Telefon 044 000 00 00 "
        "zu melden.",
        "Как сообщили в пресс-службе, обращения принимаются по телефону +7 495 000-00-00 или по "
        "почте info@example.ru.",
        "Callers can reach the helpline on +44 20 0000 0000 or write to help@example.org.",
        # a street or a year with a town in a sentence, a timeline's row
        "Die Sitzung beginnt um 19 Uhr im Rathaus, Hauptstraße 12.",
        "1990 Berlin",
        "Газета зарегистрирована как одно из первых частных изданий города, рассказал редактор.",
        "Справка о доходах понадобится для оформления льготы.",
    ],
)
def test_text_naming_contacts_stays(line: str) -> None:
    assert not bp.is_boilerplate(line)
    assert not bp.is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Auskunft gab er nicht.",
        "Rückfragen der Opposition blieben unbeantwortet",
        "Kontakt zu den Eltern",
        "Further contacts between the two sides are planned",
    ],
)
def test_words_of_the_headings_in_text_do_not_end_it(line: str) -> None:
    assert not bp.is_footer(line)


def test_issuer_over_its_contact_box_is_no_author() -> None:
    # the bank's name closes the text, its department and address under it: no writer
    text = (
        _EN + "Example Central Bank\n\nDirectorate General Communications\n\n"
        "Harbour Road 20\n\n60314 Frankfurt am Main, Germany\n\n+49 69 0000 0000"
    )
    art = articles_of("r.txt", text.encode())[0]
    assert art.author == ""
    assert "Directorate General" not in art.body


def test_link_to_the_original_is_chrome() -> None:
    assert bp.is_boilerplate("Zum Originalbeitrag")
    assert bp.is_boilerplate("К оригиналу статьи")
