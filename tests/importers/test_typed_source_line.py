"""A reader's typed 'Outlet, date' line over a pasted article names its source as well as
its day ('The Guardian, 29 November 2025'); a place and a day ('Berlin, 27.11.2025' over a
release) read the same, so the name must say it is an outlet's."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.stampline import typed_credit
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, docx_with

RU_TEXT = (
    "Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной и "
    "продлятся до конца следующего года, сообщили в мэрии. Подрядчик уже выбран."
)


def _paste(first: str, headline: str = "Harbourtown approves its tram plan") -> bytes:
    return f"{first}\n{headline}\n{NEWS_TEXT}\n\n{NEWS_MORE}\n".encode()


@pytest.mark.parametrize(
    ("line", "source", "day"),
    [
        ("The Kestrel Guardian, 29 November 2025", "The Kestrel Guardian", datetime(2025, 11, 29)),
        ("Nordheimer Zeitung, 28.11.2025", "Nordheimer Zeitung", datetime(2025, 11, 28)),
        ("Die Nordheimer Woche, 28.11.2025", "Die Nordheimer Woche", datetime(2025, 11, 28)),
        ("Harbourtown Daily Post, 28 Nov 2025", "Harbourtown Daily Post", datetime(2025, 11, 28)),
    ],
)
def test_typed_source_line_over_a_paste_names_the_source(
    line: str, source: str, day: datetime
) -> None:
    (article,) = articles_of("clip.txt", _paste(line))
    assert (article.source, article.published) == (source, day)
    assert article.title == "Harbourtown approves its tram plan"
    assert line not in article.body


def test_typed_source_line_in_a_word_file_and_in_russian() -> None:
    data = docx_with(
        ["Harbourtown Herald, 29 November 2025", "Tram plan approved", NEWS_TEXT, NEWS_MORE]
    )
    (article,) = articles_of("clip.docx", data)
    assert (article.source, article.published) == ("Harbourtown Herald", datetime(2025, 11, 29))
    ru = f"«Лесогорский вестник», 28 ноября 2025\nМосты отремонтируют\n{RU_TEXT}\n\n{RU_TEXT}\n"
    (article,) = articles_of("clip.txt", ru.encode())
    assert article.source and article.published == datetime(2025, 11, 28)


@pytest.mark.parametrize(
    "line",
    ["Nordheim, 28.11.2025", "The Hague, 28 November 2025", "Лесогорск, 28 ноября 2025"],
)
def test_a_place_and_a_day_name_no_source(line: str) -> None:
    (article,) = articles_of("clip.txt", _paste(line))
    assert article.source == ""
    assert article.published == datetime(2025, 11, 28)


def test_typed_credit_reads_the_name_and_the_day() -> None:
    assert typed_credit("Süddeutsche Example-Zeitung, 28.11.2025") is not None
    # a digest's count vouches for any name; without it a bare name is a place's
    assert typed_credit("2) Nordheim, 28.11.2025") is None
    assert typed_credit("2) Nordheim, 28.11.2025", numbered=True) is not None
    # a sentence, a day without its year, a weekday are no credit
    assert typed_credit("Die Zeitung meldet, 28.11.2025 sei der Tag") is None
    assert typed_credit("Nordheimer Zeitung, 28.11.") is None
    assert typed_credit("Freitag, 28. November 2025") is None


def test_a_contents_entry_is_no_typed_credit() -> None:
    # 'N. Headline — Outlet, date' lists an item in a digest's contents
    assert typed_credit("3. Заводы просят отсрочки — Вестник, 24.11.2025", numbered=True) is None
    assert typed_credit("2. Plan approved – Example Post, 24.11.2025", numbered=True) is None
    assert typed_credit("2) Rhein-Example-Zeitung, 24.11.2025", numbered=True) is not None
