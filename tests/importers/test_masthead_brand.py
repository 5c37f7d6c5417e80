"""The outlet's brand from its logo text rather than the company in its copyright line,
a site name after a date in the <title>, Cyrillic domain names in Latin letters."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sections import section_of_line
from app.importers.sitename import latin_name, masthead_brand, site_from_title

MENU = ["Politik", "Wirtschaft", "Sport"]


def _chrome(line: str) -> bool:
    return is_boilerplate(line) or bool(section_of_line(line))


def test_logo_with_a_press_word_beats_the_owner_company() -> None:
    lines = ["Skip to main content", "The Example Times", "Subscribe", "Login", *MENU]
    assert masthead_brand(lines, _chrome, "Example Holdings") == "The Example Times"


def test_home_link_label_names_the_site() -> None:
    lines = ["Navigation", "XYZ Startseite", "Suchen", "Menü", *MENU]
    assert masthead_brand(lines, _chrome, "") == "XYZ"


def test_sister_brand_switcher_marks_the_first_name() -> None:
    lines = ["Direkt zum Inhalt", "Beispielfunk", "Beispielfunk Kultur", "Beispielfunk Nova"]
    assert masthead_brand(lines, _chrome, "Beispielradio") == "Beispielfunk"


def test_owner_named_after_the_logo_gives_the_logo() -> None:
    lines = ["Kapital", "Новости", "Финансы", *MENU]
    assert masthead_brand(lines, _chrome, "Kapital Media Group") == "Kapital"


def test_menu_words_and_taglines_do_not_beat_the_owner() -> None:
    assert masthead_brand(["Nation", "Home", "Login", *MENU], _chrome, "The Post") == ""
    lines = ["Информационное агентство", "Новости", "Поиск", *MENU]
    assert masthead_brand(lines, _chrome, "Кабар") == ""


def test_copyright_owner_loses_to_the_logo_in_a_paste() -> None:
    para = "The city council approved the new bridge over the river on Tuesday after a debate. "
    text = (
        "The Example Times\nSubscribe\nLogin\nWorld\nBusiness\nSport\n"
        f"Council approves bridge\nPublished Apr 1, 2025, 10:29 AM\n{para * 3}\n"
        "Copyright 2025 Example Holdings Limited. All rights reserved.\n"
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.source == "The Example Times"


def test_site_after_a_date_in_the_title() -> None:
    head = "Мост откроют в мае"
    assert site_from_title(f"{head} - 17 июля 2025 - Пример.Ру", head) == "Пример.Ру"
    assert site_from_title(f"{head} - Пётр Иванов - Пример.Ру", head) == ""


def test_cyrillic_domain_ends_in_lower_case() -> None:
    assert latin_name("Пример.Ру") == "Primer.ru"
    assert latin_name("Вечерний Бишкек") == "Vecherniy Bishkek"
