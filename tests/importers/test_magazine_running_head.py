"""A magazine's running head over its pages (blind batch 36).

The head ('NAME Nr. 12 · 3. März 2025 · example.de/name') repeats on every page and leaves
the text, but the issue's day it prints dates the article and the name over the number is
the magazine's, the source when nothing else names one; a Cyrillic name in the Latin
spelling its own address gives it.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.compose import Hints
from app.importers.magazine import issue_head
from app.model import Extracted
from tests.importers.makers import Placed, docx_with, pdf_with_layout

HEAD = "«Nordmagazin» Nr. 12 (410) · 3. März 2025 · example.de/nordmagazin"
TEXT = (
    "Der Wasserstand der Ostsee schwankt in diesem Winter stärker als in den Jahren zuvor, "
    "sagen die Forscher des Instituts, und die Häfen müssen sich darauf einstellen."
)

MORE = (
    "Im Hafen von Nordstadt lag der Pegel im Januar an elf Tagen mehr als einen Meter unter "
    "dem Mittel, so oft wie noch nie seit dem Beginn der Messungen vor hundert Jahren."
)
LAST = (
    "Die Betreiber wollen die Fahrrinnen deshalb tiefer ausbaggern lassen und die Anleger "
    "für kleinere Schiffe anpassen, was mehrere Millionen Euro kosten dürfte, hieß es."
)


def test_issue_head_gives_day_and_magazine() -> None:
    hints = Hints()
    issue_head(HEAD, hints)
    assert hints.published == datetime(2025, 3, 3)
    assert hints.fallback_source == "Nordmagazin"
    other = Hints()
    issue_head("Kapitel 3 · Seite 12", other)
    assert other.published is None and other.fallback_source == ""


def test_cyrillic_name_takes_the_latin_spelling_of_its_own_address() -> None:
    hints = Hints()
    issue_head("«Пример» № 7 (120) · 3 марта 2025 · example.ru/primjer", hints)
    assert hints.fallback_source == "Primjer"  # not our transliteration 'Primer'
    other = Hints()
    issue_head("«Пример» № 7 · 3 марта 2025 · example.ru/news", other)
    assert other.fallback_source == "Пример"  # no Latin spelling printed: left to compose


def test_running_head_of_a_magazine_pdf_dates_the_article() -> None:
    def page(lines: list[str]) -> list[Placed]:
        placed: list[Placed] = [(60.0, 815.0, 8, HEAD)]
        return placed + [(60.0, 760.0 - 14 * n, 10, t) for n, t in enumerate(lines)]

    first = page(["Die Ostsee wird unruhiger", TEXT[:90], TEXT[90:], MORE[:80], MORE[80:]])
    second = page([LAST[:80], LAST[80:], "Die Fragen stellte die Redaktion des Hefts.", "Ende"])
    [item] = extract("magazin.pdf", pdf_with_layout([first, second]))
    assert isinstance(item, Extracted)
    art = item.article
    assert art.published == datetime(2025, 3, 3)
    assert "Nr. 12" not in art.body


def test_caption_between_byline_and_photo_credit_is_not_the_title() -> None:
    data = docx_with(
        [
            "Umwelt",
            "«Die Ostsee wird unruhiger»",
            "Der Wasserstand schwankt stärker als je zuvor. Was das für die Häfen bedeutet, "
            "hat das Magazin eine Forscherin gefragt.",
            "Von Anna Beispiel",
            "Der Hafen von Nordstadt bei Niedrigwasser, Januar 2025",
            "Foto: Jan Muster / Nordmagazin",
            TEXT,
            MORE,
        ],
        table=False,
    )
    [item] = extract("interview.docx", data)
    assert isinstance(item, Extracted)
    assert item.article.title == "«Die Ostsee wird unruhiger»"
    assert "Niedrigwasser" not in item.article.body
