"""A dateline's day without a year ('Town. 26 октября. AGENCY -', 'Town, 26. Oktober (dpa)',
'TOWN, Oct 26 (Reuters)') on a paste that dates nothing else: the year of the page's rights
notice, else the nearest such day on or before the import; a dated page keeps its date."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.compose import _yearless_dateline
from app.importers.dates import rights_year
from tests.importers.makers import articles_of

RU = (
    "Губернатор обсудил ремонт мостов\n\n"
    "Лесогорск. 26 октября. ИНТЕРФАКС - Губернатор области провел совещание о ремонте "
    "двенадцати мостов, работы начнутся весной и продлятся до конца следующего года.\n"
    "Подрядчик уже выбран, сообщили в пресс-службе администрации области.\n"
)
DE = (
    "Nordheim baut Radwege aus\n\n"
    "Nordheim, 26. Oktober (dpa) - Die Stadt baut bis zum Sommer zwei neue Radwege am Ufer, "
    "teilte das Bauamt am Dienstag mit. Die Kosten liegen bei rund drei Millionen Euro.\n"
    "Den Großteil zahlt das Land, sagte eine Sprecherin der Stadt.\n"
)
EN = (
    "Harbourtown approves tram plan\n\n"
    "HARBOURTOWN, Oct 26 (Reuters) - The city council approved a plan on Tuesday to expand "
    "its tram network by 40 kilometres over the next decade, with the first line due soon.\n"
    "Officials said the project would be financed by municipal bonds and federal grants.\n"
)


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        (RU, "Все права защищены. Интерфакс, 2023"),
        (DE, "© dpa 2023"),
        (EN, "Copyright (c) 1985-2023 Thomson Reuters. All rights reserved."),
    ],
)
def test_the_rights_notice_gives_the_year(text: str, notice: str) -> None:
    (article,) = articles_of("paste.txt", f"{text}{notice}\n".encode())
    assert article.published == datetime(2023, 10, 26)


@pytest.mark.parametrize("text", [RU, DE, EN])
def test_without_a_notice_the_nearest_past_day(text: str) -> None:
    (article,) = articles_of("paste.txt", text.encode())
    now = datetime.now()
    assert article.published is not None
    assert (article.published.month, article.published.day) == (10, 26)
    assert 0 <= (now - article.published).days < 366


def test_nearest_past_rolls_back_over_new_year() -> None:
    lines = ["Лесогорск. 28 декабря. ИНТЕРФАКС - Текст."]
    assert _yearless_dateline(lines[0], lines, datetime(2026, 1, 3)) == datetime(2025, 12, 28)
    # a notice of the new year: still the December before the import
    noted = [*lines, "© 2026 Интерфакс"]
    assert _yearless_dateline(lines[0], noted, datetime(2026, 1, 3)) == datetime(2025, 12, 28)


def test_look_alikes() -> None:
    # a dateline that states its year keeps it; a header's stamp with a time dates the page
    (dated,) = articles_of("paste.txt", RU.replace("26 октября.", "26 октября 2021.").encode())
    assert dated.published == datetime(2021, 10, 26)
    stamped = "21.10.2024, 10:15\n" + RU
    (article,) = articles_of("paste.txt", stamped.encode())
    assert article.published == datetime(2024, 10, 21, 10, 15)
    # a year in running text or a long paragraph is no rights notice
    assert rights_year(["The plan runs to 2031, officials said."]) is None
    assert rights_year(["(c) 1991-2024 Example Wire", "© 2022 X"]) == 2024
