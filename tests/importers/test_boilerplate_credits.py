"""Editors' initials lines, list counters and reprint notices are furniture; prose that
merely contains a slash is not."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    ["mik/dpa/Reuters", "(ans/AFP)", "list 2 of 4", "Ссылка на источник обязательна.",
     "Активная гиперссылка на Vesti.kz обязательна"],
)  # fmt: skip
def test_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["Die Bahn/Cargo-Sparte schreibt Verluste.", "and/or the ministry said so."]
)
def test_prose_with_slashes_stays(line: str) -> None:
    assert not is_boilerplate(line)


def test_appeals_epaper_offers_newsletter_names_and_comment_footers() -> None:
    from app.importers import boilerplate as bp

    assert bp.is_boilerplate("Jetzt unterstützen")
    assert bp.is_boilerplate("KZ-ePaper jetzt 2 Wochen gratis testen")
    assert bp.is_boilerplate("OÖN-Newsletter")
    assert bp.is_footer("Meistgelesene Artikel") and bp.is_footer("Meistkommentiert")
    assert bp.is_footer("17 Kommentare") and bp.is_footer("Top News Today")
    assert not bp.is_boilerplate("Die Zeitung stellt ihr E-Paper auf ein neues System um.")


def test_donation_box_heading_plea_and_button_dropped() -> None:
    from app.importers import extract

    para = "Der Stadtrat hat am Dienstag den Bau der neuen Brücke über den Fluss beschlossen. "
    text = (
        "Stadtrat beschließt Brückenbau\n"
        f"{para * 2}\n"
        "Wir zahlen mit\n"
        "Unabhängiger Journalismus braucht Ihre Hilfe. Schon mit 3 Euro sind Sie dabei.\n"
        "Jetzt unterstützen\n"
        f"Die Bauarbeiten sollen im Herbst beginnen und zwei Jahre dauern. {para}\n"
    )
    art = extract("d.txt", text.encode("utf-8"))[0].article
    assert "Wir zahlen mit" not in art.body and "Jetzt unterstützen" not in art.body
    assert "Die Bauarbeiten sollen" in art.body
