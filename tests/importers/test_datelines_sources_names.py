"""Datelines with full stops, slashes or no dash, and the outlet's name as the archive
keeps it: the agency credit over the copyright owner, the logo at the top of a paste,
without legal and "Information Agency" suffixes, and Cyrillic names in Latin letters."""

from __future__ import annotations

from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.profiles import load_profiles
from app.importers.sitename import brand_name, copyright_owner, latin_name


def _one(text: str, name: str = "d.txt"):
    return extract(name, text.encode("utf-8"))[0].article


def _dl(line: str) -> tuple[str, str] | None:
    found = parse_dateline(line, load_profiles())
    return (found.place, found.agency) if found else None


def test_datelines_with_full_stops_slashes_and_no_dash() -> None:
    assert _dl("Астана. 3 апреля. АгентИНФО – Правительство одобрило") == (
        "Астана",
        "АгентИНФО",
    )
    assert _dl("Ереван. 5 мая. NEWS.AM/ Парламент принял закон") == ("Ереван", "News.am")
    assert _dl("Тбилиси/14.04.25/Ekho: Парламент Грузии принял") == ("Тбилиси", "Ekho")
    assert _dl("New Delhi, Mar 5 (IANS) The government said on Wednesday") == (
        "New Delhi",
        "IANS",
    )
    assert _dl("Berlin. 5. Mai. Der Bundestag hat beschlossen") is None


def test_agency_in_the_dateline_wins_over_the_copyright_owner() -> None:
    art = _one(
        "Indian Daily\nHome\nMarkets\nEconomy\n"
        "Home / Economy / News\n"
        "Exports rise 5% in February\n"
        "Mumbai, Mar 5 (IANS) India's merchandise exports rose 5 per cent in February from a "
        "year earlier, official data showed on Wednesday.\n"
        "Imports fell 2 per cent.\n"
        "Copyrights © 2025 Indian Daily Private Ltd. All rights reserved\n"
    )
    assert (art.source, art.dateline) == ("IANS", "Mumbai")


def test_outlet_names_without_suffixes() -> None:
    assert brand_name("Ekho Information Agency") == "Ekho"
    assert brand_name("Bulgarian News Agency") == "Bulgarian News Agency"
    assert copyright_owner("© 2025 NZ – Neue Zeitung GmbH") == "Neue Zeitung"
    assert copyright_owner("Copyrights © 2025 Daily Paper Private Ltd. All rights reserved") == (
        "Daily Paper"
    )


def test_cyrillic_outlet_names_in_latin_letters() -> None:
    assert latin_name("Вечерний Бишкек") == "Vecherniy Bishkek"
    assert latin_name("КазТАГ") == "KazTAG"
    art = _one(
        "Городская газета\nНовости\nЭкономика\n"
        "Цены на хлеб выросли на 5%\n"
        "12.03.2025 17:55\n"
        "Цены на хлеб в городе выросли за месяц на 5%, сообщили в статистическом ведомстве "
        "во вторник.\n"
        "Рост связан с подорожанием муки.\n"
        "© 2025 «Городская газета». Все права защищены.\n"
    )
    assert art.source == "Gorodskaya Gazeta"


def test_masthead_names_the_outlet_when_nothing_else_does() -> None:
    art = _one(
        "Skip to main content\nAsia Review\nSubscribe\nLog in\nBusiness\nTech\nMarkets\n"
        "Tech\n"
        "Chipmaker wins new funding for its factory\n"
        "February 18, 2025 17:40 JST\n"
        "A chipmaker has secured about 100 billion yen in new funding from private companies, "
        "people familiar with the matter said on Tuesday.\n"
        "The money will go toward its new production line.\n"
    )
    assert art.source == "Asia Review"
    assert art.author == ""


def test_agency_name_under_the_masthead_is_no_author() -> None:
    art = _one(
        "Ekho Information Agency\nAZ | EN | RU\nПятница, 28 марта 2025\nВход\nПолитика\n"
        "Экономика\n"
        "Добыча газа выросла на 4%\n"
        "25 марта 2025 15:47\n"
        "Добыча газа в стране в феврале выросла на 4% по сравнению с прошлым годом, "
        "сообщили в министерстве энергетики.\n"
        "Экспорт газа также вырос.\n"
        "© 2025 Ekho Information Agency. Все права защищены.\n"
    )
    assert art.author == ""
    assert art.source == "Ekho"
