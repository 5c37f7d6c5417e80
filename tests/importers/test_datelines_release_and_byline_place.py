"""Datelines without an agency: a press release opening "Город, 21 ноября 2025 года –"
(the place in ordinary case, the full date, a dash), and the place a byline names ("By
Jane Doe in Almaty") when the text opens without one."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.agency import bare_dateline
from app.importers.byline import byline_place
from app.importers.sections import VOCABULARY
from tests.importers.makers import ARTICLE_HTML


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Примерск, 21 ноября 2025 года – Министр провел встречу с послом.", "Примерск"),
        ("Нур-Султан, 3 марта 2025 г. – Стороны обсудили торговлю.", "Нур-Султан"),
        ("Genf, 3. März 2025 – Die Delegationen haben sich geeinigt.", "Genf"),
        ("Washington, November 21, 2025 – The ministers met on Friday.", "Washington"),
    ],
)
def test_press_release_opener(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    "line",
    [
        "Иван Петров, 21 ноября 2025 года – это день, который он запомнит.",
        "Москва, как сообщил министр в пятницу – цены вырастут.",
        "Москва, 21 ноября 2025 года, как сообщил министр – Цены вырастут.",
    ],
)
def test_no_release_opener(line: str) -> None:
    assert bare_dateline(line) is None


def test_release_opener_in_a_pasted_text() -> None:
    text = (
        "Министерство примерных дел\n"
        "Стороны провели консультации в Примерске\n"
        "Примерск, 21 ноября 2025 года – Заместитель министра провел политические "
        "консультации с коллегой из соседней страны.\n"
        "Стороны обсудили торговлю, транспорт и визовый режим.\n"
    )
    assert extract("r.txt", text.encode("utf-8"))[0].article.dateline == "Примерск"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("By Jane Doe in Almaty November 21, 2025", "Almaty"),
        ("By Jane Doe in New York, March 3, 2025", "New York"),
        ("By Jane Doe in Almaty", "Almaty"),
        # a section, not a place; more than a date after the place
        ("By Jane Doe in Business on 3 March 2025", ""),
        ("By Jane Doe in Almaty and John Roe in Astana", ""),
    ],
)
def test_place_in_a_byline(line: str, place: str) -> None:
    assert byline_place(line, VOCABULARY) == place


def test_byline_place_is_the_dateline_of_a_page() -> None:
    page = (
        "<html lang='en'><head><title>Rail trips hit record</title></head><body><main>"
        "<article><h1>Rail trips hit record</h1>"
        "<div class='author-line'>By <a>Jane Doe</a> in Almaty <span>May 5, 2025</span></div>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )
    art = extract("p.html", page.encode())[0].article
    assert art.author == "Jane Doe" and art.dateline == "Almaty"


def test_dateline_of_the_text_wins_over_the_byline_place() -> None:
    text = (
        "Rail trips hit record\n"
        "By Jane Doe in Almaty\n"
        "ASTANA, May 5 (Reuters) - The national railway handled a record number of trips in "
        "the first two months of the year, the operator said on Monday.\n"
        "Freight volumes rose as well, helped by coal and grain shipments.\n"
    )
    assert extract("t.txt", text.encode())[0].article.dateline == "Astana"


def test_byline_place_in_a_pasted_text() -> None:
    text = (
        "Rail trips hit record\n"
        "By Jane Doe in Almaty\n"
        "May 5, 2025\n"
        "The national railway handled a record number of trips in the first two months of "
        "the year, the operator said on Monday, as travel demand stayed strong.\n"
        "Freight volumes rose as well, helped by coal and grain shipments.\n"
    )
    assert extract("t.txt", text.encode())[0].article.dateline == "Almaty"


def test_byline_place_with_its_country_is_not_part_of_the_name() -> None:
    text = (
        "Rail trips hit record\n"
        "By Jane Doe in Almaty, Kazakhstan | 5 May 2025\n"
        "The national railway handled a record number of trips in the first two months of "
        "the year, the operator said on Monday, as travel demand stayed strong.\n"
        "Freight volumes rose as well, helped by coal and grain shipments.\n"
    )
    assert extract("t.txt", text.encode())[0].article.author == "Jane Doe"
