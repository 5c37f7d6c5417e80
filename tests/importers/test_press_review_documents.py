"""An analyst's press review (several clippings in one Word file or PDF, each under its
source line) gives one article per clipping; the analyst's comment is the note."""

from __future__ import annotations

from app.importers import extract
from app.importers.review import clippings
from app.model import Extracted
from tests.importers.makers import docx_with, pdf_with_text

_FIRST = (
    "Die Stadtwerke wollen bis 2030 alle Linienbusse auf Wasserstoff und Batterie umstellen, "
    "teilte das Unternehmen am Montag mit. Dafür sollen in den kommenden Jahren rund 120 neue "
    "Fahrzeuge beschafft und zwei Betriebshöfe umgebaut werden."
)
_SECOND = (
    "Der Hafen meldet für die ersten neun Monate des Jahres einen Rekordumschlag bei Containern. "
    "Nach Angaben der Betreibergesellschaft wurden gut vier Prozent mehr Boxen bewegt als im "
    "Vorjahreszeitraum, vor allem im Verkehr mit Skandinavien."
)
_REVIEW = [
    "Pressespiegel Verkehr · Montag, 24. November 2025",
    "Erstellt für: Referat 3 · nur für den Dienstgebrauch",
    "Quelle: Beispiel-Zeitung, 24.11.2025, S. 12",
    "Stadtwerke stellen Busflotte bis 2030 um",
    "Von Jana Beispiel",
    _FIRST,
    "Kommentar: für die Ausschusssitzung am 2. Dezember vormerken.",
    "Quelle: Musterblatt, 23.11.2025, Ressort: Wirtschaft",
    "Hafen meldet Rekordumschlag bei Containern",
    _SECOND,
]


def _articles(name: str, data: bytes) -> list:  # type: ignore[type-arg]
    items = extract(name, data)
    assert all(isinstance(item, Extracted) for item in items)
    return [item.article for item in items]  # type: ignore[union-attr]


def test_each_clipping_of_a_word_review_is_an_article() -> None:
    first, second = _articles("review.docx", docx_with(_REVIEW, table=False))
    assert (first.title, first.source, first.author) == (
        "Stadtwerke stellen Busflotte bis 2030 um",
        "Beispiel-Zeitung",
        "Jana Beispiel",
    )
    assert first.published is not None and first.published.date().isoformat() == "2025-11-24"
    assert first.body.startswith("Die Stadtwerke wollen")
    assert "Pressespiegel" not in first.body and "Hafen" not in first.body
    assert first.notes == "Kommentar: für die Ausschusssitzung am 2. Dezember vormerken."
    assert "Kommentar" not in first.body
    assert (second.title, second.source, second.section) == (
        "Hafen meldet Rekordumschlag bei Containern",
        "Musterblatt",
        "Wirtschaft",
    )
    assert second.body.startswith("Der Hafen meldet") and second.original_part == 1


def test_a_pdf_review_is_split_the_same_way() -> None:
    titles = [a.title for a in _articles("review.pdf", pdf_with_text(_REVIEW))]
    assert titles == [
        "Stadtwerke stellen Busflotte bis 2030 um",
        "Hafen meldet Rekordumschlag bei Containern",
    ]


def test_one_clipping_stays_one_article_with_its_comment_as_note() -> None:
    (article,) = _articles("clip.docx", docx_with(_REVIEW[2:7], table=False))
    assert article.title == "Stadtwerke stellen Busflotte bis 2030 um"
    assert article.notes.startswith("Kommentar:")
    assert "Kommentar" not in article.body


def test_source_lines_of_a_reports_tables_do_not_split_it() -> None:
    table = ["Region | 2024 | 2025", "Nord | 12 | 14", "Quelle: Statistikamt, 20.11.2025"]
    lines = ["Bericht zur Lage", _FIRST, _SECOND, _FIRST, _SECOND, _FIRST, _SECOND]
    text = "\n".join([*lines, *table, "Busse im Vergleich", *table, "Bahnen im Vergleich", _SECOND])
    assert clippings(text) == [text]
    text = "\n".join([*lines[:2], *table, _FIRST, *table, _SECOND])
    assert clippings(text) == [text]  # each source line over running text, not a headline
