"""A breadcrumb trail ending in the page's own entry (its numbered label or its headline):
the crumb before it is the section."""

import pytest

from app.importers.sections import page_trail

TITLE = "Neue Regeln für Solarparks auf Ackerflächen vorgestellt"


@pytest.mark.parametrize(
    ("trail", "title", "section"),
    [
        ("Startseite > Presse > Pressemitteilungen > Pressemitteilung Nr. 87/2025", TITLE,
         "Pressemitteilungen"),
        ("Home > Media centre > Press releases > Press release No. 14",
         "Port opens new cargo terminal",
         "Press releases"),
        ("Главная > Пресс-центр > Пресс-релизы > Пресс-релиз № 52",
         "Суд утвердил мировое соглашение по делу о поставках", "Пресс-релизы"),
        ("Home > Media > Statements > Port opens new cargo terminal to…",
         "Port opens new cargo terminal to container ships", "Statements"),
    ],
)  # fmt: skip
def test_own_page_crumb_gives_way(trail: str, title: str, section: str) -> None:
    lines = ["Example Office", trail, "", title, "", "Text."]
    assert page_trail(lines, 3) == section


def test_numbered_desk_without_own_page_stays_unread() -> None:
    # a desk with a number that is no item ("Liga 2") is no page entry: the trail is left
    lines = ["Example Sport", "Startseite > Fußball > Liga 2", "", TITLE, "", "Text."]
    assert page_trail(lines, 3) == ""
