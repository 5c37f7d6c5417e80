"""Blind batch 171's families on documents: a memo's or a cable's header rows (FROM / TO /
DATE / SUBJECT) give the headline, the sender's office and the day, and with its security
markings are no text; an office paper's kind over its subject ("СПРАВКА", "Vermerk") is no
rubric, its addressee none either, and the line naming who prepared it gives the author; a
letterhead's name wrapped over two lines is one name; a newspaper page's service boxes over
the headline (weather, subscription) and its bare folio are no headline or text, and an
issue line of number and day under the masthead is the page's edition line; a terminal
wire's dashed sign-off names the reporter; a clipping's source line names its desk bare
after the day; an analyst's abbreviated note is a comment; a site menu set in one row with
dots is no trail, and its entry repeated in capitals over the headline is the desk; a clip
sheet's link to the original, a monitoring tool's report footer, a pager's neighbour with
its headline and a paper's home-delivery pitch are no text."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.sections import section_of_line

from .makers import article_of, articles_of, docx_with, pdf_with_text

_EN = (
    "The regional government will raise bus fares by six per cent from the first of March, "
    "the transport minister confirmed in parliament on Tuesday afternoon, after weeks of talks.",
    "Commuters travelling into the capital every day face an increase of roughly two hundred "
    "pounds a year, according to figures published by the ministry on its website this week.",
    "Passenger groups said the rise came after a year of cancellations and delays on most "
    "routes, and urged the minister to freeze fares until services improve across the region.",
)
_DE = (
    "Die Landesregierung erhöht die Preise für Busfahrten im kommenden März um sechs Prozent, "
    "wie der Verkehrsminister am Dienstag im Landtag nach wochenlangen Beratungen bestätigte.",
    "Pendler, die täglich in die Hauptstadt fahren, müssen mit Mehrkosten von rund zweihundert "
    "Euro im Jahr rechnen, wie aus Zahlen hervorgeht, die das Ministerium veröffentlicht hat.",
    "Fahrgastverbände kritisierten die Erhöhung nach einem Jahr mit vielen Ausfällen und "
    "forderten, die Preise einzufrieren, bis sich der Betrieb auf allen Linien spürbar bessert.",
)
_RU = (
    "Правительство области повысит стоимость проезда в автобусах на шесть процентов с первого "
    "марта, сообщил во вторник министр транспорта на заседании регионального парламента.",
    "Пассажиры, которые ежедневно ездят в столицу, будут платить примерно на две тысячи "
    "рублей в год больше, следует из данных министерства, опубликованных на этой неделе.",
    "Объединения пассажиров раскритиковали повышение после года отмен и задержек рейсов и "
    "призвали министра заморозить тарифы до заметного улучшения работы на всех маршрутах.",
)


def _docx(lines: list[str]):
    arts = articles_of("paper.docx", docx_with(lines, table=False))
    assert len(arts) == 1
    return arts[0]


# --- a memo's or a cable's header rows ---------------------------------------------------


def test_cable_header_gives_subject_sender_and_day() -> None:
    art = _docx(
        [
            "OFFICIAL",
            "FROM: Consulate General Northport",
            "TO: Foreign Office – Southern Desk",
            "CC: Embassy Westland",
            "DATE: 3 December 2025",
            "REFERENCE: NP/ECON/2025/88",
            "SUBJECT: Westland: bus fares to rise by six per cent in March",
            *_EN,
            "Distribution: Southern Desk; Transport Team",
            "OFFICIAL",
        ]
    )
    assert art.title == "Westland: bus fares to rise by six per cent in March"
    assert art.source == "Consulate General Northport"
    assert art.published.date().isoformat() == "2025-12-03"
    assert (art.dateline, art.section, art.author) == ("", "", "")
    assert art.body.startswith("The regional government will raise")
    assert "Distribution" not in art.body and "SUBJECT" not in art.body


def test_memo_header_in_german_and_russian() -> None:
    de = _docx(
        [
            "VS – NUR FÜR DEN DIENSTGEBRAUCH",
            "Von: Referat 21 – Verkehrspolitik",
            "An: Ministerbüro",
            "Datum: 04.12.2025",
            "Betreff: Fahrpreiserhöhung im Landesnetz zum März",
            *_DE,
        ]
    )
    assert de.title == "Fahrpreiserhöhung im Landesnetz zum März"
    assert de.source == "Referat 21 – Verkehrspolitik"
    assert de.body.startswith("Die Landesregierung erhöht")
    ru = _docx(
        [
            "От: Отдел мониторинга СМИ",
            "Кому: Министру транспорта области",
            "Дата: 05.12.2025",
            "Тема: Пресса о повышении стоимости проезда",
            *_RU,
        ]
    )
    assert ru.title == "Пресса о повышении стоимости проезда"
    assert ru.source == "Отдел мониторинга СМИ"
    assert ru.body.startswith("Правительство области повысит")


def test_person_as_sender_is_no_source() -> None:
    art = _docx(
        [
            "FROM: Jane Roe",
            "TO: John Doe",
            "DATE: 3 December 2025",
            "SUBJECT: Notes on the bus fare rise",
            *_EN,
        ]
    )
    assert art.title == "Notes on the bus fare rise"
    assert art.source != "Jane Roe"


def test_forwarded_mail_header_is_no_memo() -> None:
    # a mail's header pasted over a text has its sending time: left to the mail rules
    art = _docx(
        [
            "Von: Anna Berg",
            "Gesendet: Dienstag, 2. Dezember 2025 09:14",
            "An: Pressestelle",
            "Betreff: WG: Busfahren wird teurer",
            "Busfahren wird teurer",
            *_DE,
        ]
    )
    assert art.title != "WG: Busfahren wird teurer"


# --- an office paper's kind, addressee and preparer --------------------------------------


def test_office_paper_kind_is_no_rubric_and_preparer_is_author() -> None:
    ru = _docx(
        [
            "Департамент транспорта и дорожного хозяйства Северной области",
            "Для служебного пользования",
            "Губернатору Северной области",
            "05.12.2025 № 12-345",
            "СПРАВКА",
            "О повышении стоимости проезда в автобусах",
            *_RU,
            "Подготовил: начальник отдела И.П. Смирнов",
        ]
    )
    assert ru.title == "О повышении стоимости проезда в автобусах"
    assert ru.source == "Департамент транспорта и дорожного хозяйства Северной области"
    assert (ru.section, ru.author) == ("", "И.П. Смирнов")
    de = _docx(
        [
            "Landesamt für Verkehr Nordland",
            "An den Staatssekretär",
            "04.12.2025",
            "VERMERK",
            "Fahrpreise im Busnetz ab März",
            *_DE,
            "Erstellt von: Referentin A. Berg",
        ]
    )
    assert de.title == "Fahrpreise im Busnetz ab März"
    assert (de.section, de.author) == ("", "A. Berg")
    en = _docx(
        [
            "Northland Transport Directorate",
            "For the attention of the Minister",
            "3 December 2025",
            "BRIEFING NOTE",
            "Bus fares from March",
            *_EN,
            "Prepared by: Policy Officer J. Roe",
        ]
    )
    assert en.title == "Bus fares from March"
    assert (en.section, en.author) == ("", "J. Roe")


def test_kind_word_in_a_headline_stays() -> None:
    art = _docx(["Справка о доходах теперь выдаётся онлайн", *_RU])
    assert art.title == "Справка о доходах теперь выдаётся онлайн"


# --- a letterhead's name wrapped over two lines ------------------------------------------


def test_wrapped_letterhead_name_is_one_name() -> None:
    de = _docx(
        [
            "Sächsisches Staatsministerium für",
            "Verkehr und Landesentwicklung",
            "PRESSEMITTEILUNG",
            "Dresden, 2. Dezember 2025",
            "Busfahren wird im März teurer",
            *_DE,
        ]
    )
    assert de.source == "Sächsisches Staatsministerium für Verkehr und Landesentwicklung"
    en = _docx(
        [
            "Northland Department of",
            "Transport and Infrastructure",
            "MEDIA RELEASE",
            "Bus fares to rise in March",
            *_EN,
        ]
    )
    assert en.source == "Northland Department of Transport and Infrastructure"
    ru = _docx(
        [
            "Министерство транспорта и",
            "дорожного хозяйства Северной области",
            "ПРЕСС-РЕЛИЗ",
            "Проезд в автобусах подорожает",
            *_RU,
        ]
    )
    assert ru.source == "Министерство транспорта и дорожного хозяйства Северной области"


def test_unwrapped_letterhead_stays() -> None:
    art = _docx(["Northland Rail", "MEDIA RELEASE", "Bus fares to rise in March", *_EN])
    assert art.source == "Northland Rail"


# --- a newspaper page's service boxes, folio and issue line ------------------------------


def _pdf(lines: list[str]):
    arts = articles_of("page.pdf", pdf_with_text(lines))
    assert len(arts) == 1
    return arts[0]


def test_page_service_boxes_and_folio_go() -> None:
    ru = _docx(
        [
            "СЕВЕРНЫЙ ВЕСТНИК",
            "№ 88 (12 345) • среда, 3 декабря 2025 года",
            "ТРАНСПОРТ",
            "5",
            "ПОГОДА",
            "Чт: –2…–5, снег. Пт: –4…–8, облачно.",
            "Проезд в автобусах подорожает с марта",
            *_RU,
        ]
    )
    assert ru.title == "Проезд в автобусах подорожает с марта"
    assert ru.section == "Транспорт"
    assert ru.body.startswith("Правительство области повысит")
    assert "снег" not in ru.body
    de = _pdf(
        [
            "NORDLAND-BOTE",
            "Nr. 281 · Mittwoch, 3. Dezember 2025",
            "VERKEHR",
            "7",
            "ABO-SERVICE",
            "Den Nordland-Boten gibt es auch als E-Paper fuer 9,90 Euro im Monat.",
            "Busfahren wird im Maerz teurer",
            *(t.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue") for t in _DE),
        ]
    )
    assert de.title == "Busfahren wird im Maerz teurer"
    assert de.body.startswith("Die Landesregierung erhoeht")
    en = _pdf(
        [
            "THE NORTHPORT GAZETTE",
            "No. 4512 · Wednesday, December 3, 2025",
            "WEATHER",
            "Thursday: 4C, showers. Friday: 2C, cloudy.",
            "Bus fares to rise in March",
            *_EN,
        ]
    )
    assert en.title == "Bus fares to rise in March"
    assert "showers" not in en.body


# --- a terminal wire's dashed sign-off ---------------------------------------------------


def test_dashed_signoff_names_the_reporter() -> None:
    en = _docx(
        [
            "Bus fares to rise in March",
            *_EN,
            "-- Jane Roe, newsdesk@example.com",
            "-- Edited by John Doe, newsdesk@example.com",
        ]
    )
    assert en.author == "Jane Roe"
    assert "Jane Roe" not in en.body
    de = _docx(["Busfahren wird im März teurer", *_DE, "-- Anna Berg in Hamburg"])
    assert de.author == "Anna Berg"
    ru = _docx(["Проезд в автобусах подорожает", *_RU, "-- Иван Петров, desk@example.ru"])
    assert ru.author == "Иван Петров"


def test_dashed_editor_line_is_no_author() -> None:
    art = _docx(["Bus fares to rise in March", *_EN, "-- Edited by John Doe"])
    assert art.author != "Edited by"


# --- a source line's bare desk, an analyst's short note -----------------------------------


def test_source_line_desk_after_the_day() -> None:
    art = _docx(
        [
            "Pressespiegel Landkreis Nord / Verkehr – KW 49",
            "Quelle: Nordland-Bote, 03.12.2025, Lokales, S. 9",
            "Busfahren wird im März teurer",
            *_DE,
            "Anm. d. Bearb.: vgl. Bericht vom 20.11. – Wiedervorlage",
        ]
    )
    assert (art.source, art.section) == ("Nordland-Bote", "Lokales")
    assert "Anm. d. Bearb." not in art.body
    ru = _docx(
        [
            "Обзор СМИ Северной области",
            "Источник: Северный вестник, 03.12.2025, Общество, с. 3",
            "Проезд в автобусах подорожает",
            *_RU,
        ]
    )
    assert ru.section == "Общество"


def test_weather_kicker_over_a_headline_stays() -> None:
    art = _docx(["WETTER", "Sturmtief bringt Schnee bis ins Flachland", *_DE])
    assert art.title == "Sturmtief bringt Schnee bis ins Flachland"


# --- a site menu set with dots ----------------------------------------------------------


def test_dot_menu_is_no_trail() -> None:
    assert section_of_line("News · Sport · Community · Farming · Notices · Subscribe") == ""
    assert section_of_line("Новости · Спорт · Культура · Общество · Афиша") == ""
    assert section_of_line("Aktuell · Sport · Kultur · Wirtschaft · Leserbriefe") == ""
    # a shallow dot trail still names its desk
    assert section_of_line("Example Post · Welt · Analyse") == "Analyse"


def test_menu_entry_in_capitals_over_headline_is_the_desk() -> None:
    art = article_of(
        "\n\n".join(
            [
                "THE NORTHPORT GAZETTE",
                "News · Sport · Community · Farming · Notices · Subscribe to our e-paper",
                "NEWS",
                "Bus fares to rise in March",
                "By Jane Roe",
                *_EN,
            ]
        )
    )
    assert art.section == "News"


# --- clip sheet and page tails -----------------------------------------------------------


def test_tail_lines_are_boilerplate() -> None:
    for line in (
        "Ссылка на оригинал: https://example.ru/2025/12/news/",
        "Link zum Original: https://example.de/artikel/123",
        "Original link: https://example.com/story/1",
        "ExampleMonitor · Мониторинг СМИ и соцсетей · Отчёт сформирован автоматически",
        "ExampleWatch | Report generated automatically",
        "Previous Post: Council approves new car park",
        "Nächster Artikel: Stadtrat beschließt neuen Haushalt",
        "Предыдущая новость: В городе открыли новый сквер",
        "Get The Northport Gazette delivered to your door or read the digital edition.",
        "Lassen Sie sich den Nordland-Boten bequem nach Hause liefern.",
    ):
        assert is_boilerplate(line), line


def test_look_alike_sentences_stay() -> None:
    for line in (
        "The report was generated by the ministry's own statisticians over several months.",
        "Get the latest figures from the ministry, the minister said on Tuesday.",
        "The next post office will open in March, the council said.",
    ):
        assert not is_boilerplate(line), line
