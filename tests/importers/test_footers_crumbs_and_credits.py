"""Twelfth blind batch: the logo over a holding company's copyright line, a picture
credit that is no copyright notice, the deepest crumb of a breadcrumb trail."""

from __future__ import annotations

from datetime import timedelta

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from app.importers.dates import find_dates
from app.importers.sections import section_of_line
from app.importers.sitename import masthead_brand

MENU = ["Politik", "Wirtschaft", "Sport"]
PARA = (
    "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den "
    "Fluss beschlossen, die Arbeiten sollen im kommenden Frühjahr beginnen. "
)


def _chrome(line: str) -> bool:
    return is_boilerplate(line) or bool(section_of_line(line))


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_german_compound_press_word_names_the_logo() -> None:
    lines = ["Musterzeitung", *MENU, "Abo"]
    assert masthead_brand(lines, _chrome, "Beispiel Medien AG") == "Musterzeitung"
    lines = ["Obertaler Tageszeitung", *MENU]
    assert masthead_brand(lines, _chrome, "Muster Holding") == "Obertaler Tageszeitung"


def test_logo_extending_a_company_owner_wins_but_not_a_brand_owner() -> None:
    lines = ["Example Asia", "Subscribe", "Log in", *MENU]
    assert masthead_brand(lines, _chrome, "Example", company=True) == "Example Asia"
    assert masthead_brand(lines, _chrome, "Example", company=False) == ""


def test_logo_motto_after_a_full_stop_is_not_the_name() -> None:
    lines = ["xyz. die tageszeitung", "Suche", "Menü", *MENU]
    assert masthead_brand(lines, _chrome, "xyz", company=True) == ""


def test_picture_rights_credit_is_no_copyright_notice() -> None:
    text = _paste(
        "Beispielsender",
        "Brücke beschlossen",
        "19. November 2025, 10:12 Uhr",
        "Blick auf den Fluss.",
        "Bildrechte: picture alliance/dpa | Max Muster",
        PARA * 3,
        "Impressum",
        "© 2025 Beispielsender",
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.source == "Beispielsender"


def test_deepest_crumb_under_a_known_section() -> None:
    assert section_of_line("Start › Nachrichten › Sachsen › Musterstadt") == "Musterstadt"
    assert section_of_line("Business / Automobiles") == "Automobiles"
    assert section_of_line("Home › Unternehmen › Industrie") == "Industrie"
    # a trail ending in its headline keeps the known section
    assert section_of_line("Startseite » Wirtschaft » Die Brücke wird teurer als geplant") == (
        "Wirtschaft"
    )


def test_standfirst_under_stamp_and_button_leaves_the_heading_as_title() -> None:
    text = _paste(
        "Beispiel Новости",
        "Главная / Экономика",
        "Завод в Примерске увеличил выпуск продукции на десять процентов",
        "11:47 10.11.2025 (обновлено: 13:05 10.11.2025)",
        "Подписаться",
        "Предприятие наращивает производство второй год подряд, растет и экспорт.",
        "ПРИМЕРСК, 10 ноя — Sputnik. Завод в Примерске за десять месяцев выпустил продукции "
        "на два миллиарда рублей, что на десять процентов больше, чем годом ранее. " * 2,
        "Об этом сообщила пресс-служба предприятия, которая также отметила рост заказов. " * 2,
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.title == "Завод в Примерске увеличил выпуск продукции на десять процентов"
    assert art.lead.startswith("Предприятие наращивает")


def test_desk_in_capitals_after_the_name_is_no_author() -> None:
    assert author_of_line("von Anna Muster, SENDER SACHSEN") == "Anna Muster"
    assert author_of_line("By JANE DOE, JOHN ROE") == "Jane Doe, John Roe"


def test_us_zone_without_season_follows_daylight_saving() -> None:
    assert find_dates("Nov. 5, 2025 12:33 PM ET")[0].value.utcoffset() == timedelta(hours=-5)
    assert find_dates("July 3, 2025 9:10 am ET")[0].value.utcoffset() == timedelta(hours=-4)
    assert find_dates("March 9, 2025 3:00 AM PT")[0].value.utcoffset() == timedelta(hours=-7)
    assert find_dates("March 5, 2025 10:30 et 11:00")[0].value.tzinfo is None
