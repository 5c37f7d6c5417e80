"""Blind batch 131's families in documents: a reader's note headed 'ANALYST NOTE – name,
day' and closed by a rule is no part of the clipping; an office's file rows ('Zuständig:
Ministerium …', 'Nr. 2025/118') are never a headline; a document's kind with its issuer
('Stellungnahme der Regierung') is no desk; a field row setting two labelled fields
('Veröffentlicht: … · Rubrik: X') gives both; a labelled outlet's domain in brackets and
its town after them are no part of its name; a field label wrapped in its narrow cell
('Erscheinungsta' / '21.11.2025 g') still labels the day."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import boilerplate as bp
from app.importers.compose import _document_kind
from app.importers.docfront import _unwrapped_labels, without_addition
from tests.importers.makers import CLIP_TEXT, articles_of, docx_with


def _doc(lang: str, head: list[str]) -> object:
    first, second = CLIP_TEXT[lang]
    return articles_of("clip.docx", docx_with([*head, first, second, first], table=False))[0]


@pytest.mark.parametrize(
    ("lang", "note", "outlet", "title"),
    [
        ("en", "ANALYST NOTE – J. Roe, 24/11/2025", "Example Echo", "Council plans new quarter"),
        ("de", "Interne Notiz – M. Muster, 25.11.2025", "Beispielbote", "Stadt plant Umbau"),
        ("ru", "Примечание – И. Иванова, 26.11.2025", "Example Vesti", "Город меняет квартал"),
    ],
)
def test_dashed_reader_note_over_rule_goes(lang, note, outlet, title):
    art = _doc(lang, [note, "Relevant for: tracker; check the figures.", "-" * 30,
                      outlet, title])  # fmt: skip
    assert art.title == title
    assert "Relevant for" not in art.body and note not in art.body


def test_dashed_note_label_without_rule_stays():
    art = _doc("en", ["Note – a quiet revolution in rail", "Council plans new quarter"])
    assert "Note – a quiet revolution" in art.title + art.body


@pytest.mark.parametrize(
    "line",
    [
        "Zuständig: Ministerium für Inneres, Wirtschaft und Umwelt",
        "Responsible department: Department of Transport",
        "Ответственное ведомство: Министерство энергетики",
        "Nr. 2025/1187",
        "Geschäftszahl: 2025-4471",
    ],
)
def test_office_file_rows_are_boilerplate(line):
    assert bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["Zuständigkeiten neu verteilt: Regierung stellt Ministerien um", "Nr. 1 der Charts"],
)
def test_headline_look_alikes_are_no_file_row(line):
    assert not bp.is_boilerplate(line)


def test_file_rows_are_no_headline():
    art = _doc("de", ["Datum: 25.11.2025", "Zuständig: Ministerium für Verkehr",
                      "Nr. 2025/0412", "Regierung legt Verkehrskonzept vor"])  # fmt: skip
    assert art.title == "Regierung legt Verkehrskonzept vor"


@pytest.mark.parametrize(
    "line",
    [
        "Stellungnahme der Regierung",
        "Statement by the Ministry",
        "Заявление правительства",
        "Pressemitteilung",
    ],
)
def test_document_kind_is_no_desk(line):
    assert _document_kind(line)


@pytest.mark.parametrize("line", ["Wirtschaft", "Regierung", "Statements of the week ahead"])
def test_desks_are_no_document_kind(line):
    assert not _document_kind(line)


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("Example Zhol (examplezhol.kz), Atyrau", "Example Zhol"),
        ("Beispielbote (beispielbote.de), Bad Neustadt", "Beispielbote"),
        ("Пример-Вести (primer.ru), Самара", "Пример-Вести"),
        ("Example Times (Townsville)", "Example Times"),
    ],
)
def test_outlet_without_domain_and_town(given, name):
    assert without_addition(given) == name


def test_outlet_name_with_brackets_inside_stays():
    assert without_addition("Radio (FM) Example, Town") == "Radio (FM) Example, Town"


@pytest.mark.parametrize(
    ("lang", "rows", "day", "desk"),
    [
        ("de", ["Quelle: Example Zhol (examplezhol.kz), Atyrau",
                "Veröffentlicht: 18.11.2025, 16:20 · Rubrik: Wirtschaft",
                "Autorin: Jana Beispiel"], datetime(2025, 11, 18, 16, 20), "Wirtschaft"),
        ("en", ["Source: Example Herald (exampleherald.com), Lagos",
                "Published: 19.11.2025 · Section: Business", "Author: Jane Roe"],
         datetime(2025, 11, 19), "Business"),
        ("ru", ["Источник: Пример-Вести (primer.ru), Самара",
                "Дата: 20.11.2025 | Рубрика: Экономика", "Автор: Ирина Петрова"],
         datetime(2025, 11, 20), "Экономика"),
    ],
)  # fmt: skip
def test_two_fields_on_a_head_row(lang, rows, day, desk):
    art = _doc(lang, [*rows, "Headline of the clipped story here"])
    assert art.published.replace(tzinfo=None) == day
    assert art.section == desk
    assert "(" not in art.source and "," not in art.source


def test_wrapped_field_labels_rejoin():
    assert _unwrapped_labels(["Erscheinungsta", "21.11.2025 g", "Ressort", "Wirtschaft"]) == [
        "Erscheinungstag", "21.11.2025", "Ressort", "Wirtschaft"]  # fmt: skip
    assert _unwrapped_labels(["Publicatio", "The Example Times n"])[0] == "Publication"
    assert _unwrapped_labels(["Überschrif", "Stadt baut t"])[0] == "Überschrift"
    # a value's own last word makes no label of the line above
    assert _unwrapped_labels(["Berlin", "Die Stadt wächst"]) == ["Berlin", "Die Stadt wächst"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Cork, 24th November 2025: The Port of Example Company has confirmed a trial.", "Cork"),
        ("Leeds, 3 March 2025: Example Ltd has opened its new plant in the city.", "Leeds"),
        ("Galway, 1st December 2025: Example Harbour said today it would expand.", "Galway"),
    ],
)
def test_release_opener_with_colon_after_full_date(line, place):
    from app.importers.agency import bare_dateline

    assert bare_dateline(line).place == place


@pytest.mark.parametrize(
    "line", ["Paris, Monday: The talks resumed", "Berlin, 2025: Das Jahr der Wende begann"]
)
def test_colon_without_full_date_is_no_release_opener(line):
    from app.importers.agency import bare_dateline

    assert bare_dateline(line) is None


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        (["www.example.ie Port of Example Company DAC · Quay Street · Town T12 · Ireland"],
         "Port of Example Company"),
        (["Example Water Holdings Ltd · 1 River Road · Leeds LS1 · UK"],
         "Example Water Holdings"),
        (["Beispielwerke Nord GmbH · Hafenstraße 4 · 20457 Hamburg"], "Beispielwerke Nord"),
    ],
)  # fmt: skip
def test_issuer_named_in_full_in_address_row(rows, name):
    from app.importers.docfront import _named_in_address

    short = {
        "Port": "Port of Example",
        "Example": "Example Water",
        "Beispielwerke": "Beispielwerke",
    }
    assert _named_in_address(short[name.split()[0]], rows) == name


def test_address_row_of_another_name_is_no_issuer():
    from app.importers.docfront import _named_in_address

    assert _named_in_address("Example Water", ["Other Group plc · 1 Road · Leeds LS1 · UK"]) == ""
