"""A page of numbered releases ("Nr. 12" / headline / text, …) gives one article each,
every one under the page's head; a numbered list of short lines stays one article."""

from app.importers import extract
from app.importers.numbered import numbered_reports
from app.model import Extracted

_PROSE_DE = (
    "Am Montag gegen 14 Uhr meldete eine Anwohnerin der Beispielstraße einen Brand in einem "
    "Kellerabteil, die Feuerwehr löschte ihn rasch und niemand wurde verletzt."
)
_PROSE_EN = (
    "On Tuesday afternoon officers were called to a shop on Example Road after staff saw a "
    "man leave with goods he had not paid for, and he was stopped nearby."
)
_PROSE_RU = (
    "Во вторник днём сотрудники полиции задержали мужчину, который пытался вынести из "
    "магазина на улице Примерной товары, не оплатив их на кассе."
)


def _page(mark: str, prose: str, head: str) -> str:
    items = [f"{mark} {n}\n\nMeldung {n} im Überblick\n\n{prose}\n" for n in (41, 42, 43)]
    return f"{head}\n\n" + "\n".join(items)


def test_german_daily_report_splits():
    parts = numbered_reports(_page("Nr.", _PROSE_DE, "Polizei Beispielstadt\nPressebericht"))
    assert len(parts) == 3
    assert all(p.startswith("Polizei Beispielstadt") for p in parts)
    assert "Meldung 42" in parts[1] and "Meldung 41" not in parts[1]


def test_english_and_russian_marks_split():
    assert len(numbered_reports(_page("No.", _PROSE_EN, "Example Police\nDaily log"))) == 3
    assert len(numbered_reports(_page("№", _PROSE_RU, "УМВД по Примерской области"))) == 3


def test_extract_gives_one_article_per_release():
    text = _page("Nr.", _PROSE_DE, "Polizei Beispielstadt\nPressebericht vom 24.11.2025")
    items = extract("beispiel_bericht.txt", text.encode())
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.title for a in arts] == [f"Meldung {n} im Überblick" for n in (41, 42, 43)]


def test_numbered_short_lines_stay_one_text():
    text = "Tagesordnung\n\nNr. 1\nBegrüßung\n\nNr. 2\nBericht des Vorstands\n\n" + _PROSE_DE
    assert numbered_reports(text) == []
    gapped = _page("Nr.", _PROSE_DE, "Kopf").replace("Nr. 42", "Nr. 47")
    assert numbered_reports(gapped) == []  # not consecutive: numbers of something else
