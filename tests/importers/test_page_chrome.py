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
