"""A think tank's paper: the institute over its kind word ('Institut · STUDIE', 'X |
Discussion Paper') is the source, the topic label beside the labelled day ('Themenbereich:
X · Veröffentlicht am …') the section, the inclusive author label ('Autorinnen und
Autoren:') the byline, the findings box ('Zentrale Ergebnisse: …') the lead and the
suggested citation under the text ('Zitiervorschlag: …') no text; a headline that merely
opens with such a word ('Neue Studie: …') names no institute."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with, odt_with

_DE = (
    "Bis zum Jahr 2030 sollen alle Landkreise einen Plan für den Nahverkehr vorlegen. Eine "
    "Umfrage unter 80 Kreisen zeigt, dass viele von ihnen dafür noch Personal suchen."
)
_DE2 = (
    "Der häufigste Engpass ist das Geld. Fast die Hälfte der befragten Kreise gibt an, dass "
    "die Förderprogramme des Landes nicht ausreichen, um neue Buslinien zu bezahlen."
)
_EN = (
    "By 2030 every county must publish a plan for its buses and trains. A survey of 80 "
    "counties shows that many of them are still looking for staff to write it."
)
_EN2 = (
    "The most common bottleneck is money. Almost half of the counties say that the state's "
    "grant programmes are not enough to pay for new bus routes in rural areas."
)


def test_german_paper_front_and_citation() -> None:
    data = odt_with(
        [
            "Institut Beispiel · STUDIE",
            "Themenbereich: Verkehr · Veröffentlicht am 3. März 2025",
            "Nahverkehr auf dem Land: Was die Kreise brauchen",
            "Autorinnen und Autoren: Anna Beispiel, Ben Muster",
            "Zentrale Ergebnisse: 1. Viele Kreise suchen Personal. 2. Das Geld reicht nicht.",
            _DE,
            _DE2,
            "Zitiervorschlag: Institut Beispiel (2025): Nahverkehr auf dem Land. Studie.",
        ]
    )
    (art,) = articles_of("studie.odt", data)
    assert art.source == "Institut Beispiel"
    assert art.section == "Verkehr"
    assert art.author == "Anna Beispiel, Ben Muster"
    assert art.body.startswith("Bis zum Jahr 2030")
    assert "Zitiervorschlag" not in art.body and "Zentrale Ergebnisse" not in art.body


def test_english_paper_front_and_citation() -> None:
    data = docx_with(
        [
            "Example Institute | Discussion Paper",
            "Topic: Transport · Published on 3 March 2025",
            "Rural buses: what counties need",
            "Key results: 1. Many counties lack staff. 2. The grants are too small.",
            _EN,
            _EN2,
            "Suggested citation: Example Institute (2025): Rural buses. Discussion Paper.",
        ],
        table=False,
    )
    (art,) = articles_of("paper.docx", data)
    assert art.source == "Example Institute"
    assert art.section == "Transport"
    assert art.body.startswith("By 2030 every county")
    assert "Suggested citation" not in art.body and "Key results" not in art.body


def test_verfasser_label_and_russian_citation() -> None:
    data = odt_with(
        [
            "Nahverkehr auf dem Land",
            "Verfasserin: Anna Beispiel",
            _DE,
            _DE2,
            "Для цитирования: Институт (2025).",
        ]
    )
    (art,) = articles_of("note.odt", data)
    assert art.author == "Anna Beispiel"
    assert "Для цитирования" not in art.body


def test_headline_opening_with_a_kind_word_names_no_institute() -> None:
    data = odt_with(["Neue Studie: Kreise brauchen mehr Geld für Busse", _DE, _DE2])
    (art,) = articles_of("news.odt", data)
    assert art.source != "Neue"
    assert art.title.startswith("Neue Studie")
