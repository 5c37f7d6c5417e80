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


def test_a_relative_stamp_beside_the_byline_dates_the_story_and_names_the_author() -> None:
    text = "\n".join(
        [
            "Saturday, 29 November 2025 · 9°C",
            "News › Local › Transport",
            "Harbour ferry to run every half hour from spring",
            "The council has agreed a new timetable after months of complaints",
            "Jane Roe · Today at 06:00",
            "The harbour ferry will run every thirty minutes from April, the council said on "
            "Friday after a vote that ended months of complaints from commuters.",
            "The new timetable costs about two hundred thousand pounds a year, paid for by a "
            "rise in parking charges at the harbour car parks.",
        ]
    )
    article = extract("paste.txt", text.encode())[0].article
    assert article.published == datetime(2025, 11, 29, 6, 0)
    assert article.author == "Jane Roe"
    assert article.lead == "The council has agreed a new timetable after months of complaints"
