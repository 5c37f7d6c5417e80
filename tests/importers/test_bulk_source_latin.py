"""A CSV or JSONL row naming its outlet in Cyrillic files it in Latin letters, as a paste
of the same outlet does; a monitoring export's 'БелТА' used to stand beside 'BelTA' in the
Sources facet."""

from __future__ import annotations

import json

from app import importers

BODY = "Власти Примерска объявили о ремонте моста через реку Пример до конца года."


def _csv(source: str) -> bytes:
    return f"Дата;Источник;Заголовок;Текст\n26.11.2025;{source};Мост закроют;{BODY}\n".encode()


def _source(name: str, data: bytes) -> str:
    (item,) = importers.extract(name, data)
    return item.article.source


def test_a_cyrillic_source_column_is_transliterated():
    assert _source("export.csv", _csv("Вечерний Примерск")) == "Vecherniy Primersk"


def test_a_listed_outlet_takes_its_listed_latin_name():
    assert _source("export.csv", _csv("РИА Новости")) == "RIA Novosti"


def test_a_jsonl_source_is_filed_the_same_way():
    row = {"source": "Вечерний Примерск", "title": "Мост закроют", "text": BODY}
    data = json.dumps(row, ensure_ascii=False).encode()
    assert _source("export.jsonl", data) == "Vecherniy Primersk"


def test_a_latin_source_and_a_ministry_stay_as_given():
    assert _source("export.csv", _csv("Example Daily")) == "Example Daily"
    assert _source("export.csv", _csv("Министерство финансов")) == "Министерство финансов"
