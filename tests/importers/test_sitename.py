"""The outlet's name from its chrome for sites without a profile: copyright notices and
the <title> suffix."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.sitename import copyright_owner, site_from_title, title_after


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2025 Morgenpost Online. Alle Rechte vorbehalten.", "Morgenpost Online"),
        ("© Tagesblatt Verlag GmbH & Co. KG", "Tagesblatt"),
        ("Copyright © 2024-2025 Baltic Wire S.A. All rights reserved.", "Baltic Wire"),
        ("ALL RIGHTS RESERVED © Copyright NOVA", "NOVA"),
        ("Все права защищены ©2001-2025 ООО «Вести.Ру». Сетевое издание", "Вести.Ру"),
        ("© ИА «Kaktus.kg» 2005-2025. Все права защищены.", "Kaktus.kg"),
        ("© 2025 Gulf Media Network", "Gulf"),
    ],
)
def test_copyright_owner(line: str, name: str) -> None:
    assert copyright_owner(line) == name


@pytest.mark.parametrize(
    "line", ["© Max Muster/AFP", "Foto: © Max Muster", "© dpa", "© imago images"]
)
def test_photo_credits_name_no_publisher(line: str) -> None:
    assert copyright_owner(line) == ""


def test_site_from_title_suffix() -> None:
    assert site_from_title("Курс тенге упал - Vesti.kz", "Курс тенге упал") == "Vesti.kz"
    assert site_from_title("Курс тенге упал - Vesti.kz", "Другой заголовок") == ""


def test_unprofiled_site_named_by_its_copyright_line() -> None:
    text = (
        "Stadtwerke erhöhen die Preise\n"
        "Die Stadtwerke erhöhen zum Juli die Preise für Strom und Gas, wie das Unternehmen "
        "am Montag mitteilte. Betroffen sind rund 80.000 Haushalte.\n"
        "Impressum\n"
        "© 2025 Kreisbote Online GmbH. Alle Rechte vorbehalten."
    )
    art = extract("k.txt", text.encode("utf-8"), profiles=())[0].article
    assert art.source == "Kreisbote Online"


def test_html_without_metadata_named_by_its_title_suffix() -> None:
    page = (
        "<html><head><title>Урожай зерна вырос на 10% - Vesti.kz</title></head><body>"
        "<h1>Урожай зерна вырос на 10%</h1><p>Урожай зерна в Казахстане в этом году вырос "
        "на десять процентов, сообщили в министерстве сельского хозяйства в понедельник. "
        "Аграрии собрали больше пшеницы и ячменя, чем годом ранее.</p></body></html>"
    )
    art = extract("v.html", page.encode("utf-8"), profiles=())[0].article
    assert art.source == "Vesti.kz"


def test_german_company_words_after_the_name_are_cut_whole() -> None:
    assert copyright_owner("© nd Verlags u. Druckerei GmbH") == "nd"
    assert copyright_owner("© 2024 Nordkurier Zeitungsverlag GmbH") == "Nordkurier"
    assert copyright_owner("© 2024 Verlag Der Freitag GmbH") == "Der Freitag"


def test_edition_word_marks_a_copyright_notice() -> None:
    assert copyright_owner("© Kärntner Tagblatt Onlineausgabe") == "Kärntner Tagblatt"


@pytest.mark.parametrize(
    ("title", "head", "rest"),
    [
        (
            "Rain Floods The Valley - Example Post - news",
            "rain floods the valley",
            " - Example Post - news",
        ),
        ("Rain floods the valley | Example Post", "Rain floods the valley", " | Example Post"),
        ("Rain floods the valley – Post", "Rain floods the valley", " – Post"),
        ("Rain floods the valley — Post", "Rain floods the valley", " — Post"),
        ("Rain floods the valley -", "Rain floods the valley", None),  # no separator's space
        ("Rain floods the valley: Example Post", "Rain floods the valley", None),
        ("Rain floods the valleys - Example Post", "Rain floods the valley", None),
        ("Snow floods the valley - Example Post", "Rain floods the valley", None),
    ],
)
def test_title_after_the_headline_and_its_separator(title, head, rest):
    """The one "the <title> opens with the headline, then a separator" test the site name,
    the <h2> headline and the section label share; each caller keeps its own bounds."""
    assert title_after(title, head) == rest
