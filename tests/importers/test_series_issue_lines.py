"""A research institute's paper: the issue line 'Nr. 7/2025 · Town, date' over the headline
is no headline (the series above it the section, the institute's short name before its full
one the source), and a figure's caption where its chart stood leaves the text."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with

_TEXT = [
    "Das Institut erwartet für das laufende Jahr ein Wachstum der Wirtschaftsleistung von 0,3 "
    "Prozent. Für das kommende Jahr wird eine Zunahme um 1,0 Prozent vorhergesagt.",
    "Getragen wird die Erholung vor allem vom privaten Konsum, während die Industrie weiter "
    "unter der schwachen Nachfrage aus dem Ausland und hohen Energiekosten leidet.",
]


def test_the_issue_line_gives_way_to_the_headline() -> None:
    data = docx_with(
        [
            "abc Institut – Beispiel-Institut für Wirtschaftsforschung an der Universität "
            "Musterstadt e. V.",
            "abc Prognose kompakt",
            "Nr. 7/2025 · Musterstadt, 20. November 2025",
            "Die Wirtschaft erholt sich nur langsam",
            *_TEXT,
            "Abbildung 1: Bruttoinlandsprodukt, Veränderung gegenüber Vorjahr in Prozent",
        ],
        table=False,
    )
    (article,) = articles_of("prognose.docx", data)
    assert article.title == "Die Wirtschaft erholt sich nur langsam"
    assert (article.source, article.section) == ("abc Institut", "abc Prognose kompakt")
    assert article.published is not None and article.published.date().isoformat() == "2025-11-20"
    assert "Abbildung 1" not in article.body and "Nr. 7/2025" not in article.body
