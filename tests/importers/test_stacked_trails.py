"""A breadcrumb pasted one crumb a line over the headline, anchored in the chrome (the
home link whose first crumb the menu lists, or the site's name repeated): its deepest
crumb is the section, past the item's kind, number and date rows; a one-level trail to
the news page ("Главная / Новости") names that page."""

from __future__ import annotations

from app.importers.sections import section_of_line, stacked_trail

TITLE = "Regulator keeps lending limits unchanged after annual review"


def test_trail_under_the_menu_past_the_kind_label() -> None:
    lines = [
        "Example Monetary Authority", "Search", "About us", "Statistics", "News & Media",
        "Home", "News & Media", "Press Releases", "Press Release", TITLE,
    ]  # fmt: skip
    assert stacked_trail(lines, len(lines) - 1) == "Press Releases"


def test_russian_trail_past_a_numbered_release_and_its_stamp() -> None:
    lines = [
        "Пример Банк", "Версия для слабовидящих", "О Банке", "Статистика", "Пресс-центр",
        "Главная", "Пресс-центр", "Сообщения", "Пресс-релиз № 12", "3 марта 2025, 10:00",
        "Пример Банк снижает ставку",
    ]  # fmt: skip
    assert stacked_trail(lines, len(lines) - 1) == "Сообщения"


def test_german_trail_over_release_number_and_embargo_rows() -> None:
    lines = [
        "BEISPIELAMT", "Statistiken", "Über uns", "Presse", "Startseite", "Über uns",
        "Presse", "Pressemitteilungen", "Pressemitteilung: 12 345-67/25",
        "Veröffentlicht am 04.03.2025, 09:00 Uhr", "Sperrfrist: 04.03.2025, 09:00 Uhr", "",
        "Arbeitslosigkeit im Februar leicht gestiegen",
    ]  # fmt: skip
    assert stacked_trail(lines, len(lines) - 1) == "Pressemitteilungen"


def test_trail_after_the_site_name_repeated() -> None:
    lines = [
        "Kanton Beispiel", "Suchen", "Menü", "Kanton Beispiel", "Direktion der Justiz",
        "Kantonspolizei Beispiel", "Medienmitteilungen", "Medienmitteilung",
        "Kantonspolizei Beispiel", "", "Seedorf: Velofahrer bei Unfall verletzt",
    ]  # fmt: skip
    assert stacked_trail(lines, len(lines) - 1) == "Medienmitteilungen"


def test_kicker_under_a_known_section_is_no_crumb() -> None:
    lines = [
        "Beispieltag", "Parlament", "Dokumente", "Sie sind hier:", "Startseite", "Dokumente",
        "Textarchiv", "Energie", "Anhörung", "", "Experten fordern schnellere Netze",
    ]  # fmt: skip
    assert stacked_trail(lines, len(lines) - 1) == "Energie"


def test_a_menu_is_no_trail() -> None:
    # the menu opens with the home link; its first entry is printed nowhere above
    lines = [
        "Пример МВД", "Главная", "Новости", "Для граждан", "Структура", "Контакты",
        "Главная / Новости", "25 ноября 2025 11:40", "В городе задержали курьера",
    ]  # fmt: skip
    assert stacked_trail(lines, len(lines) - 1) == ""
    # the same menu printed twice over the headline
    lines = ["Home", "World", "Business", "Sport", "Home", "World", "Business", "Sport", TITLE]
    assert stacked_trail(lines, len(lines) - 1) == ""
    # a sentence between the trail and the headline: no trail over it
    lines = ["Site", "About", "Home", "About", "Reports", "The review was published.", TITLE]
    assert stacked_trail(lines, len(lines) - 1) == ""


def test_one_level_trail_to_the_news_page() -> None:
    assert section_of_line("Главная / Новости") == "Новости"
    assert section_of_line("Home › News") == "News"
    assert section_of_line("Startseite > Nachrichten") == "Nachrichten"
    assert section_of_line("Home | News") == ""  # a menu row's bar, no trail
