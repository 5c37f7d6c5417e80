"""A press review whose clippings stand under a clipping service's comma credit over the
headline ('Outlet, date, рубрика «Desk», автор: Name'), group headings and '* * *' between
them, gives one article per clipping with outlet, day, desk and author."""

from __future__ import annotations

from app.importers.stampline import credit_author, credit_stamp
from tests.importers.makers import articles_of, docx_with

_ONE = (
    "Приморск. Городские власти утвердили план ремонта набережной на следующий год. Работы "
    "начнутся весной и продлятся до осени, сообщили в мэрии во вторник."
)
_TWO = (
    "Подрядчика выберут на открытом конкурсе в январе. Стоимость работ оценивается в двести "
    "миллионов рублей, большую часть средств выделит областной бюджет."
)
_THREE = (
    "Заречье. Местный хлебозавод запустил новую линию по выпуску цельнозернового хлеба. "
    "Предприятие рассчитывает увеличить выпуск продукции почти на треть."
)
_FOUR = (
    "Новую продукцию уже получили магазины района, в декабре её начнут поставлять в соседние "
    "города. На линии работают двенадцать человек, половина из них новички."
)


def test_a_comma_credit_names_outlet_desk_and_author() -> None:
    line = "Вестник-24, 24.11.2025, рубрика «Город», автор: Ирина Примерова"
    stamp = credit_stamp(line)
    assert stamp is not None and (stamp.outlet, stamp.section) == ("Вестник-24", "Город")
    assert credit_author(line) == "Ирина Примерова"
    assert credit_stamp("24.11.2025, 12:00, рубрика «Город»") is None


def test_comma_credits_over_headlines_split_a_review() -> None:
    data = docx_with(
        [
            "Пример · Обзор СМИ за 24 ноября 2025 г.",
            "Федеральные СМИ",
            "Примерный курьер, 24.11.2025, рубрика «Город», автор: Ирина Примерова",
            "Набережную отремонтируют к осени",
            _ONE,
            _TWO,
            "* * *",
            "Региональные СМИ",
            "Заречье24, 24.11.2025, рубрика «Экономика»",
            "Хлебозавод запустил новую линию",
            _THREE,
            _FOUR,
        ],
        table=False,
    )
    first, second = articles_of("obzor.docx", data)
    assert (first.title, first.source, first.section, first.author) == (
        "Набережную отремонтируют к осени",
        "Primernyy Kurer",  # a Cyrillic outlet is transliterated
        "Город",
        "Ирина Примерова",
    )
    assert first.published is not None and first.published.day == 24
    assert (second.title, second.source, second.section) == (
        "Хлебозавод запустил новую линию",
        "Zarechye24",
        "Экономика",
    )
    assert "Заречье24" not in first.body
