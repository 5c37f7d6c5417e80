"""CSV and JSON exports as real tools write them: Excel's doubled quotes, CMS markup in
text cells, German and Russian column names, Unix times."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import NEWS_MORE, NEWS_TEXT


def _articles(name: str, data: bytes) -> list:
    items = extract(name, data)
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]


def test_a_cell_with_doubled_quotes_and_line_breaks_stays_one_cell() -> None:
    body = f'{NEWS_TEXT}\n\nThe mayor called it ""a generational project"".\nWork starts in May.'
    rows = [f'"Trams, more trams",2025-11-05,"{body}"', f'Second,2025-11-06,"{NEWS_MORE}"']
    data = "title,date,body\n" + "\n".join(rows) + "\n"
    first, second = _articles("export.csv", data.encode())
    assert first.title == "Trams, more trams"
    assert 'called it "a generational project".' in first.body
    assert first.body.endswith("Work starts in May.")
    assert second.title == "Second"


def test_markup_in_a_text_cell_becomes_paragraphs() -> None:
    record = {
        "title": "Trams",
        "body": f"<p>{NEWS_TEXT}</p><p>Costs &amp; benefits were <b>weighed</b>."
        f"<br>{NEWS_MORE}</p>",
    }
    [article] = _articles("feed.json", json.dumps([record]).encode())
    assert article.body.split("\n\n")[:2] == [NEWS_TEXT, "Costs & benefits were weighed."]
    assert "<" not in article.body and "&amp;" not in article.body
    ticker = {"title": "Shares", "body": f"{NEWS_TEXT} Profits rose at AT&amp;T <T.N>."}
    [article] = _articles("feed.json", json.dumps([ticker]).encode())
    assert article.body.endswith("Profits rose at AT&T <T.N>.")


def test_german_and_russian_column_names_and_unix_times() -> None:
    data = (
        "Überschrift;Datum;Medium;Text\n"
        f"Straßenbahn wächst;1762353000;Der Tagesspiegel;{NEWS_TEXT}\n"
    ).encode("cp1252")
    [article] = _articles("auszug.csv", data)
    assert article.title == "Straßenbahn wächst"
    assert article.source == "Der Tagesspiegel"
    assert article.published == datetime(2025, 11, 5, 14, 30, tzinfo=UTC)
    record = {"заголовок": "Трамвай", "дата публикации": "1762353000000", "текст": NEWS_TEXT}
    [article] = _articles("выгрузка.jsonl", json.dumps(record, ensure_ascii=False).encode())
    assert article.title == "Трамвай"
    assert article.published == datetime(2025, 11, 5, 14, 30, tzinfo=UTC)
