"""A slash between a stamp's date and its time ("21.11.25 / 14:05"): the time belongs to
the stamp, as after a comma, bar or middle dot."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.dates import find_dates


def test_slash_between_date_and_time() -> None:
    assert find_dates("03.02.24 / 09:05")[0].value == datetime(2024, 2, 3, 9, 5)
    assert find_dates("03.02.2024 / 09:05")[0].value == datetime(2024, 2, 3, 9, 5)
    assert find_dates("03/02/2024 / 09:05")[0].value == datetime(2024, 2, 3, 9, 5)


def test_slash_stamp_under_headline_keeps_its_time() -> None:
    text = (
        "Пример.ру\n"
        "02.03.2024\n"
        "В городе откроют новую библиотеку на набережной\n"
        "Автор: Анна Примерова\n"
        "01.03.24 / 09:05\n"
        "Город, 1 марта. Новая библиотека откроется на набережной весной, сообщили в "
        "мэрии города. В ней будет читальный зал и детский отдел.\n"
        "Здание построено по проекту местного архитектора, строительство шло два года.\n"
    )
    art = extract("clip.txt", text.encode("utf-8"))[0].article
    assert art.published == datetime(2024, 3, 1, 9, 5)
