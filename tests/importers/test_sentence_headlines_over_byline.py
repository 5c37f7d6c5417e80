"""A headline written as sentences over its byline (blind batch 158).

A page pasted into Word: a desk label, the headline of two sentences, a deck sentence,
'By Name', the stamps and a caption opened by its bracketed credit ('(Jane Roe | The
Example Times) …'), then the text. The headline is the first sentence line, the text
starts under the caption; a lead paragraph with furniture and a headline above it stays.
"""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with

EN = [
    "Environment",
    "Harbour seals returned to the bay for the first time in years. Biologists say wait.",
    "The colony counted 40 animals in November, but remains far below its old size.",
    "By Jane Roe",
    "Dec. 4, 2025, 5:00 a.m.",
    "(John Doe | The Example Times) Seals rest on a sandbank near the harbour on Nov. 20, 2025.",
    "After years of decline, the harbour seals of the bay did something unusual this autumn: "
    "they came back, and in numbers the counters had not seen for a decade.",
    "The colony counted about 40 animals on the sandbanks in November, researchers said.",
]
DE = [
    "Umwelt",
    "Die Seehunde sind zurück in der Bucht. Biologen mahnen zur Geduld.",
    "Im November zählten Forscher 40 Tiere, doch die Kolonie bleibt klein.",
    "Von Erika Beispiel",
    "04.12.2025, 05:00 Uhr",
    "(Max Muster / Talboter Anzeiger) Seehunde auf einer Sandbank vor dem Hafen.",
    "Nach Jahren des Rückgangs sind die Seehunde in die Bucht zurückgekehrt, und zwar in "
    "einer Zahl, die die Zähler seit einem Jahrzehnt nicht gesehen hatten.",
    "Im November lagen rund 40 Tiere auf den Sandbänken, teilten die Forscher mit.",
]
RU = [
    "Экология",
    "Тюлени вернулись в залив впервые за много лет. Биологи просят не спешить с выводами.",
    "В ноябре насчитали 40 животных, но колония остается небольшой.",
    "Автор: Анна Примерова",
    "04.12.2025, 05:00",
    "(Иван Петров | «Северный вестник») Тюлени на отмели у порта.",
    "После многих лет сокращения численности тюлени вернулись в залив, причем в таком "
    "количестве, какого наблюдатели не видели уже десять лет.",
    "В ноябре на отмелях насчитали около 40 животных, сообщили исследователи.",
]


def _one(paragraphs: list[str]):
    (art,) = articles_of("page.docx", docx_with(paragraphs, table=False))
    return art


def test_sentence_headline_en() -> None:
    art = _one(EN)
    assert art.title == EN[1]
    assert art.author == "Jane Roe"
    assert art.body.startswith("After years of decline")
    assert "John Doe" not in art.body


def test_sentence_headline_de() -> None:
    art = _one(DE)
    assert art.title == DE[1]
    assert art.body.startswith("Nach Jahren des Rückgangs")


def test_sentence_headline_ru() -> None:
    art = _one(RU)
    assert art.title == RU[1]
    assert art.body.startswith("После многих лет")


def test_lead_under_a_headline_over_the_byline_stays_a_lead() -> None:
    paragraphs = [
        "Umwelt",
        "Seehunde kehren zurück",
        "Im November zählten Forscher 40 Tiere auf den Sandbänken vor dem Hafen der Stadt.",
        "Von Erika Beispiel",
        "Nach Jahren des Rückgangs sind die Seehunde in die Bucht zurückgekehrt, und zwar in "
        "einer Zahl, die die Zähler seit einem Jahrzehnt nicht gesehen hatten.",
        "Im November lagen rund 40 Tiere auf den Sandbänken, teilten die Forscher mit.",
    ]
    art = _one(paragraphs)
    assert art.title == "Seehunde kehren zurück"
    assert art.body.startswith("Nach Jahren") or art.body.startswith("Im November zählten")
