"""The menu's "News" entry repeated alone right over the headline is the page's desk (the
section), though "News" elsewhere is a navigation link."""

from __future__ import annotations

from app.importers.compose import compose
from app.importers.profiles import load_profiles
from tests.importers.makers import NEWS_MORE, NEWS_TEXT

PROFILES = load_profiles()


def _paste(label: str, menu: list[str], title: str, stamp: str) -> str:
    return "\n".join(
        ["Example Gazette", "Sign in", *menu, "", label, title, "By Jane Roe", stamp,
         NEWS_TEXT, "", NEWS_MORE]
    )  # fmt: skip


def test_news_label_repeating_the_menu() -> None:
    menu = ["News", "Sport", "What's On", "Property", "Jobs"]
    art = compose(_paste("News", menu, "Pier to close early on weekdays this winter",
                         "Published 22 November 2025"), PROFILES)  # fmt: skip
    assert art.section == "News"
    menu = ["Nachrichten", "Sport", "Kultur", "Immobilien"]
    art = compose(_paste("Nachrichten", menu, "Seebrücke schließt im Winter früher",
                         "22.11.2025, 05:00 Uhr"), PROFILES)  # fmt: skip
    assert art.section == "Nachrichten"
    menu = ["Новости", "Спорт", "Культура", "Недвижимость"]
    art = compose(_paste("Новости", menu, "Пирс будет закрываться раньше зимой",
                         "22 ноября 2025, 05:00"), PROFILES)  # fmt: skip
    assert art.section == "Новости"


def test_news_link_not_over_the_headline_is_no_section() -> None:
    # look-alike: "News" only in the menu, a sport label over the headline
    menu = ["News", "Sport", "What's On", "Property", "Jobs"]
    art = compose(_paste("Sport", menu, "Albion sign striker on three-year deal",
                         "Published 22 November 2025"), PROFILES)  # fmt: skip
    assert art.section == "Sport"


def test_trail_above_goes_deeper_than_the_news_label() -> None:
    # look-alike: "Главная / Новости / Общество" over the label "Новости": the trail's crumb
    paste = "\n".join([
        "EXAMPLEMEDIA", "Новости  Общество  Экономика  Спорт", "Главная / Новости / Общество",
        "Новости", "Пирс будет закрываться раньше зимой", "22 ноября 2025 в 05:00",
        NEWS_TEXT, "", NEWS_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).section == "Общество"
