"""A document's issuer, source line and dated opening.

A release or bulletin may carry no letterhead over its label: the issuer is then the company
line under the label ('ПАО «X»') or the name its editors' notes give ('Über X'); a letterhead
in capitals over a bulletin's label is the issuer in title case. An analyst's clipping opens
with 'Source: Outlet, date, No. N, p. 4': the outlet and the day, not the headline. A
document opening 'Place, date –' is dated by that day.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.dates import find_dates
from app.model import Extracted
from tests.importers.makers import docx_with, odt_with

HEADLINE = "Water board raises tariffs after two dry summers"
TEXT = (
    "the Northfield Water Board will raise its tariffs by six per cent from January, its "
    "chairman said on Monday, after two dry summers cut the reservoirs to record lows."
)
MORE = (
    "Households using an average amount of water will pay about 40 euros more a year, and "
    "the extra money will go to repairing leaking pipes across the whole district."
)


def _article(name: str, data: bytes):  # type: ignore[no-untyped-def]
    [item] = extract(name, data)
    assert isinstance(item, Extracted)
    return item.article


def test_release_without_letterhead_is_issued_by_its_about_name_and_dated_by_opening() -> None:
    opening = "Nordstadt, 26. November 2025 – Die Stadtwerke Nordstadt erhöhen ab Januar die "
    opening += "Wasserpreise um sechs Prozent, wie der Vorstand am Mittwoch mitteilte."
    data = odt_with(
        [
            "Presseinformation",
            "Stadtwerke erhöhen die Wasserpreise",
            opening,
            "Haushalte mit durchschnittlichem Verbrauch zahlen künftig rund 40 Euro mehr im "
            "Jahr, das Geld fließt in die Erneuerung undichter Leitungen im ganzen Stadtgebiet.",
            "Ansprechpartner für Medien:",
            "Stadtwerke Nordstadt GmbH, Hafenstraße 3, 12345 Nordstadt",
            "Über Stadtwerke",
            "Die Stadtwerke versorgen 80.000 Menschen mit Wasser und Strom.",
        ]
    )
    art = _article("release.odt", data)
    assert art.source == "Stadtwerke"
    assert art.published == datetime(2025, 11, 26)
    assert art.body.startswith("Nordstadt, 26. November 2025 –")
    assert "Hafenstraße" not in art.body and "80.000" not in art.body


def test_company_line_under_the_label_is_the_issuer() -> None:
    data = docx_with(
        [
            "ПРЕСС-РЕЛИЗ",
            "ПАО «Пример»",
            "«Пример» запустил новую линию",
            "Самара, 27 ноября 2025 года. ПАО «Пример» сообщает о запуске новой линии по "
            "производству труб большого диаметра на заводе в Самаре, инвестиции составили "
            "около 9 млрд рублей.",
            "Новая линия позволит выпускать до 300 тысяч тонн труб в год для нефтяных и "
            "газовых компаний, первые партии уже отгружены заказчикам.",
            "Контакты для СМИ",
            "+7 846 000-00-00",
        ],
        table=False,
    )
    art = _article("release.docx", data)
    assert art.source == "Пример"
    assert art.published == datetime(2025, 11, 27)
    assert "Контакты" not in art.body


def test_capital_letterhead_over_a_bulletin_label_is_the_issuer() -> None:
    data = docx_with(
        [
            "EMBASSY OF THE REPUBLIC OF EXAMPLIA IN THE UNITED KINGDOM",
            "INFORMATION BULLETIN",
            "No. 12 | 21 November 2025",
            HEADLINE,
            "On 19 November 2025, " + TEXT,
            MORE,
            "For further information please contact the Press Section of the Embassy.",
            "Embassy of the Republic of Examplia · 1 Park Road · London",
        ],
        table=False,
    )
    art = _article("bulletin.docx", data)
    assert art.source == "Embassy of the Republic of Examplia in the United Kingdom"
    assert art.body == f"On 19 November 2025, {TEXT}\n\n{MORE}"


def test_analysts_source_line_gives_outlet_and_day_not_the_title() -> None:
    data = docx_with(
        [
            "Источник: Северный курьер, 24.11.2025, № 254, с. 4",
            "Регионы просят отсрочить реформу",
            "Ряд регионов обратился в правительство с просьбой перенести на 2027 год переход "
            "к новой модели финансирования вывоза отходов, говорится в письме сенаторов.",
            "По новым правилам региональные операторы будут получать часть средств через "
            "единого оператора, что может привести к кассовым разрывам.",
        ],
        table=False,
    )
    art = _article("clip.docx", data)
    assert art.title == "Регионы просят отсрочить реформу"
    assert art.source == "Severnyy Kurer"  # a Cyrillic outlet name, transliterated
    assert art.published == datetime(2025, 11, 24)
    assert art.body.startswith("Ряд регионов")


def test_ordinal_and_terminal_dates() -> None:
    assert find_dates("25th November 2025")[0].value == datetime(2025, 11, 25)
    [hit] = find_dates("27-Nov-2025 16:42:05 GMT")
    assert (hit.value.day, hit.value.hour, hit.value.second, hit.has_time) == (27, 16, 5, True)
    assert find_dates("5-го ноября 2025")[0].value == datetime(2025, 11, 5)


def test_cyrillic_capital_letterhead_and_a_desk_in_the_source_line() -> None:
    data = docx_with(
        [
            "ПОСОЛЬСТВО РЕСПУБЛИКИ ЭКЗАМПЛИЯ В ФЕДЕРАТИВНОЙ РЕСПУБЛИКЕ ГЕРМАНИЯ",
            "ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ",
            "Выпуск № 22 · 21 ноября 2025 года",
            "Товарооборот вырос на треть",
            "Товарооборот между странами за девять месяцев вырос на треть, сообщили в "
            "посольстве, прежде всего за счёт поставок машин и оборудования.",
            "В следующем году стороны планируют открыть прямое авиасообщение между столицами.",
        ],
        table=False,
    )
    art = _article("bulletin.docx", data)
    assert art.source == "Посольство Республики Экзамплия в Федеративной Республике Германия"
    clip = docx_with(
        [
            "Quelle: Nordkurier Zeitung, 24.11.2025, Nr. 273, S. 17, Ressort: Wirtschaft",
            HEADLINE,
            "Die Wasserwerke erhöhen die Preise um sechs Prozent, sagte der Vorstand am Montag "
            "nach zwei trockenen Sommern in der Region.",
            "Haushalte zahlen im Schnitt 40 Euro mehr im Jahr für Wasser und Abwasser.",
        ],
        table=False,
    )
    assert _article("clip.docx", clip).section == "Wirtschaft"


FERRY_RELEASE = [
    "FÄHRE",
    "Medieninformation",
    "Fähre zu den Inseln pausiert im Januar",
    "Die Nordstädter Fähre AG stellt die Nachtverbindung zu den Inseln im Januar für drei "
    "Wochen ein, weil beide Schiffe in der Werft überholt werden, teilte sie mit.",
    "Fahrgäste sollen die Nachmittagsverbindung nutzen, die während der Arbeiten freitags "
    "und sonntags eine zweite Überfahrt erhält, sagte ein Sprecher der Fähre.",
]


def test_letterhead_short_name_is_the_company_the_release_writes_in_full() -> None:
    contact = ["Pressekontakt", "Nordstädter Fähre AG · Pressestelle · Telefon 0461 1234"]
    data = odt_with(FERRY_RELEASE + contact)
    assert _article("release.odt", data).source == "Nordstädter Fähre"
    # named in full once only: the letterhead's name, as the text spells it
    assert _article("release.odt", odt_with(FERRY_RELEASE)).source == "Fähre"


def test_two_capitals_of_a_letterhead_stay_an_abbreviation() -> None:
    data = docx_with(
        [
            "HM GOVERNMENT OF EXAMPLIA",
            "PRESS RELEASE",
            "No: 812/2025",
            HEADLINE,
            "On 19 November 2025, " + TEXT,
            MORE,
        ],
        table=False,
    )
    assert _article("release.docx", data).source == "HM Government of Examplia"


def test_field_block_under_the_text_and_cover_lines_over_it() -> None:
    data = docx_with(
        [
            "Клиппинг · Тема: ЖКХ и тарифы",
            "Подготовлено отделом мониторинга 25.11.2025",
            "Управляющие компании просят отсрочить новые правила",
            "Марина Примерова",
            "Управляющие компании обратились в министерство с просьбой перенести вступление в "
            "силу новых правил содержания домов, говорится в письме отраслевой ассоциации.",
            "В министерстве сообщили, что обращение получено и будет рассмотрено.",
            "Источник: Пример-газета, 24.11.2025",
            "Рубрика: Общество",
            "Ссылка: https://example.ru/news/24-11-2025/pravila",
        ],
        table=False,
    )
    art = _article("clip.docx", data)
    assert art.title == "Управляющие компании просят отсрочить новые правила"
    assert art.author == "Марина Примерова"
    assert art.published == datetime(2025, 11, 24)
    assert (art.section, art.url) == ("Общество", "https://example.ru/news/24-11-2025/pravila")
    assert art.body.startswith("Управляющие компании обратились")
    assert "Источник" not in art.body and "Подготовлено" not in art.body


def test_unlabelled_stamp_line_over_the_headline_gives_outlet_day_and_desk() -> None:
    data = docx_with(
        [
            "Beispielzeitung · 25.11.2025 · Seite 9 · Ressort: München",
            "Fernwärme für Sendling: Stadtwerke graben ab März auf",
            "Von Lena Beispiel",
            "Die Stadtwerke bauen das Fernwärmenetz im Süden der Stadt deutlich aus, ab März "
            "werden in mehreren Abschnitten die Straßen aufgegraben, teilte das Unternehmen mit.",
            "Bis 2028 sollen rund 4000 Wohnungen angeschlossen werden.",
        ],
        table=False,
    )
    art = _article("clip.docx", data)
    assert (art.source, art.section) == ("Beispielzeitung", "München")
    assert art.published == datetime(2025, 11, 25)
    assert art.title == "Fernwärme für Sendling: Stadtwerke graben ab März auf"


def test_a_translations_frame_is_no_title_and_no_text() -> None:
    data = odt_with(
        [
            "Übersetzung aus dem Russischen",
            "Originalquelle: Пример, 24.11.2025",
            "Originaltitel: «Сибирь ждёт новых мостов»",
            "Sibirien wartet auf neue Brücken",
            "Autor: Dmitri Beispiel",
            "In den sibirischen Großstädten wächst der Druck, die Verkehrsinfrastruktur über die "
            "großen Flüsse auszubauen, schreibt das Magazin in seiner neuen Ausgabe.",
            "Investoren sind derzeit allerdings zurückhaltend.",
            "Anmerkung der Übersetzerin: Rubelbeträge wurden nicht umgerechnet.",
            "Übersetzung: Maria Beispiel, Sprachendienst · 26.11.2025",
        ]
    )
    art = _article("translation.odt", data)
    assert art.title == "Sibirien wartet auf neue Brücken"
    assert art.published == datetime(2025, 11, 24) and art.section == ""
    assert art.author == "Dmitri Beispiel"
    assert "Übersetz" not in art.body and "Originaltitel" not in art.body


def test_letterhead_with_legal_form_names_the_company_without_it() -> None:
    opening = "Nordstadt, 26. November 2025 – Die Beispielwerk AG baut ihr Stammwerk in "
    opening += "Nordstadt für 40 Millionen Euro aus, wie das Unternehmen am Mittwoch mitteilte."
    data = odt_with(
        [
            "Beispielwerk AG",
            "Pressemeldung",
            "Beispielwerk baut Stammwerk in Nordstadt aus",
            opening,
            "In der neuen Halle sollen ab 2027 rund 120 Menschen arbeiten, vor allem in der "
            "Montage und im Service für Kunden aus ganz Europa.",
        ]
    )
    art = _article("release.odt", data)
    assert art.source == "Beispielwerk"
    assert art.title == "Beispielwerk baut Stammwerk in Nordstadt aus"
