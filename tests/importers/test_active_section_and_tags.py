"""The menu entry a page repeats above its headline is the section (not the menu's last
word, a kicker or a known word further up); topic tags under the stamp are not the title."""

from __future__ import annotations

from app.importers import extract
from app.importers.sections import active_section

PARA = "Der Landtag hat am Freitag einen neuen Zuschuss für pflegende Angehörige beschlossen. "


def _article(text: str):
    return extract("x.txt", text.encode("utf-8"))[0].article


def test_repeated_menu_entry_above_the_title() -> None:
    lines = ["Steiermark", "Tirol", "Politik", "Meinung", "Tirol", "Landtag", "Titel der Meldung"]
    assert active_section(lines, 6) == "Tirol"


def test_breadcrumb_naming_a_menu_entry_beats_the_kicker() -> None:
    lines = ["Politik", "Wirtschaft", "Kultur", "Home › Wirtschaft", "Börse", "Titel"]
    assert active_section(lines, 5) == "Wirtschaft"


def test_no_repeat_no_active_section() -> None:
    assert active_section(["Politik", "Wirtschaft", "Landtag", "Titel"], 3) == ""
    assert active_section(["Seite 1", "Seite 1", "Titel"], 2) == ""  # figures are no label
    assert active_section(["Politik", "Wirtschaft", "Wirtschaft", "Titel"], 3) == ""  # doubled
    assert active_section(["Alle Nachrichten", "Kultur", "Alle Nachrichten", "Titel"], 3) == ""


def test_section_in_a_paste_with_a_header_bar_date() -> None:
    art = _article(
        "Beispiel Zeitung\nAbo\nAnmelden\nSteiermark\nTirol\nPolitik\nSport\nMeinung\n"
        "Samstag, 29. März 2025\nTirol\nLandtag\n"
        "Landtag beschließt Bonus für pflegende Angehörige\n28. März 2025, 16:35 Uhr\n"
        f"{PARA * 3}\n"
    )
    assert art.section == "Tirol"
    assert art.title == "Landtag beschließt Bonus für pflegende Angehörige"


def test_country_tag_under_the_stamp_is_not_the_title() -> None:
    para = "Таджикская алюминиевая компания в первом полугодии увеличила экспорт металла. "
    art = _article(
        "Экономика\nТаджикистан за полгода увеличил экспорт алюминия на 15%\n"
        f"16:12, 5 августа 2025\nТаджикистан\n{para * 3}\n"
    )
    assert art.title == "Таджикистан за полгода увеличил экспорт алюминия на 15%"
    assert art.body.startswith("Таджикская алюминиевая")


def test_short_title_right_under_a_stamp_without_a_heading_above_stays() -> None:
    para = "Таджикская алюминиевая компания в первом полугодии увеличила экспорт металла. "
    art = _article(f"Экономика\n16:12, 5 августа 2025\nЭкспорт растёт\n{para * 3}\n")
    assert art.title == "Экспорт растёт"
