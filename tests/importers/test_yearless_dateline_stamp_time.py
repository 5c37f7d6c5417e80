"""A yearless stamp over the text with its time ('25 НОЯ, 10:15', 'Nov 25, 10:15') and a
yearless dateline of the same day under it: the story's time is the stamp's, not midnight.
A stamp of another day lends no time."""

from __future__ import annotations

from tests.importers.makers import articles_of

BODY = (
    "МОСКВА, 25 ноября. /ТАСС/. Правительство одобрило программу ремонта мостов в трех "
    "областях, работы начнутся весной и продлятся до конца следующего года.\n\n"
    "Подрядчики уже выбраны, сообщили в пресс-службе кабинета министров.\n"
)


def _paste(stamp: str) -> str:
    return f"Экономика\n\n{stamp}\n\nПравительство одобрило ремонт мостов в трех областях\n\n{BODY}"


def test_same_day_stamp_gives_the_time() -> None:
    (art,) = articles_of("tass.txt", _paste("25 НОЯ, 10:15").encode())
    assert art.published is not None
    assert (art.published.month, art.published.day) == (11, 25)
    assert (art.published.hour, art.published.minute) == (10, 15)


def test_stamp_of_another_day_lends_no_time() -> None:
    (art,) = articles_of("tass.txt", _paste("24 НОЯ, 18:40").encode())
    assert art.published is not None
    assert (art.published.month, art.published.day) == (11, 25)
    assert (art.published.hour, art.published.minute) == (0, 0)
