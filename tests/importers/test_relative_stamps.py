"""A stamp that names its day relative to the day of reading ("вчера, 18:40", "gestern,
18:40 Uhr", "yesterday at 6.40pm") is dated from the day the page's header bar prints, and
stands between the headline and its deck like any stamp; a caption's picture label after
a slash ("… / Фото: Name") is a caption."""

from __future__ import annotations

from datetime import date, datetime

from app.importers import extract
from app.importers.boilerplate import is_caption
from app.importers.dates import relative_stamp


def test_relative_stamps_counted_from_the_day_of_reading() -> None:
    day = date(2025, 11, 29)
    assert relative_stamp("вчера, 18:40", day) == datetime(2025, 11, 28, 18, 40)
    assert relative_stamp("gestern, 18:40 Uhr", day) == datetime(2025, 11, 28, 18, 40)
    assert relative_stamp("yesterday at 6.40pm", day) == datetime(2025, 11, 28, 18, 40)
    assert relative_stamp("Today 12.05am", day) == datetime(2025, 11, 29, 0, 5)
    assert relative_stamp("сегодня в 09:12", day) == datetime(2025, 11, 29, 9, 12)
    assert relative_stamp("вчера в Москве прошёл снег", day) is None


def test_a_paste_with_a_relative_stamp_under_its_headline() -> None:
    text = "\n".join(
        [
            "ПРИМЕР",
            "Калининград · Суббота, 29 ноября 2025 · −1°",
            "Новости",
            "Общество",
            "В Калининграде трамвай №3 снова пойдёт до вокзала",
            "вчера, 18:40",
            "5 214",
            "Маршрут возвращается к прежней схеме после ремонта путей",
            "Трамвай №3 с понедельника вновь будет ходить до вокзала, сообщили в городской "
            "администрации, ремонт путей на проспекте завершён раньше срока.",
            "Трамвай на проспекте / Фото: Иван Примеров / «Пример»",
            "Интервал движения по маршруту в будние дни составит 10–12 минут, сообщил перевозчик.",
        ]
    )
    article = extract("paste.txt", text.encode())[0].article
    assert article.title == "В Калининграде трамвай №3 снова пойдёт до вокзала"
    assert article.lead == "Маршрут возвращается к прежней схеме после ремонта путей"
    assert article.published == datetime(2025, 11, 28, 18, 40)
    assert "Фото" not in article.body


def test_a_caption_with_its_picture_label_after_a_slash() -> None:
    assert is_caption("Трамвай на проспекте / Фото: Иван Примеров / «Пример»")
    assert is_caption("Die Brücke am Abend | Foto: Jana Muster")
    assert not is_caption("Der Preis stieg auf 14 Euro / Stück, teilte der Händler mit.")


def test_a_menu_over_the_crumbs_and_stamp_is_no_headline() -> None:
    text = "\n".join(
        [
            "МИНИСТЕРСТВО ПРИМЕРА",
            "О министерстве Деятельность Документы Пресс-центр Открытое министерство Контакты",
            "Главная / Пресс-центр / Новости",
            "24 ноября 2025, 15:30",
            "Министерство подвело итоги дорожного сезона",
            "В этом году в регионах отремонтировали более 20 тысяч километров дорог, сообщили "
            "в министерстве по итогам совещания с регионами.",
        ]
    )
    article = extract("page.txt", text.encode())[0].article
    assert article.title == "Министерство подвело итоги дорожного сезона"
