"""Blind batch 137 (fixer 137): a typed source line's bare day over a pasted page whose
stamp prints the same day with its time: the stamp's time is the publication's (a date
only when no time is printed)."""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import articles_of, docx_with

BODY_EN = (
    "Small growers in the region have demanded a statutory minimum price for green leaf "
    "before the next season begins, warning that thousands of families are at risk."
)
BODY_DE = (
    "Die Stadt will bis zum Herbst zwölf Schulen sanieren. Das hat der Stadtrat am Dienstag "
    "beschlossen, die Kosten liegen nach Angaben der Verwaltung bei 40 Millionen Euro."
)
BODY_RU = (
    "В Примерске до конца года отремонтируют двенадцать школ. Об этом сообщили в городской "
    "администрации, на работы из бюджета выделено 400 миллионов рублей."
)


def _paste(credit: str, crumb: str, title: str, byline: str, stamp: str, body: str) -> bytes:
    return docx_with([credit, crumb, title, byline, stamp, body, body], table=False)


def test_page_stamp_gives_the_time_of_the_typed_day() -> None:
    cases = [
        ("Source: The Example Tribune (online), 21 November 2025", "Home  ›  Business",
         "Small growers seek minimum price for green leaf", "Jane Roe", "21 Nov 2025 1:30 AM",
         BODY_EN, datetime(2025, 11, 21, 1, 30)),
        ("Quelle: Beispielbote (online), 21.11.2025", "Startseite  ›  Lokales",
         "Stadt saniert zwölf Schulen bis zum Herbst", "Von Jana Muster",
         "21.11.2025, 14:30 Uhr", BODY_DE, datetime(2025, 11, 21, 14, 30)),
        ("Источник: Примерные вести (сайт), 21.11.2025", "Главная  ›  Общество",
         "В Примерске отремонтируют двенадцать школ", "Иван Петров", "21.11.2025 09:15",
         BODY_RU, datetime(2025, 11, 21, 9, 15)),
    ]  # fmt: skip
    for credit, crumb, title, byline, stamp, body, want in cases:
        (article,) = articles_of("paste.docx", _paste(credit, crumb, title, byline, stamp, body))
        assert article.published is not None
        assert article.published.replace(tzinfo=None) == want, (credit, article.published)


def test_stamp_of_another_day_leaves_the_typed_day() -> None:
    data = _paste(
        "Source: The Example Tribune (online), 22 November 2025", "Home  ›  Business",
        "Small growers seek minimum price for green leaf", "Jane Roe", "21 Nov 2025 1:30 AM",
        BODY_EN,
    )  # fmt: skip
    (article,) = articles_of("paste.docx", data)
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2025, 11, 22)
