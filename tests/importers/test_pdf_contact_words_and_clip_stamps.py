"""Blind batch 137 (fixer 137): a two-column PDF clipping and its clip footer.

- A line of running text that opens with a word starting like a contact label
  ('Телецентра', 'Telekom', 'Webster') was read as a contact line of its own, cutting the
  paragraph (and the first line above it became the headline).
- A clipping service's stamp after the credit ('… стр. 3 • Вырезка создана 19.11.2025
  09:14') is when the clip was cut, not when the paper ran the text.
"""

from __future__ import annotations

from app.importers.compose import Hints
from app.importers.docfront import _source_line
from app.importers.pdflayout import _CONTACT


def test_contact_label_is_a_word_of_its_own() -> None:
    for line in ("Tel.: +49 40 1234", "Телефон: 8 800 000", "E-Mail: presse@example.de",
                 "Fax 040 1234", "Mobil: 0171 000", "www.example.ru"):  # fmt: skip
        assert _CONTACT.match(line), line
    for line in ("Телецентра начался завершающий этап", "Telekom erhöht die Preise",
                 "Webster said the plan", "Phones were ringing", "Mobility plans"):  # fmt: skip
        assert not _CONTACT.match(line), line


def _credit(line: str) -> Hints:
    hints = Hints()
    _source_line(["Headline of the clipping here", "Some text of the clipping. " * 5, line], hints)
    return hints


def test_clip_stamp_after_the_credit_dates_nothing() -> None:
    hints = _credit("Источник: газета «Примерная правда», с. 3 • Вырезка создана 19.11.2025")
    assert hints.fallback_source == "Примерная правда" and hints.published is None
    hints = _credit("Quelle: Beispielbote, Seite 4 · Ausschnitt erstellt am 19.11.2025")
    assert hints.fallback_source == "Beispielbote" and hints.published is None
    hints = _credit("Source: Example Herald, p. 7 | clip created 19/11/2025 09:14")
    assert hints.fallback_source == "Example Herald" and hints.published is None
    # the paper's own day before the stamp is kept
    hints = _credit("Source: Example Herald, 18/11/2025, p. 7 | clip created 19/11/2025 09:14")
    assert hints.published is not None and hints.published.day == 18
