"""Twelfth blind batch: the logo over a holding company's copyright line, a picture
credit that is no copyright notice, the deepest crumb of a breadcrumb trail."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sections import section_of_line
from app.importers.sitename import masthead_brand

MENU = ["Politik", "Wirtschaft", "Sport"]
PARA = (
    "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den "
    "Fluss beschlossen, die Arbeiten sollen im kommenden Frühjahr beginnen. "
)


def _chrome(line: str) -> bool:
    return is_boilerplate(line) or bool(section_of_line(line))


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_german_compound_press_word_names_the_logo() -> None:
    lines = ["Musterzeitung", *MENU, "Abo"]
    assert masthead_brand(lines, _chrome, "Beispiel Medien AG") == "Musterzeitung"
    lines = ["Obertaler Tageszeitung", *MENU]
    assert masthead_brand(lines, _chrome, "Muster Holding") == "Obertaler Tageszeitung"


def test_logo_extending_a_company_owner_wins_but_not_a_brand_owner() -> None:
    lines = ["Example Asia", "Subscribe", "Log in", *MENU]
    assert masthead_brand(lines, _chrome, "Example", company=True) == "Example Asia"
    assert masthead_brand(lines, _chrome, "Example", company=False) == ""


def test_logo_motto_after_a_full_stop_is_not_the_name() -> None:
    lines = ["xyz. die tageszeitung", "Suche", "Menü", *MENU]
    assert masthead_brand(lines, _chrome, "xyz", company=True) == ""


def test_picture_rights_credit_is_no_copyright_notice() -> None:
    text = _paste(
        "Beispielsender",
        "Brücke beschlossen",
        "19. November 2025, 10:12 Uhr",
        "Blick auf den Fluss.",
        "Bildrechte: picture alliance/dpa | Max Muster",
        PARA * 3,
        "Impressum",
        "© 2025 Beispielsender",
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.source == "Beispielsender"


def test_deepest_crumb_under_a_known_section() -> None:
    assert section_of_line("Start › Nachrichten › Sachsen › Musterstadt") == "Musterstadt"
    assert section_of_line("Business / Automobiles") == "Automobiles"
    assert section_of_line("Home › Unternehmen › Industrie") == "Industrie"
    # a trail ending in its headline keeps the known section
    assert section_of_line("Startseite » Wirtschaft » Die Brücke wird teurer als geplant") == (
        "Wirtschaft"
    )
