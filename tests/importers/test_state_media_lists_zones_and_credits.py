"""Agency and state-media pages pasted whole (blind batch 42): lists of stamped headlines
above the article, tz database zones after a stamp, a caption sentence under the reading
time, credits in capitals, on the stamp's line and in brackets, "Name, date" bylines, a
masthead's tagline, and the labels and buttons under the text."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.importers import boilerplate as bp
from app.importers.byline import stamp_byline
from app.importers.compose import compose, is_prose
from app.importers.dates import find_dates
from app.importers.profiles import default_profiles

_TEXT_RU = (
    "Городские власти решили продлить работу новой автобусной линии до конца года. Об этом "
    "сообщили в мэрии по итогам заседания транспортной комиссии в понедельник.\n"
    "По данным ведомства, за первый месяц линией воспользовались более 40 тысяч пассажиров, "
    "а средний интервал движения составил около десяти минут.\n"
)
_TEXT_DE = (
    "Die Stadtwerke wollen bis 2030 rund 40 neue Ladepunkte in der Innenstadt errichten. Das "
    "teilte der Geschäftsführer am Dienstag bei einer Pressekonferenz im Rathaus mit.\n"
    "Die Kosten von rund zwei Millionen Euro tragen Stadt und Land gemeinsam. Die ersten "
    "Säulen sollen im Frühjahr am Marktplatz und am Bahnhof in Betrieb gehen.\n"
)


def test_a_tz_database_zone_after_the_stamp_is_read() -> None:
    (hit,) = find_dates("Мар 4, 2025 15:40 Asia/Tehran")
    assert hit.value.utcoffset() == timedelta(hours=3, minutes=30)
    (hit,) = find_dates("04.07.2025 15:40 Europe/Berlin")
    assert hit.value.utcoffset() == timedelta(hours=2)
    (hit,) = find_dates("04.07.2025 15:40 Asia/Nowhere")
    assert hit.value.tzinfo is None


def test_a_headline_ending_in_a_quoted_name_is_no_sentence() -> None:
    assert not is_prose("Суд отменил решение по спору о товарном знаке «Пример» в Москве")
    assert not is_prose("Суд отменил решение по спору о товарном знаке компании «Пример»")
    assert is_prose('He said the council would meet again and added: "We will decide."')


def test_the_last_item_of_a_stamped_list_over_the_kicker_is_no_headline() -> None:
    text = (
        "Пример Радио\nГлавная\nПоследние новости\n"
        "Мар 4, 2025 19:02 Asia/Tehran\nВ столице открылась выставка современного искусства\n"
        "Мар 4, 2025 11:35 Asia/Tehran\nПарламент принял бюджет на следующий год\n"
        "Общество\nВ городе продлили работу новой автобусной линии до конца года\n"
        "Мар 3, 2025 15:40 Asia/Tehran\n" + _TEXT_RU
    )
    art = compose(text, default_profiles())
    assert art.title == "В городе продлили работу новой автобусной линии до конца года"
    assert art.published is not None and art.published.day == 3
    assert art.published.utcoffset() == timedelta(hours=3, minutes=30)


def test_a_headline_with_a_quoted_name_over_the_stamp_beats_a_timed_list() -> None:
    text = (
        "ПРИМЕР\nНовости\nГлавное сегодня\n17:48\nВС разъяснил порядок взыскания неустойки\n"
        "14:12\nСуд арестовал бывшего замглавы департамента\nНовости / Суды\n"
        "Суд отменил решение по спору о товарном знаке «Пример» и вернул дело\n"
        "3 марта 2025, 13:05\nМОСКВА, 3 мар - ПРИМЕР. " + _TEXT_RU
    )
    art = compose(text, default_profiles())
    assert art.title.startswith("Суд отменил решение по спору о товарном знаке «Пример»")


def test_a_caption_sentence_under_the_reading_time_is_no_headline() -> None:
    text = (
        "Beispielblatt\nStartseite\nGesellschaft\nSoziales\n"
        "Stadtwerke bauen 40 neue Ladepunkte in der Innenstadt\n"
        "Die Stadt setzt auf Elektromobilität und will bis 2030 rund 40 neue Ladepunkte bauen.\n"
        "Von Erika Muster\n03.03.2025 | 15:05\nLesezeit: 3 Min.\n"
        "Ein Techniker montiert eine Ladesäule am Markt.\nFoto: Beispiel/Max Muster\n" + _TEXT_DE
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen 40 neue Ladepunkte in der Innenstadt"


def test_a_dateline_credit_of_two_words_in_capitals_takes_the_mastheads_case() -> None:
    text = (
        "Example Today\nИнформационное агентство\nГлавная\nЭкономика\n"
        "В городе продлили работу новой автобусной линии\n03.03.2025 14:38\n"
        "Астана. 3 марта. EXAMPLE TODAY - " + _TEXT_RU
    )
    art = compose(text, default_profiles())
    assert art.dateline == "Астана"
    assert art.source == "Example Today"


def test_a_name_comma_and_the_stamp_is_the_byline() -> None:
    assert stamp_byline("Erika Muster, 25.11.2025, 13:40") == "Erika Muster"
    assert stamp_byline("Berlin, 25.11.2025, 13:40") == ""
    assert stamp_byline("Erika Muster, 25.11.2025, 13:40, mehr dazu hier") == ""


def test_a_bracketed_credit_in_capitals_opening_the_text_is_the_source() -> None:
    text = (
        "EXAMPLERADIO\nDie Stimme von Beispielland\nSamstag, 08.03.2025\nStartseite\n"
        "Politik\nWirtschaft\nKultur\nSendungen\nAudio\nAktuelles\nStartseite / Wirtschaft\n"
        "Stadtwerke bauen 40 neue Ladepunkte\nDienstag, 04.03.2025 | 16:20\n"
        "(EXAMPLERADIO) - " + _TEXT_DE
    )
    art = compose(text, default_profiles())
    assert art.source == "EXAMPLERADIO"
    assert art.author == ""  # the masthead's tagline over the menu is no byline


def test_a_source_label_on_the_stamps_line_names_the_source() -> None:
    text = (
        "Beispiel Online Deutsch\nStartseite > Wirtschaft\nStadtwerke bauen 40 neue Ladepunkte\n"
        "2025-03-04 16:32:11  Quelle: XYZ  Redakteur: Erika Muster\n"
        + _TEXT_DE
        + "Beispiel Online Deutsch · Copyright 2025\n"
    )
    assert compose(text, default_profiles()).source == "XYZ"


def test_labels_buttons_and_wire_captions_under_the_text_are_boilerplate() -> None:
    assert bp.is_footer("Ключевые слова")  # the tags' heading ends the text
    for line in (
        "Оценить материал",
        "Ещё новости в рубрике «Экономика»",
        "Externer Inhalt",
        "LINE",
        "Aktuelle Nachrichten",
        "Aerial photo taken on Oct. 14, 2025, shows the harbour of Example City. (Agency)",
        "File photo shows the site of the new terminal.",
        "Смотреть видео 01:58",
    ):
        assert bp.is_boilerplate(line), line
    assert not bp.is_boilerplate("Photographers took pictures of the harbour on Tuesday.")


def test_a_menu_heading_by_the_stamps_of_a_list_is_no_byline() -> None:
    text = (
        "Beispiel Info\nSchweiz\nKultur\nNachrichten\nAktuelle Nachrichten\n"
        "Neue Buslinie zum Flughafen eröffnet\n04. März 2025\nAlle Nachrichten\nNachrichten\n"
        "Stadtwerke bauen 40 neue Ladepunkte\nBeispiel-SDA\n03. März 2025 - 14:32\n"
        + _TEXT_DE
        + "Externer Inhalt\n"
    )
    art = compose(text, default_profiles())
    assert art.author == ""
    assert art.published == datetime(2025, 3, 3, 14, 32)
