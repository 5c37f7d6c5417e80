"""A Russian company's newsroom headed by the firm with its legal form ("ПАО «Пример»"):
the company is no outlet, so its name stays as printed, in Cyrillic, without the legal
form; a paper's firm ("АО «Редакция газеты …»") is no such case. A page that dates itself
only under the text, on a labelled line ("Дата публикации: 18 ноября 2025", "Published:
3 March 2025"), takes that day."""

from __future__ import annotations

from app.importers import extract
from app.importers.sitename import company_brand

_RU = (
    "Компания завершила строительство новой подстанции в промышленной зоне города. Объект "
    "позволит подключить к сети три новых предприятия и жилой квартал на 4 тысячи квартир.",
    "Работы продолжались одиннадцать месяцев, оборудование поставили отечественные "
    "производители. Общий объем инвестиций составил 2,4 миллиарда рублей.",
    "В следующем году компания планирует модернизировать еще две подстанции в регионе и "
    "заменить около 60 километров кабельных линий в центре города.",
)


def _newsroom(firm: str, foot: str, footer: str) -> bytes:
    return "\n".join(
        [
            firm,
            "RU EN",
            "О компании",
            "Акционерам и инвесторам",
            "Пресс-центр",
            "Главная → Пресс-центр → Новости",
            "В промышленной зоне Примерска введена в работу новая подстанция",
            *_RU,
            foot,
            "Распечатать",
            "Поделиться",
            "Подписаться на новости",
            f"Пресс-служба {firm}",
            "press@example.ru",
            footer,
        ]
    ).encode()


def test_company_newsroom_keeps_its_cyrillic_name_without_legal_form() -> None:
    art = extract(
        "n.txt",
        _newsroom("ПАО «Примерэнерго»", "Дата публикации: 18 ноября 2025", "© 2025 Примерэнерго"),
    )[0].article
    assert art.source == "Примерэнерго"
    assert (art.published.year, art.published.month, art.published.day) == (2025, 11, 18)


def test_a_generating_company_under_another_legal_form() -> None:
    art = extract(
        "n.txt",
        _newsroom(
            "АО «Сибирская генерация»", "Опубликовано: 02.10.2025", "© АО «Сибирская генерация»"
        ),
    )[0].article
    assert art.source == "Сибирская генерация"
    assert (art.published.month, art.published.day) == (10, 2)


def test_other_legal_forms_and_quotes() -> None:
    assert company_brand("АО «Сибирская генерация»") == "Сибирская генерация"
    assert company_brand('ООО "Примертранс"') == "Примертранс"
    assert company_brand("ПАО «Пример»") == "Пример"


def test_a_papers_firm_or_a_plain_name_is_no_company_brand() -> None:
    assert company_brand("АО «Редакция газеты «Пример»»") == ""
    assert company_brand("ООО «Пример Медиа»") == ""
    assert company_brand("Примерэнерго") == ""
    assert company_brand("Газпром") == ""


def test_labelled_date_under_an_english_text() -> None:
    text = "\n".join(
        [
            "Northfield Water Company",
            "Home › Newsroom › News",
            "Northfield Water completes upgrade of its eastern treatment works",
            "The treatment works east of the town now filters twice as much water as before "
            "the upgrade, which took eighteen months and cost 42 million pounds.",
            "Engineers replaced the sand filters and added a second ultraviolet stage, the "
            "company said, so that the works can supply the new housing estates.",
            "Published: 3 March 2025",
            "Print",
            "Share",
            "© Northfield Water Company",
        ]
    ).encode()
    art = extract("w.txt", text)[0].article
    assert (art.published.year, art.published.month, art.published.day) == (2025, 3, 3)


def test_a_sentence_about_publication_dates_gives_no_day() -> None:
    art = extract(
        "n.txt",
        _newsroom(
            "ПАО «Примерэнерго»", "Опубликовано много отчетов о работе в 2024 году.", "© 2025"
        ),
    )[0].article
    assert art.published is None
