"""A press review whose clippings each print the headline first and the service's credit
under it ('Outlet, 26.11.2025, Seite A3, Ressort: X', 'Outlet (online), 25.11.2025, 16:31 |
Quelle: APA', 'Газета «Пример», 27.11.2025, рубрика «Город»'), maybe a byline under that:
one article per clipping, the review's sign-off and separators in none of them. A monitoring
mail's items set between box-drawing rules ('────') are split too, and the medium's kind a
service puts after the outlet ('Пример (Региональная газета)') is no part of its name."""

from __future__ import annotations

from app.importers.sections import plain_section
from app.importers.sitename import brand_name
from app.importers.stampline import credit_stamp
from tests.importers.makers import articles_of, docx_with, mail_bytes, odt_with

_DE = [
    "Die Stadtwerke von Beispielstadt erhöhen zum Jahreswechsel die Preise für Fernwärme um "
    "rund zwölf Prozent, teilte das Unternehmen am Dienstag mit.",
    "Verbraucherschützer kritisieren den Schritt und fordern eine Überprüfung der Kalkulation "
    "durch die Landesregulierungsbehörde noch vor dem Winter.",
    "Musterau – Der Landkreis will im kommenden Jahr zwei neue Buslinien einrichten, die die "
    "Dörfer im Norden mit dem Bahnhof verbinden sollen.",
    "Die Kosten von rund 1,4 Millionen Euro trägt zum größten Teil das Land, der Rest wird aus "
    "dem Haushalt des Kreises bezahlt, sagte der Landrat.",
]
_RU = [
    "Приморск. В городе завершили ремонт набережной, работы продолжались почти два года и "
    "обошлись бюджету в триста миллионов рублей.",
    "Горожане уже оценили новые скамейки и освещение, но жалуются на нехватку парковочных мест "
    "рядом с прогулочной зоной в выходные дни.",
    "Областное министерство сообщает, что эпидемиологическая ситуация по гриппу остается "
    "стабильной, заболеваемость не превышает порог.",
    "Продолжается прививочная кампания, на сегодняшний день вакцинированы более двухсот тысяч "
    "жителей области, сообщили в ведомстве.",
]


def test_credits_under_a_headline_parse_page_letters_bare_desks_and_agencies() -> None:
    stamp = credit_stamp("Beispiel Nachrichten, 26.11.2025, Seite A3, Ressort: Land")
    assert stamp is not None and (stamp.outlet, stamp.section) == ("Beispiel Nachrichten", "Land")
    stamp = credit_stamp("Musterzeitung, 27.11.2025, Seite 15, Wirtschaft")
    assert stamp is not None and stamp.section == "Wirtschaft"
    stamp = credit_stamp("Example Courier (online), 25.11.2025, 16:31 | Source: Reuters")
    assert stamp is not None and stamp.outlet == "Example Courier"
    assert stamp.published is not None and stamp.published.hour == 16
    # a ministry's long name, vouched for by the desk's label
    line = "Министерство образования Примерной области, 25.11.2025, рубрика «Официально»"
    stamp = credit_stamp(line)
    assert stamp is not None and stamp.section == "Официально"
    # look-alikes: a dateline's place and day before a word; a long name with no desk label
    assert credit_stamp("Berlin, 24.11.2025, Wirtschaft") is None
    assert credit_stamp("Die Regierung des Landes hat heute, 24.11.2025, Seite 4") is None


def test_a_medium_kind_and_quotes_are_no_part_of_the_outlet() -> None:
    assert brand_name("Примерные вести (Региональная газета)") == "Примерные вести"
    assert brand_name("Example Post (Online medium)") == "Example Post"
    assert brand_name("„Beispielblatt“") == "Beispielblatt"
    assert brand_name("Radio Example (Europe)") == "Radio Example (Europe)"  # no kind


def test_an_agency_in_brackets_after_the_desk_is_no_part_of_it() -> None:
    assert plain_section("Politik (dpa)") == "Politik"
    assert plain_section("World (Reuters)") == "World"
    assert plain_section("Экономика (ТАСС)") == "Экономика"
    assert plain_section("Kultur (Beilage)") == "Kultur (Beilage)"


def test_a_german_review_with_credits_under_headlines_splits() -> None:
    data = docx_with(
        [
            "Medienspiegel",
            "Mittwoch, 26. November 2025",
            "Fernwärme wird deutlich teurer",
            "Beispiel Nachrichten, 26.11.2025, Seite A3, Ressort: Land",
            "Von Eva Muster",
            _DE[0],
            _DE[1],
            "– – –",
            "Zwei neue Buslinien für den Norden",
            "Musterzeitung, 27.11.2025, Seite 15, Verkehr",
            _DE[2],
            _DE[3],
            "– – –",
            "Zusammengestellt von: Abteilung Presse. Rückfragen: presse@example.org",
        ],
        table=False,
    )
    first, second = articles_of("spiegel.docx", data)
    assert (first.title, first.source, first.section, first.author) == (
        "Fernwärme wird deutlich teurer",
        "Beispiel Nachrichten",
        "Land",
        "Eva Muster",
    )
    assert (second.title, second.source, second.section, second.dateline) == (
        "Zwei neue Buslinien für den Norden",
        "Musterzeitung",
        "Verkehr",
        "Musterau",
    )
    assert "– – –" not in first.body and "Zusammengestellt" not in second.body


