"""Page chrome seen in 2025 pastes that is not article text: reader controls, photo
credits in agency style, editing credits, related-story lists (German, English, Russian)."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate, is_footer


@pytest.mark.parametrize(
    "line",
    [
        "Schriftgrösse",
        "Schrift vergrößern Schrift verkleinern",
        "Article content",
        "Advertisement 2",
        "Story continues below",
        "(END)",
        "Lesezeit: 2 Min.",
        "Добавить в избранное",
        "Share this:",
        "Jakob Meier Korrespondent in Zentralasien",
        "Photo credit: primeminister.kz",
        "Oil rigs off the coast. Photo by Jane Roe /Bloomberg",
        "This file photo shows a container terminal in Busan. (Yonhap)",
        "Das Foto vom 3. Mai 2025 zeigt einen Windpark in der Provinz Hebei.",
        "A man walks past a bank in Almaty on May 2, 2025. (AP Photo/John Roe)",
        "Ein Hafen in Hamburg, 3. März 2025. REUTERS/Max Muster Erwerben Sie Lizenzrechte",
        "Berichterstattung von Max Muster; redigiert von Erika Muster",
        "[Edited by Jane Roe]",
        "Über dieses Thema berichtete tagesschau24 am 1. Oktober 2025 um 16:00 Uhr.",
        "Example News Agency. All rights reserved. Any use requires a link to the agency.",
        "Weitere News zum Thema",
        "Related posts",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["Verwandte Nachrichten", "Mehr aus Schweiz", "DW Empfehlungen", "Trending", "Most Viewed",
     "Материалы по теме", "Related posts"],
)  # fmt: skip
def test_related_story_headings_end_the_text(line: str) -> None:
    assert is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "The EU/US Trade deal was signed by both sides on Monday after long talks.",
        "Related to this, the minister said prices would rise again in spring.",
        "Trending upward, prices rose 5% in March, analysts at the bank said.",
        "Der Korrespondent in Moskau berichtete, die Gespräche seien ins Stocken geraten.",
    ],
)
def test_prose_is_not_chrome(line: str) -> None:
    assert not is_boilerplate(line) and not is_footer(line)


def _article(text: str):
    from app.importers import extract

    return extract("a.txt", text.encode("utf-8"))[0].article


def test_caption_beside_its_credit_is_not_the_title() -> None:
    art = _article(
        "Panorama\nWaldbrand bedroht Dörfer nahe der Hauptstadt\n12. August 2025, 09:41 Uhr\n"
        "AFP\nFeuerwehrleute kämpfen nördlich der Stadt gegen die Flammen\n© Max Muster/AFP\n"
        "Athen (AFP) - Ein großer Waldbrand hat in der Nacht mehrere Ortschaften bedroht, "
        "Hunderte Bewohner wurden in Sicherheit gebracht."
    )
    assert art.title == "Waldbrand bedroht Dörfer nahe der Hauptstadt"


def test_title_above_a_photo_credit_stays_the_title() -> None:
    art = _article(
        "Экономика\n17 марта 2025 14:27\nЭкспорт зерна в марте может снизиться\nФото: Интерфакс\n"
        "Москва. 17 марта. INTERFAX.RU - Экспорт зерна из России в марте может снизиться, "
        "считают аналитики."
    )
    assert art.title == "Экспорт зерна в марте может снизиться"


def test_tickers_menu_labels_and_name_lines_are_not_titles() -> None:
    art = _article(
        "Börse\nDAX 24.112 -0,3%\nGold 4.251 +1,1%\nSchweiz\n"
        "Dax knickt zum Wochenende deutlich ein\n"
        "Автор\nИрина Петрова\n17.10.2025 17:52\n"
        "FRANKFURT (dpa-AFX) - Neue Sorgen um Regionalbanken haben dem Aktienmarkt deutliche "
        "Verluste eingebrockt, sagten Händler am Freitag."
    )
    assert (art.title, art.author) == ("Dax knickt zum Wochenende deutlich ein", "Ирина Петрова")


def test_name_line_next_to_the_stamp_is_the_author() -> None:
    art = _article(
        "Economy\nGas exports to Europe rise six percent\n21 October 2025 16:05\nLeyla Huseynova\n"
        "BAKU, Azerbaijan, October 21. Azerbaijan exported 9.6 billion cubic meters of gas to "
        "Europe in nine months, the ministry said."
    )
    assert (art.title, art.author) == ("Gas exports to Europe rise six percent", "Leyla Huseynova")
