"""Bulk rows without a language column get the language of their text, as every other
import does; a short Russian agency report used to get none (the model wavered towards
Bulgarian), so `lang:ru` missed it."""

from __future__ import annotations

import json

from app import importers
from app.importers.language import detect_language

RUSSIAN = {
    "headline": "Туркменистан увеличил поставки газа в Китай",
    "publisher": "Пример-Информ",
    "content": "АШХАБАД, 20 ноября. /Пример-Информ/ - Туркменистан в октябре увеличил "
    "поставки газа в Китай на 12%.",
}
BULGARIAN = "Министърът на икономиката обяви, че България ще увеличи износа на зърно към Китай."
UKRAINIAN = "Уряд України оголосив, що експорт зерна до Китаю зросте на дванадцять відсотків."


def rows(*records: dict) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()


def test_a_short_russian_row_gets_russian():
    (item,) = importers.extract("clips.jsonl", rows(RUSSIAN))
    assert item.article.language == "ru"


def test_a_language_column_still_wins():
    (item,) = importers.extract("clips.jsonl", rows({**RUSSIAN, "language": "uk"}))
    assert item.article.language == "uk"


def test_other_cyrillic_languages_are_not_made_russian():
    assert detect_language(BULGARIAN) != "ru"
    assert detect_language(UKRAINIAN) != "ru"


def test_a_csv_row_of_the_same_text_gets_the_same_language():
    data = ("headline,content\n" + f'"{RUSSIAN["headline"]}","{RUSSIAN["content"]}"\n').encode()
    (item,) = importers.extract("clips.csv", data)
    assert item.article.language == "ru"
