"""A press review whose clippings carry their source line under the text ('Источник:
«Outlet» (Town) · date · Рубрика: X · Автор: Y', '* * *' between the clippings) splits
at each headline, and each credit gives its clipping's outlet, day, desk and author."""

from __future__ import annotations

from app.importers.docfront import is_source_line
from tests.importers.makers import articles_of, docx_with

_FIRST = [
    "В Примерске откроют новую библиотеку",
    "Примерск. В Примерске до конца года откроется новая городская библиотека с читальным "
    "залом и детским отделом, сообщили в администрации города в понедельник.",
    "Библиотека разместится в здании бывшего кинотеатра на центральной улице. На ремонт и "
    "оборудование из краевого бюджета выделено около ста миллионов рублей.",
]
_SECOND = [
    "В Образцове отремонтируют набережную",
    "В Образцове начался ремонт городской набережной, который продлится до осени следующего "
    "года, сообщили в мэрии. Подрядчик заменит покрытие и установит новое освещение.",
    "Жители давно просили привести набережную в порядок: последний раз её ремонтировали "
    "почти двадцать лет назад, и плитка во многих местах разрушилась.",
]


def test_a_credit_with_dots_is_a_source_line() -> None:
    credit = "Источник: «Примерная правда» (Примерск) · 24.11.2025 · Рубрика: Общество"
    assert is_source_line(credit)
    assert not is_source_line("Источник: данные Росстата · оценки аналитиков")


def test_clippings_credited_under_their_texts_split() -> None:
    data = docx_with(
        [
            "ОБЗОР ПРЕССЫ · 25 ноября 2025 года",
            "1. Региональные СМИ",
            *_FIRST,
            "Источник: «Примерная правда» (Примерск) · 24.11.2025 · Рубрика: Культура · "
            "Автор: Анна Образцова",
            "* * *",
            *_SECOND,
            "Источник: Образцовские вести · 25.11.2025 · Рубрика: Город",
        ],
        table=False,
    )
    first, second = articles_of("obzor.docx", data)
    assert first.title == _FIRST[0] and second.title == _SECOND[0]
    assert first.source == "Primernaya Pravda"  # the quoted name, not its town
    assert (first.section, first.author) == ("Культура", "Анна Образцова")
    assert first.published is not None and first.published.date().isoformat() == "2025-11-24"
    assert "Источник" not in first.body and "Жители" not in first.body
    assert second.section == "Город"
    assert second.published is not None and second.published.date().isoformat() == "2025-11-25"
