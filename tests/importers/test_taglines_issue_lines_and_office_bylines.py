"""Agency and office pages pasted whole (blind batch 78): a site's tagline under its logo over
the menu, a list of the issue's other headlines over the headline, a publication or office
over its issue or release number, a stamp with reader and comment counters, a press
officer's byline with the office run in and the institution under it, a 'Place, date, РИА
«Name».' dateline, and the footers, credits and pitches such pages carry."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import boilerplate as bp
from app.importers.agency import parse_dateline
from app.importers.compose import compose
from app.importers.profiles import default_profiles
from tests.importers.makers import NEWS_MORE, NEWS_TEXT

_DE = (
    "Die Stadt baut bis zum Sommer zwei neue Radwege am Ufer, teilte das Bauamt am Dienstag "
    "mit. Die Kosten liegen bei rund drei Millionen Euro, den Großteil zahlt das Land.\n"
    "Mit den Arbeiten soll im Frühjahr begonnen werden, wenn die Witterung es zulässt; die "
    "Anwohner werden vorher in einer Versammlung über die Pläne informiert.\n"
)


def test_a_tagline_under_the_logo_over_the_menu_is_no_text() -> None:
    text = (
        "Example News\n"
        "Breaking news, special reports, world, business and sport coverage of all the "
        "region's current events. The region's news leader.\n"
        "Home\nNews\nBusiness\nSport\n"
        "Home » Business\nCity council backs a bigger tram network\n"
        "24 November 2025, 7:35 PM  |  Jane Roe  |  @ExampleNews\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "City council backs a bigger tram network"
    assert art.published == datetime(2025, 11, 24, 19, 35)
    assert art.author == "Jane Roe"
    assert art.body.startswith(NEWS_TEXT)
    assert "news leader" not in art.body


def test_the_issues_other_headlines_over_the_headline_and_the_publication() -> None:
    text = (
        "example.de\nStartseite › Rathaus › Stadtbote Nord\nStadtbote Nord\nAusgabe 112 / 2025\n"
        "Dienstag, 25. November 2025\nWeitere Meldungen dieser Ausgabe\n"
        "Bürgerversammlung im Stadtbezirk Nord am Donnerstag\n"
        "Bibliothek: Neue Öffnungszeiten an den Feiertagen\n"
        "Baureferat: Zwei neue Radwege am Ufer bis zum Sommer\n"
        f"{_DE}"
    )
    art = compose(text, default_profiles())
    assert art.title == "Baureferat: Zwei neue Radwege am Ufer bis zum Sommer"
    assert art.lead == ""
    assert (art.source, art.author) == ("Stadtbote Nord", "")
    assert art.body.startswith("Die Stadt baut")


def test_an_office_over_its_release_number_is_the_source() -> None:
    text = (
        "Landesportal\nStartseite > Presse > Ministerium für Verkehr\n"
        "Ministerium für Verkehr\nPressemitteilung Nr.: 87/2025\n"
        "Musterstadt, den 21. November 2025\nZwei neue Radwege am Ufer bis zum Sommer\n"
        f"{_DE}"
    )
    art = compose(text, default_profiles())
    assert art.source == "Ministerium für Verkehr"
    assert art.title == "Zwei neue Radwege am Ufer bis zum Sommer"


def test_a_stamp_with_its_reader_and_comment_counters() -> None:
    text = (
        "Example Finanzen\nNews / Konjunktur\nZwei neue Radwege am Ufer bis zum Sommer\n"
        "18.11.2025, 16:27 Uhr  |  Example Newswire  |  412 Leser  |  0 Kommentare\n"
        f"{_DE}"
    )
    art = compose(text, default_profiles())
    assert art.published == datetime(2025, 11, 18, 16, 27)
    assert art.lead == ""
    assert art.body.startswith("Die Stadt baut")


def test_a_press_officer_with_the_office_run_in_and_the_institution_under_it() -> None:
    text = (
        "Example Wissenschaftsdienst\nPressemitteilungen\n24.11.2025 10:15\n"
        "Zwei neue Radwege am Ufer bis zum Sommer\n"
        "Dr. Jane Roe Presse- und Öffentlichkeitsarbeit\nUniversität Musterstadt\n"
        f"{_DE}"
    )
    art = compose(text, default_profiles())
    assert art.title == "Zwei neue Radwege am Ufer bis zum Sommer"
    assert art.author == "Dr. Jane Roe"
    assert art.lead == ""
    assert art.body.startswith("Die Stadt baut")


def test_place_day_and_the_agency_kind_with_its_quoted_name() -> None:
    found = parse_dateline(
        "Примерск, 28 ноября, РИА «Пример». Аграрии республики собрали рекордный урожай.",
        default_profiles(),
    )
    assert found is not None
    assert (found.place, found.agency) == ("Примерск", "РИА Пример")  # RIA before a place


@pytest.mark.parametrize(
    "line",
    [
        "Тэги: образование, школы, строительство",
        "Читайте Example.Ру в Telegram и «Дзене»",
        "Визуализация: администрация города",
        "So soll die neue Brücke aussehen. Grafik: Baureferat",
        "Независимая журналистика требует ресурсов. Поддержите Example Observer.",
        "Independent journalism needs resources. Support Example News.",
        "Example Broadcasting, Mainroad 1, 103 Exampleville. Phone 515 3000",
        "Example News Agency (ENA), Harbour Road, Capital City, Examplia",
    ],
)
def test_page_furniture_of_agency_pages(line: str) -> None:
    assert bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["Wissenschaftliche Ansprechpartner:", "Mehr Wintersport-News", "More football news"]
)
def test_labels_that_end_the_text(line: str) -> None:
    assert bp.is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Grafik zeigt: die Kosten steigen bis 2030 in allen Bezirken der Stadt deutlich.",
        "The mayor said the plan, Main Street 5, would cost more than expected this year.",
    ],
)
def test_sentences_that_look_alike_stay(line: str) -> None:
    assert not bp.is_boilerplate(line)
