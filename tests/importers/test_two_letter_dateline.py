"""A two-letter town's name opens a dated dateline like any other ('Ош, 21 ноября – …',
'Ys, 3. März 2025 – …', 'Уш, 5 мая. …'): the day after the comma makes it a place. A
two-letter word of the language before a comma ('In, …', 'На, …') never is one."""

from __future__ import annotations

from app.importers import extract
from app.model import Extracted

TEXT_RU = (
    " Мэрия города до конца декабря завершит ремонт еще 12 улиц общей протяженностью около "
    "9 километров, сообщил вице-мэр.\n\nВторой абзац текста новости достаточно длинный, "
    "чтобы прочитать статью целиком."
)
TEXT_DE = (
    " Die Stadt saniert bis Dezember zwölf Straßen mit einer Länge von neun Kilometern, "
    "teilte der Vizebürgermeister mit.\n\nEin zweiter Absatz des Textes, lang genug für "
    "einen Artikel."
)


def _dateline(opener: str, text: str) -> str:
    (item,) = extract("t.txt", f"Ein Titel über die Stadt\n\n{opener}{text}".encode())
    assert isinstance(item, Extracted)
    return item.article.dateline


def test_two_letter_towns_open_dated_datelines() -> None:
    assert _dateline("Ош, 21 ноября -", TEXT_RU) == "Ош"
    assert _dateline("Уш, 5 мая.", TEXT_RU) == "Уш"
    assert _dateline("Ys, 3. März 2025 –", TEXT_DE) == "Ys"


def test_two_letter_words_and_undated_openers_are_no_place() -> None:
    assert _dateline("In, 21 ноября -", TEXT_RU) == ""
    assert _dateline("На, 21 ноября -", TEXT_RU) == ""
    assert _dateline("Ош. Мэрия сообщила:", TEXT_RU) == ""
