"""A stamp with day, month and time but no year ("12 авг, 16:20") by the headline, under a
header bar that gives the day of copying with its year (eleventh held-out batch)."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract

_TEXT = (
    "ПРИМЕР\n"
    "{bar}\n"
    "Новости\nЭкономика\nФинансы\nВойти\n"
    "Финансы\n"
    "Банки сократили выдачу автокредитов до минимума за два года\n"
    "Мария Примерова\n"
    "{stamp}\n"
    "Российские банки в июле выдали автокредитов на 90 млрд руб., что на 30% меньше, чем "
    "годом ранее, следует из данных кредитного бюро, опубликованных во вторник.\n"
    "Аналитики связывают спад с высокими ставками и ужесточением требований к заемщикам.\n"
)


def _published(bar: str, stamp: str) -> datetime | None:
    text = _TEXT.format(bar=bar, stamp=stamp)
    return extract("a.txt", text.encode("utf-8"))[0].article.published


def test_yearless_stamp_takes_the_year_of_the_header_bar() -> None:
    assert _published("Четверг, 14 августа 2025", "12 авг, 16:20") == datetime(2025, 8, 12, 16, 20)


def test_yearless_stamp_after_the_day_of_copying_is_from_the_year_before() -> None:
    assert _published("Пятница, 2 января 2026", "28 дек, 09:05") == datetime(2025, 12, 28, 9, 5)


def test_yearless_stamp_without_a_time_does_not_beat_the_header_bar() -> None:
    # a day and month alone may be a menu's or a teaser's date: the copy date stays
    assert _published("Четверг, 14 августа 2025", "12 авг") == datetime(2025, 8, 14)
