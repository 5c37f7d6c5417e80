"""A trail pasted one crumb a line over a list page's back link ("… / Ad-hoc-Mitteilungen /
Zurück zur Übersicht / date / headline"): the crumb above the link is the section."""

import pytest

from app.importers.sections import backlinked_trail


@pytest.mark.parametrize(
    ("head", "section"),
    [
        (["Investoren", "Finanznachrichten", "Ad-hoc-Mitteilungen", "Zurück zur Übersicht",
          "", "11.03.2026 | 18:05 Uhr"], "Ad-hoc-Mitteilungen"),
        (["Company", "Media", "Press releases", "Back to overview", "March 11, 2026"],
         "Press releases"),
        (["Инвесторам", "Раскрытие информации", "Существенные факты", "← Назад к списку",
          "11.03.2026"], "Существенные факты"),
    ],
)  # fmt: skip
def test_crumb_over_back_link(head: list[str], section: str) -> None:
    lines = [*head, "", "Northwind Optics raises its outlook for 2026", "", "Text."]
    assert backlinked_trail(lines, len(head) + 1) == section


def test_back_link_under_one_word_or_over_prose_is_no_trail() -> None:
    # one line over the link is a menu word, not a trail; a kicker between link and headline
    lines = ["Presse", "Zurück zur Übersicht", "11.03.2026", "Headline of the release", "Text."]
    assert backlinked_trail(lines, 3) == ""
    lines = ["Investoren", "Finanznachrichten", "Zurück zur Übersicht", "Exklusiv",
             "Headline of the release", "Text."]  # fmt: skip
    assert backlinked_trail(lines, 4) == ""