def test_a_russian_review_with_credits_under_headlines_splits() -> None:
    data = odt_with(
        [
            "ПРЕСС-СЛУЖБА ПРИМЕРНОЙ ОБЛАСТИ",
            "Обзор публикаций СМИ",
            "Набережную в Приморске открыли после ремонта",
            "Газета «Приморские вести», 27.11.2025, рубрика «Город»",
            "Автор: Ольга Примерова",
            _RU[0],
            _RU[1],
            "* * *",
            "Ситуация с гриппом остается стабильной",
            "Министерство здравоохранения Примерной области, 25.11.2025, рубрика «Официально»",
            _RU[2],
            _RU[3],
            "Обзор подготовлен отделом мониторинга пресс-службы. Тел.: (0000) 00-00-00",
        ]
    )
    first, second = articles_of("obzor.odt", data)
    assert (first.title, first.source, first.section, first.author) == (
        "Набережную в Приморске открыли после ремонта",
        "Primorskie Vesti",  # the name, transliterated, without its kind 'Газета'
        "Город",
        "Ольга Примерова",
    )
    assert (second.title, second.source, second.section) == (
        "Ситуация с гриппом остается стабильной",
        "Министерство здравоохранения Примерной области",  # no outlet: as printed
        "Официально",
    )
    assert "Обзор подготовлен" not in second.body and "* * *" not in first.body


def test_a_headline_over_a_dateline_stays_one_article() -> None:
    data = docx_with(
        ["Fernwärme wird deutlich teurer", "Berlin, 24.11.2025", _DE[0], _DE[1], _DE[3]],
        table=False,
    )
    (only,) = articles_of("artikel.docx", data)
    assert only.title == "Fernwärme wird deutlich teurer"


def test_monitoring_items_between_box_rules_split() -> None:
    rule = "─" * 40
    body = "\n".join(
        [
            "Example Monitoring | Media review",
            "Client: Example Utility",
            "",
            rule,
            "1. Grid operator plans new line to the harbour",
            "",
            "Source: Example Harbour Times (Regional newspaper)",
            "Date: 24.11.2025 08:15",
            "Section: Business",
            "Reach: 120 000",
            "",
            "The regional grid operator will build a new power line to the harbour district over "
            "the next two years, the company said on Monday in a statement.",
            "",
            "The project is expected to cost about 40 million euros and to create two hundred "
            "jobs during construction, officials said at the meeting.",
            "",
            rule,
            "2. Residents complain about outages",
            "",
            "Source: Example Evening Post (Online medium)",
            "Date: 23.11.2025",
            "Section: City",
            "Reach: 80 000",
            "",
            "Residents of the northern suburbs have complained about repeated power outages "
            "during the past week, the third such wave this autumn.",
            "",
            "The operator blamed storm damage and promised to replace old cables on the most "
            "affected streets before the end of the year.",
        ]
    )
    data = mail_bytes("alerts@monitoring.example", "Review", body)
    first, second = articles_of("alert.eml", data)
    assert (first.title, first.source, first.section) == (
        "Grid operator plans new line to the harbour",
        "Example Harbour Times",
        "Business",
    )
    assert (second.title, second.source, second.section) == (
        "Residents complain about outages",
        "Example Evening Post",
        "City",
    )


def test_a_twelve_hour_clock_in_a_stamp_times_the_day_and_leaves_the_desk() -> None:
    from app.importers.stampline import one_line_stamp

    stamp = one_line_stamp(
        "EXAMPLE FM (examplefm.example) | Tuesday, November 25, 2025 | 7:45 pm | Counties"
    )
    assert stamp is not None and stamp.section == "Counties"
    assert stamp.published is not None and (stamp.published.hour, stamp.published.minute) == (
        19,
        45,
    )
    stamp = one_line_stamp("Beispielblatt | 24.11.2025 | 14:12 Uhr | Lokales")
    assert stamp is not None and stamp.section == "Lokales" and stamp.published.hour == 14
    stamp = one_line_stamp("Пример | 25.11.2025 | 09:05 | Город")
    assert stamp is not None and stamp.section == "Город" and stamp.published.hour == 9
    # a bare desk with no clock as before
    stamp = one_line_stamp("Example Times | 25 November 2025 | World")
    assert stamp is not None and stamp.section == "World" and stamp.published.hour == 0


def test_a_shouted_domain_with_a_country_suffix_takes_its_usual_case() -> None:
    from app.importers.sitename import domain_cased

    assert domain_cased("EXAMPLE.CO.KE") == "Example.co.ke"
    assert domain_cased("PRIMER.COM.UA") == "Primer.com.ua"
    assert domain_cased("BEISPIEL.DE") == "Beispiel.de"
    assert domain_cased("EXAMPLE NEWS") == "EXAMPLE NEWS"  # no domain


def test_an_issuers_take_under_a_clipping_is_its_note() -> None:
    data = docx_with(
        [
            "Medienspiegel",
            "Fernwärme wird deutlich teurer",
            "Beispiel Nachrichten, 26.11.2025, Seite A3, Ressort: Land",
            _DE[0],
            _DE[1],
            "EXAMPLEVERBAND TAKE: Der Verband fordert eine Prüfung der Preise.",
            "Zwei neue Buslinien für den Norden",
            "Musterzeitung, 27.11.2025, Seite 15, Verkehr",
            _DE[2],
            _DE[3],
            "Einschätzung: Die Linien entlasten die Pendler kaum.",
        ],
        table=False,
    )
    first, second = articles_of("spiegel.docx", data)
    assert "TAKE" not in first.body and "TAKE:" in first.notes
    assert "Einschätzung" not in second.body
    assert first.body.startswith("Die Stadtwerke")
