"""Pasted agency and authority pages (blind batch 85): a breadcrumb anchored in the page's
chrome gives the section over a kicker or a menu entry, a list heading, a pager or an
issuing office is no byline, and a year-first date with dots ('2025.11.20.') is read."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.boilerplate import is_boilerplate
from app.importers.chromecheck import is_chrome_author
from app.importers.compose import compose
from app.importers.dates import find_dates
from app.importers.profiles import default_profiles
from app.importers.sections import page_trail

_DE = (
    "Die Stadtwerke wollen bis 2030 rund 40 neue Ladepunkte in der Innenstadt errichten. Das "
    "teilte der Geschäftsführer am Dienstag bei einer Pressekonferenz im Rathaus mit.\n"
    "Die Kosten von rund zwei Millionen Euro tragen Stadt und Land gemeinsam. Die ersten "
    "Säulen sollen im Frühjahr am Marktplatz und am Bahnhof in Betrieb gehen.\n"
)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # the site's name as the home crumb, a menu entry far above
        (
            [
                "Amt Beispiel",
                "Service",
                "Karriere",
                "Amt Beispiel > Abteilung Nord > Meldungen",
                "Meldung Nr. 4/2025",
                "Neue Ladepunkte",
            ],
            "Meldungen",
        ),
        # a menu entry as the first crumb, a kicker over the headline
        (
            [
                "Radio X",
                "Nachrichten",
                "Kultur",
                "Nachrichten › Politik",
                "Sport",
                "Neue Ladepunkte",
            ],
            "Politik",
        ),
        # home word, four crumbs, a list between trail and headline
        (
            [
                "Bund",
                "Startseite » Presse » Meldungen » Bayern",
                "Aktuelle Meldungen",
                "01.02.2025 Andere Meldung",
                "Datum: 02.02.2025",
                "Neue Ladepunkte",
            ],
            "Bayern",
        ),
        # Russian, the all-news page then the desk
        (["Сайт", "Новости › Экономика", "Заголовок новости"], "Экономика"),
    ],
)
def test_a_trail_anchored_in_the_chrome_gives_its_deepest_crumb(lines, want) -> None:
    assert page_trail(lines, len(lines) - 1) == want


def test_an_unanchored_arrow_line_is_no_trail() -> None:
    # 'Einkauf › Lager' is no crumb of this page: nothing in the chrome names its first part
    lines = ["Radio X", "Kultur", "Einkauf › Lager", "Neue Ladepunkte"]
    assert page_trail(lines, 3) == ""


def test_a_pasted_page_takes_the_trail_over_a_kicker_and_a_menu_entry() -> None:
    text = (
        "Beispiel Radio\nLive\nNachrichten\nKarriere\nSamstag, 1. März 2025\n"
        "Nachrichten › Politik\nMobilität\nStadtwerke bauen 40 neue Ladepunkte\n"
        "04.03.2025 | 11:25\n" + _DE
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen 40 neue Ladepunkte"
    assert art.section == "Politik"


@pytest.mark.parametrize(
    "name",
    [
        "Letzte Einsatzberichte",
        "Latest reports",
        "Другие новости",
        "Предыдущая Следующая",
        "« Previous Next »",
        "Polizeidirektion Nordstadt",
        "Bundespolizeiinspektion Beispielsdorf",
        "Police Department",
        "Управление МВД",
    ],
)
def test_chrome_is_no_author(name: str) -> None:
    assert is_chrome_author(name)


@pytest.mark.parametrize("name", ["Marc Lentz", "Anna Polizzi", "Иван Следов", "Jane Next"])
def test_a_person_stays_the_author(name: str) -> None:
    assert not is_chrome_author(name)


def test_an_issuing_office_over_the_stamp_is_no_byline() -> None:
    text = (
        "Polizei Beispielland\nStartseite\nKarriere\nPresse\n"
        "Polizei Beispielland > Polizeidirektion Nordstadt > Medieninformationen\n"
        "Veröffentlicht am 04.03.2025, 10:45 Uhr\nPolizeidirektion Nordstadt\n"
        "Stadtwerke bauen 40 neue Ladepunkte\n" + _DE
    )
    art = compose(text, default_profiles())
    assert art.author == ""
    assert art.section == "Medieninformationen"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2025.11.20.", datetime(2025, 11, 20)),
        ("2025.3.4", datetime(2025, 3, 4)),
        ("2025. 11. 20. 14:30", datetime(2025, 11, 20, 14, 30)),
        ("Опубликовано 2024.02.29. 09:05", datetime(2024, 2, 29, 9, 5)),
    ],
)
def test_a_year_first_date_with_dots(text: str, want: datetime) -> None:
    (hit,) = find_dates(text, 2025)
    assert hit.value == want


@pytest.mark.parametrize("text", ["Version 2025.11.20.3", "1.2025.11.20", "Чучхе 114(2025).11.29."])
def test_dotted_numbers_that_are_no_year_first_date(text: str) -> None:
    assert find_dates(text, 2025) == []


@pytest.mark.parametrize(
    "line",
    [
        "Aus unseren Sozialen Medien: Folgen Sie uns auf Instagram und Mastodon!",
        "Social: Follow us on Mastodon",
        "Мы в соцсетях: подписывайтесь на нас в VK",
    ],
)
def test_a_labelled_call_to_follow_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_a_quoted_sentence_with_the_same_words_stays_text() -> None:
    assert not is_boilerplate(
        "Der Sprecher sagte: Folgen Sie uns nicht blind, prüfen Sie die Fakten selbst."
    )
