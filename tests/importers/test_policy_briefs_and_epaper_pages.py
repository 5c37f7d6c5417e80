"""A think tank's policy brief and an e-paper page export, as documents lay them out.

A brief heads its first page with the institute and a series label ('Policy Brief | Issue
3/25 | date', 'XYZ POLICY BRIEF'): the institute is the source, the label no section. Under
the headline come a subtitle (the lead), the authors' names and a key-points box, none of
them the text; the authors' bios and the institute's address under the text go too. An
e-paper page names the paper in its masthead over an edition line ('date | No. | page |
edition'): the paper is the source, the rubric under the line the section, the names line
under the headline the author.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, docx_with

ONE = (
    "Regional water boards across the country have raised their tariffs by an average of "
    "six per cent this year, and most plan further increases as their pipes age."
)
TWO = (
    "We propose that the federal government sets up a fund to co-finance repairs where "
    "small utilities cannot carry the cost alone, tied to clear leakage targets."
)


def _article(paragraphs: list[str]):  # type: ignore[no-untyped-def]
    [item] = extract("doc.docx", docx_with(paragraphs, table=False))
    assert isinstance(item, Extracted)
    return item.article


def test_policy_brief_front_gives_institute_authors_and_lead_not_body() -> None:
    art = _article(
        ["NORTHFIELD", "Policy Brief | Issue 7/25 | 3 March 2025",
         "Fixing the water grid before it leaks away", "Why small utilities need a repair fund",
         "Jane Doe and Piotr Kowalski", "Key points", "- Tariffs rose by six per cent.",
         "- Leakage is the largest cost.", ONE, TWO,
         "Jane Doe is a Senior Fellow at Northfield. Piotr Kowalski is a Research Analyst "
         "at Northfield.",
         "Northfield \u00b7 Main Street 12 \u00b7 10115 Berlin \u00b7 www.northfield.org"]
    )  # fmt: skip
    assert art.title == "Fixing the water grid before it leaks away"
    assert art.source == "Northfield"  # the capitals letterhead as the text writes it
    assert art.section == ""
    assert art.author == "Jane Doe and Piotr Kowalski"
    assert art.lead == "Why small utilities need a repair fund"
    assert art.published == datetime(2025, 3, 3)
    assert art.body == f"{ONE}\n\n{TWO}"


def test_series_label_after_an_acronym_names_the_institute() -> None:
    art = _article(
        ["XYZ POLICY BRIEF", "Nr. 4 | 3. März 2025", "Wasserverbände brauchen einen Fonds",
         "Anna Muster und Jonas Beispiel", "Kernpunkte", "- Die Gebühren steigen.", ONE, TWO,
         "Dr. Anna Muster ist Senior Fellow im Zentrum für Umwelt der XYZ. Jonas Beispiel ist "
         "Research Fellow im selben Zentrum.",
         "Verein XYZ e.V. \u00b7 Hauptstraße 17/18 \u00b7 10787 Berlin \u00b7 www.xyz.org"]
    )  # fmt: skip
    assert art.source == "XYZ"  # not 'xyz' from its web address
    assert art.author == "Anna Muster und Jonas Beispiel"
    assert art.body == f"{ONE}\n\n{TWO}"


def test_epaper_masthead_edition_line_and_rubric() -> None:
    art = _article(
        ["Северный вестник", "Среда, 5 марта 2025 | № 41 | Полоса 3 | Выпуск «Город»",
         "ГОРОД", "Транспорт", "Новые автобусы выйдут на маршруты в марте", "Ольга Петрова",
         NEWS_TEXT, NEWS_MORE]
    )  # fmt: skip
    assert art.title == "Новые автобусы выйдут на маршруты в марте"
    assert art.source == "Severnyy Vestnik"  # transliterated, as Cyrillic outlets are
    assert art.section == "Город"
    assert art.author == "Ольга Петрова"
    assert art.published == datetime(2025, 3, 5)
    assert art.body == f"{NEWS_TEXT}\n\n{NEWS_MORE}"


def test_address_row_under_a_bulletin_is_no_text() -> None:
    art = _article(
        ["Tram plan approved", NEWS_TEXT, NEWS_MORE,
         "Embassy of Example \u00b7 Main Street 146 \u00b7 10585 Berlin \u00b7 "
         "Tel.: +49 30 1234 5678 \u00b7 www.example-embassy.org"]
    )  # fmt: skip
    assert art.body == f"{NEWS_TEXT}\n\n{NEWS_MORE}"


def test_epaper_short_headline_under_one_rubric_stays_the_title() -> None:
    art = _article(
        ["Northfield Courier", "Wednesday, 5 March 2025 | No. 41 | Page 3", "CITY",
         "Tram plan approved", "Jane Doe", NEWS_TEXT, NEWS_MORE]
    )  # fmt: skip
    assert art.title == "Tram plan approved"
    assert art.section == "City"
    assert art.author == "Jane Doe"
    assert art.source == "Northfield Courier"
    assert art.body == f"{NEWS_TEXT}\n\n{NEWS_MORE}"


def test_numbered_series_line_and_an_abstract_under_its_heading() -> None:
    art = _article(
        ["ИНСТИТУТ ПРИМЕРНЫХ ИССЛЕДОВАНИЙ", "Мониторинг экономики · № 21 (211) · 24 ноября 2025 г.",
         "Региональные бюджеты: расходы растут быстрее доходов", "Анна Примерова, Сергей Образцов",
         "Аннотация",
         "По итогам девяти месяцев бюджеты регионов впервые за три года сведены с дефицитом, "
         "следует из данных казначейства.",
         "1. Доходы",
         "За январь–сентябрь доходы бюджетов регионов выросли лишь на 4,1 процента, что "
         "заметно медленнее, чем годом ранее.",
         "Институт примерных исследований · Примерный пер., 3, Москва, 125009 · www.example.ru"]
    )  # fmt: skip
    assert art.title == "Региональные бюджеты: расходы растут быстрее доходов"
    assert art.author == "Анна Примерова, Сергей Образцов"
    assert art.published == datetime(2025, 11, 24)
    assert art.source == "Институт примерных исследований"
    assert art.lead.startswith("По итогам девяти месяцев")
    assert art.body.startswith("За январь–сентябрь") and "125009" not in art.body


def test_a_briefing_label_under_the_organisation_names_it() -> None:
    art = _article(
        ["Example Environment", "BRIEFING · March 2025", "Keeping the 2035 target: what to change",
         "Authors: Jane Doe, John Roe", "Summary", ONE, TWO,
         "For more information: Jane Doe, Clean Vehicles Manager, +32 2 555 01 01, "
         "jane.doe@example.org"]
    )  # fmt: skip
    assert art.title == "Keeping the 2035 target: what to change"
    assert art.source == "Example Environment"
    assert art.body == f"{ONE}\n\n{TWO}"


def test_series_number_run_on_to_the_label_and_the_authors_post_under_the_name() -> None:
    art = _article(
        ["Example Institute for Water Research", "EIW-Report No. 7/2025 · 24 November 2025",
         "Water tariffs: the bill for ageing pipes", "Jane Doe",
         "Economist in the Utilities Unit, Example Institute for Water Research, Leeds",
         ONE, TWO]
    )  # fmt: skip
    assert art.title == "Water tariffs: the bill for ageing pipes"
    assert art.source == "Example Institute for Water Research"
    assert art.section == ""
    assert art.author == "Jane Doe"
    assert art.published == datetime(2025, 11, 24)
    assert art.body == f"{ONE}\n\n{TWO}"
