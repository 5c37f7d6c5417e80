"""Blind batch 137 (fixer 137): a document clipping's frame.

- A reader's note over a rule whose label runs long before its colon ('Notiz
  Medienbeobachtung Example Klinikum (KT, 24.11.2025): …') is the reader's, not the text.
- A site line naming the host, then the paper ('example.de – Example Zeitung'): the paper.
- A translation's field block labels its day 'Erschienen:'; the translator's notes are
  'Anmerkungen der Übersetzerin: …' in the plural too.
"""

from __future__ import annotations

from app.importers.docfront import _TRANSLATION, _without_note
from app.importers.sitename import plain_source
from tests.importers.makers import articles_of, docx_with

RULE = "——————————————————————————————"


def test_long_labelled_note_over_a_rule_goes() -> None:
    cases = [
        "Notiz Medienbeobachtung Beispielklinik Nord (KT, 24.11.2025): Lokalteil, Tenor "
        "kritisch. Bitte Sprachregelung vorbereiten.",
        "Analyst note for the regional communications office (JR, 24/11/2025): tone negative, "
        "please prepare lines.",
        "Примечание отдела мониторинга для пресс-службы (ИП, 24.11.2025): тон критический, "
        "подготовить комментарий.",
    ]
    for note in cases:
        lines = [note, RULE, "Example Site", "Headline of the clipping here"]
        assert _without_note(lines) == lines[2:]
    # a heading that opens a document with no rule under it stays
    kept = ["Hinweis zur Nutzung der Beispielbibliothek im Jahr 2025: neue Zeiten", "Text"]
    assert _without_note(kept) == kept


def test_note_over_a_docx_clipping_leaves_the_headline() -> None:
    paragraphs = [
        "Notiz Medienbeobachtung Beispielklinik Nord (KT, 24.11.2025): Lokalteil Beispielstadt, "
        "Tenor kritisch ggü. Kreisverwaltung. Bitte bis Mittwoch Sprachregelung vorbereiten.",
        RULE,
        "Startseite  ›  Lokales  ›  Beispielstadt",
        "Notaufnahme in Beispielstadt: Kreistag vertagt die Entscheidung",
        "Von Jana Muster",
        "22. November 2025, 06:00 Uhr",
        "Die Zukunft der Notaufnahme im Beispielstädter Krankenhaus bleibt ungewiss. Der "
        "Ausschuss hat die geplante Abstimmung vertagt, wie ein Sprecher mitteilte.",
        "Die Verwaltung will bis Januar ein Gutachten zu den Fahrzeiten vorlegen.",
    ]
    (article,) = articles_of("clip.docx", docx_with(paragraphs, table=False))
    assert article.title == "Notaufnahme in Beispielstadt: Kreistag vertagt die Entscheidung"


def test_host_before_the_papers_name_is_its_address() -> None:
    assert plain_source("example.de – Beispielbote") == "Beispielbote"
    assert plain_source("www.example-news.co.uk | The Example News") == "The Example News"
    assert plain_source("primer.ru — Вести Примерска") == "Вести Примерска"
    # look-alikes keep their names
    assert plain_source("Example.com") == "Example.com"
    assert plain_source("Beispielbote – Lokales") == "Beispielbote – Lokales"


def test_translation_fields_and_notes() -> None:
    paragraphs = [
        "Quelle: Example Qazaq Daily (example.kz)",
        "Erschienen: 27.11.2025, 10:45 (Ortszeit)",
        "Autor: Nurlan Beispiel",
        "Bis 2030 sollen neue Kanäle gebaut werden",
        "Das Land will bis 2030 neue Bewässerungskanäle bauen. Dies erklärte der Minister "
        "am Mittwoch in der Hauptstadt, wie sein Ministerium mitteilte.",
        "Anmerkungen der Übersetzerin: Namen in der im Deutschen üblichen Umschrift.",
    ]
    (article,) = articles_of("tr.docx", docx_with(paragraphs, table=False))
    assert article.source == "Example Qazaq Daily"
    assert "Anmerkungen" not in article.body
    assert _TRANSLATION.match("Translator's notes: names as usually spelt in English.")
    assert _TRANSLATION.match("Примечания переводчика: имена даны в принятой транскрипции.")
    assert not _TRANSLATION.match("Anmerkungen der Redaktion: Der Text wurde gekürzt.")
