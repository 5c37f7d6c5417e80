"""Agency pastes (blind batch 90): a "Place-AGENCY" dateline alone over the text, the
outlet's own name opening its text like a place ("Example24 — …"), a country's agency
named in full ("Kenya News Agency" is no brand "Kenya"), and the short German read-also
markers ("Auch lesen:", "Lesenswert:") between paragraphs."""

from __future__ import annotations

import pytest

from app.importers import boilerplate as bp
from app.importers.agency import bare_dateline
from app.importers.compose import compose
from app.importers.profiles import default_profiles
from app.importers.sitename import brand_name, copyright_owner

_EN = (
    "The ministry said on Tuesday that the new terminal would handle two million passengers "
    "a year once its second phase is finished, and that tenders would open in January.\n"
    "Officials added that the project is financed from the state budget and a loan from a "
    "regional development bank, with construction due to start next spring.\n"
)
_DE = (
    "Das Ministerium teilte am Dienstag mit, das neue Terminal werde nach dem zweiten "
    "Bauabschnitt jährlich zwei Millionen Passagiere abfertigen können.\n"
    "Finanziert werde das Vorhaben aus dem Staatshaushalt und mit einem Kredit einer "
    "regionalen Entwicklungsbank, hieß es weiter.\n"
)
_RU = (
    "Министерство во вторник сообщило, что новый терминал после второй очереди сможет "
    "обслуживать два миллиона пассажиров в год, а тендеры объявят в январе.\n"
    "Проект финансируется из государственного бюджета и за счёт кредита регионального "
    "банка развития, строительство начнётся следующей весной.\n"
)


@pytest.mark.parametrize(
    ("line", "place", "credit"),
    [
        ("Basra-XNA", "Basra", "XNA"),
        ("Kuwait City – EXNA", "Kuwait City", "EXNA"),
        ("Muscat — XONA", "Muscat", "XONA"),
        ("Tripoli -- LEX", "Tripoli", "LEX"),
    ],
)
def test_place_dash_credit_alone_over_the_text(line: str, place: str, credit: str) -> None:
    found = bare_dateline(line, "The ministry said on Tuesday that exports rose.")
    assert found is not None and (found.place, found.agency) == (place, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Sport - NBA",  # a desk and a league
        "BADEN-BADEN",  # a place in capitals, no credit
        "Politik – EU",  # a desk and a union
        "Gaza - LIVE",  # a label of the kind of piece
    ],
)
def test_labels_with_a_dash_are_no_credited_datelines(line: str) -> None:
    found = bare_dateline(line, "The ministry said on Tuesday that exports rose.")
    assert found is None or found.agency == ""


def test_place_dash_credit_gives_headline_dateline_and_source() -> None:
    text = (
        "Example Agency\nHome\nEconomy\nPorts handle record cargo volumes in November\n"
        "2025-11-26 14:05\nViews: 310\nBasra-XNA\n" + _EN
    )
    art = compose(text, default_profiles())
    assert art.title == "Ports handle record cargo volumes in November"
    assert (art.dateline, art.source) == ("Basra", "XNA")
    assert art.body.startswith("Basra-XNA\n\nThe ministry said")


@pytest.mark.parametrize(
    ("logo", "opener", "body"),
    [
        ("Exampleport", "Exampleport — ", _RU),
        ("Wirtschaftsdienst", "Wirtschaftsdienst – ", _DE),
        ("Newsdesk24", "Newsdesk24 - ", _EN),
    ],
)
def test_the_outlets_own_name_opening_its_text_is_no_dateline(
    logo: str, opener: str, body: str
) -> None:
    text = (
        f"{logo}\nГлавная\nЭкономика\n{logo} » Экономика\n"
        "Пассажиропоток аэропорта вырос на 12 процентов\nДата: 24 ноября 2025, 16:20\n"
        + opener
        + body
    )
    art = compose(text, default_profiles())
    assert art.dateline == ""
    assert art.body.startswith(opener.strip())


def test_a_city_named_desk_crumb_keeps_the_dateline() -> None:
    text = (
        "Example Zeitung\nHamburg\nRegion\nSport\nHamburg › Wirtschaft\n"
        "Neues Terminal soll 2028 öffnen\nVon Anna Beispiel\n19.11.25, 16:45 Uhr\n"
        "Hamburg. " + _DE
    )
    assert compose(text, default_profiles()).dateline == "Hamburg"


@pytest.mark.parametrize(
    ("notice", "owner"),
    [
        ("© 2025 Kenya News Agency. All rights reserved.", "Kenya News Agency"),
        ("Copyright 2025 Oman News Agency", "Oman News Agency"),
        ("© 2025 Ghana News Agency", "Ghana News Agency"),
    ],
)
def test_a_countrys_agency_keeps_its_whole_name(notice: str, owner: str) -> None:
    assert copyright_owner(notice) == owner


def test_a_brands_agency_is_its_brand() -> None:
    assert brand_name("Exampletrend News Agency") == "Exampletrend"
    assert brand_name("Jordanian News Agency") == "Jordanian News Agency"  # a nationality


@pytest.mark.parametrize(
    "line",
    [
        "Auch lesen: Simbabwe: Dürre treibt Kleinbauern in die Städte",
        "Auch lesen",
        "Lesenswert: Wie die Stadt ihr Wasser spart",
        "Ebenfalls lesenswert: Neue Tarife ab Januar",
    ],
)
def test_short_german_read_also_markers(line: str) -> None:
    assert bp.is_teaser(line)


@pytest.mark.parametrize(
    "line",
    [
        "Auch lesen Kinder heute weniger Bücher als früher, sagen Forscher.",
        "Lesenswert fand die Jury vor allem den zweiten Band der Reihe.",
    ],
)
def test_sentences_with_those_words_are_no_teasers(line: str) -> None:
    assert not bp.is_teaser(line)
