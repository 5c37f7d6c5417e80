"""Blind batch 107 (documents): families of its misses.

- a stamp's full hour with its half of the day only ("Nov. 24, 2025 5 AM") is a time;
- a copyright notice that describes its owner ("© 2025 a Example plc subsidiary") names no
  outlet, the brand beside it does;
- an e-mail or web address spells a host in lower case, not the outlet's name;
- a short header's logo stands over a menu and a breadcrumb trail under it;
- a translation's field table qualifies its labels ("Section (original) | City").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import extract
from app.importers.dates import find_dates
from app.importers.docfront import _FIELD
from app.importers.office import _column_fields
from app.importers.sitename import copyright_owner, printed_domain_case

_BODY = (
    "The council approved the new plan on Tuesday after a long debate about costs and "
    "the timetable for the works, which are due to start in the spring.\n\n"
    "Residents said they welcomed the decision but wanted more information about the "
    "closures that the works will bring to the streets around the station.\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nov. 24, 2025 5 AM Central", datetime(2025, 11, 24, 5, 0)),
        ("March 3, 2025 11 p.m.", datetime(2025, 3, 3, 23, 0)),
        ("3 December 2025, 7 pm", datetime(2025, 12, 3, 19, 0)),
        ("Nov. 24, 2025 5:30 AM", datetime(2025, 11, 24, 5, 30)),
    ],
)
def test_full_hour_with_half_of_day_is_a_time(text: str, want: datetime) -> None:
    hit = find_dates(text)[0]
    assert hit.has_time and hit.value.replace(tzinfo=None) == want


@pytest.mark.parametrize("text", ["Nov 24, 2025 5 amendments", "24. November 2025 5 Amtsleiter"])
def test_a_number_before_a_word_is_no_hour(text: str) -> None:
    assert not find_dates(text)[0].has_time


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "© 2025 a Example plc subsidiary. Harbour Live, Unit 4, Quay Park, Harbourtown.",
            "Harbour Live",
        ),
        ("Valley Post is part of Example plc. © 2025 a Example plc subsidiary", "Valley Post"),
        (
            "Nordtaler Kurier ist Teil der Beispiel Gruppe. © 2024 ein Unternehmen der Beispiel AG",
            "Nordtaler Kurier",
        ),
        ("© 2025 an Example Media company", ""),
        ("© 2025 A Capital Daily. All rights reserved.", "A Capital Daily"),
    ],
)
def test_owner_description_names_no_outlet(line: str, want: str) -> None:
    assert copyright_owner(line) == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["© 2025 Example.in", "Write to us at letters@example.in."], ""),
        (["Read the full report on https://example.in/report today."], ""),
        (["Support Example.in", "Write to letters@example.in"], "Example.in"),
        (["Подписывайтесь на Primer.kz", "info@primer.kz"], "Primer.kz"),
    ],
)
def test_addresses_spell_no_domain_name(lines: list[str], want: str) -> None:
    assert (
        printed_domain_case("example.in" if "example" in lines[0].lower() else "primer.kz", lines)
        == want
    )


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            [
                "Harbour Live",
                "News    Local    Sport    What's On    Property",
                "News > Local News",
            ],
            "Harbour Live",
        ),
        (
            [
                "mittendrin",
                "Startup  |  Tech  |  Invest  |  Events  |  Newsletter abonnieren",
                "Home › Startup › Fintech",
            ],
            "mittendrin",
        ),
        (
            ["Ural Daily", "Politics   Economy   Culture   Sport   Video", "Home / Economy"],
            "Ural Daily",
        ),
    ],
)
def test_logo_over_menu_and_trail_names_the_outlet(head: list[str], want: str) -> None:
    foot = "© 2025 a Example plc subsidiary. Harbour Live, Unit 4, Quay Park, Harbourtown."
    text = "\n\n".join([*head, "Council approves the new station plan after long debate", _BODY])
    text += "\n" + foot if want == "Harbour Live" else ""
    art = extract("page.txt", text.encode())[0].article
    assert art.source == want


def test_logo_over_menu_without_trail_is_no_masthead() -> None:
    head = ["Harbour Live", "News    Local    Sport    What's On    Property", "Local News"]
    text = "\n\n".join([*head, "Council approves the new station plan after long debate", _BODY])
    assert extract("page.txt", text.encode())[0].article.source == ""


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Section (original): City", "section", "City"),
        ("Original date: 19.11.2025, 10:12", "published", "19.11.2025, 10:12"),
        ("Рубрика (оригинал): Экономика", "section", "Экономика"),
        ("Datum (Print): 21.11.2025", "published", "21.11.2025"),
    ],
)
def test_qualified_field_labels(line: str, field: str, value: str) -> None:
    m = _FIELD.match(line)
    assert m and m.group(field) and m["value"] == value


def test_unknown_qualified_label_is_no_field() -> None:
    assert _FIELD.match("Notes (internal): check the figures") is None


def test_translation_table_reads_as_fields() -> None:
    rows = [
        "Source | Example News (Townsville, Kazakhstan)",
        "Original language | Russian",
        "Original date | 19.11.2025, 10:12",
        "Section (original) | City",
        "Author | Jane Roe",
        "Translated by | Desk, 20.11.2025",
    ]
    assert _column_fields(rows) == [
        "Source: Example News (Townsville, Kazakhstan)",
        "Original language: Russian",
        "Original date: 19.11.2025, 10:12",
        "Section (original): City",
        "Author: Jane Roe",
        "Translated by: Desk, 20.11.2025",
    ]


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            ["Publication", "Example Times", "Date", "19 November 2025 Section", "News", "Page"],
            ["Publication: Example Times", "Date: 19 November 2025", "Section: News", "Page:"],
        ),
        (
            ["Medium", "Beispiel Kurier", "Datum", "21.11.2025 Ressort", "Lokales", "Seite", "7"],
            ["Medium: Beispiel Kurier", "Datum: 21.11.2025", "Ressort: Lokales", "Seite: 7"],
        ),
        (
            [
                "Издание",
                "Пример-Пресс",
                "Дата",
                "24.11.2025 Рубрика",
                "Экономика",
                "Автор",
                "Иван Петров",
            ],
            [
                "Издание: Пример-Пресс",
                "Дата: 24.11.2025",
                "Рубрика: Экономика",
                "Автор: Иван Петров",
            ],
        ),
    ],
)
def test_field_table_without_colons(head: list[str], want: list[str]) -> None:
    from app.importers.docfront import _split_field_rows

    assert _split_field_rows(head) == want


def test_a_lone_label_word_is_no_field_table() -> None:
    from app.importers.docfront import _split_field_rows

    head = ["Date", "The council met on Monday in the Section", "Page", "Rail trips hit record"]
    assert _split_field_rows(head) == head


_DE_TEXT = (
    "Die Stadt will den Wasserstand der Talsperre ab Februar schrittweise absenken, teilte "
    "das Unternehmen am Freitag mit.\n\nNach Angaben des Projektleiters sind die Arbeiten auf "
    "rund 18 Monate angelegt, die Versorgung bleibt gesichert.\n"
)


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            [
                "E-Paper-Ausschnitt",
                "BEISPIEL ZEITUNG",
                "Lokales",
                "Trinkwasser",
                "Samstag, 22. November 2025",
                "Seite 11",
            ],
            "Lokales",
        ),
        (
            [
                "E-paper clipping",
                "THE EXAMPLE HERALD",
                "Sport",
                "Football",
                "Saturday, 22 November 2025",
                "Page 11",
            ],
            "Sport",
        ),
        (
            [
                "Электронная версия",
                "ПРИМЕРНАЯ ГАЗЕТА",
                "Экономика",
                "Нефть",
                "Суббота, 22 ноября 2025",
                "Страница 11",
            ],
            "Экономика",
        ),
        # look-alike: no known desk over the label, which stays the section
        (
            [
                "E-Paper-Ausschnitt",
                "BEISPIEL ZEITUNG",
                "Stadtteile",
                "Trinkwasser",
                "Samstag, 22. November 2025",
                "Seite 11",
            ],
            "Trinkwasser",
        ),
    ],
)
def test_rubric_over_kicker_over_the_day(head: list[str], want: str) -> None:
    text = "\n\n".join([*head, "Harzwasserwerke senken Pegel der Talsperre im Winter", _DE_TEXT])
    assert extract("clip.txt", text.encode())[0].article.section == want
