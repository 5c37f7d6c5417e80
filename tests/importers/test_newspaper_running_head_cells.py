"""A newspaper's running head set in two cells (blind batch 158).

The masthead stands at the page's left, '№ 91 (27 414) | 28 ноября 2025 года | ОБЩЕСТВО'
at its right: both leave the text as running lines, but the head names the paper, the
issue's day and the page's desk. The issue number may be grouped with a space, the
masthead is set in capitals (kept in its name's case), and the desk is a known rubric.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.compose import Hints
from app.importers.magazine import issue_head
from app.model import Extracted
from tests.importers.makers import Placed, pdf_with_layout


def test_head_gives_paper_day_and_desk_ru() -> None:
    hints = Hints()
    issue_head("СЕВЕРНЫЙ ВЕСТНИК № 12 (10 512) | 3 марта 2025 года | ЭКОНОМИКА", hints)
    assert hints.published == datetime(2025, 3, 3)
    assert hints.fallback_source == "Северный Вестник"
    assert hints.section == "Экономика"


def test_head_gives_paper_day_and_desk_de() -> None:
    hints = Hints()
    issue_head("TALBOTE Nr. 44 | 4. Dezember 2025 | Lokales", hints)
    assert hints.published == datetime(2025, 12, 4)
    assert hints.fallback_source == "TALBOTE"  # one word: an acronym may be meant
    assert hints.section == "Lokales"


def test_head_with_no_desk_or_an_unknown_tail_sets_no_section() -> None:
    hints = Hints()
    issue_head("Weekly Example No. 7 · 5 May 2025 · example.com", hints)
    assert hints.published == datetime(2025, 5, 5) and hints.section == ""
    other = Hints()
    issue_head("Weekly Example No. 7 · 5 May 2025 · Blue Moon Special", other)
    assert other.section == ""
    none = Hints()
    issue_head("Kapitel 3 · Seite 12 · Politik", none)  # no issue number: no head
    assert none.published is None and none.section == ""


TEXT = [
    "Die Gemeinde Talheim will bis zum Sommer die alte Schule sanieren lassen, sagte der",
    "Buergermeister am Dienstag vor dem Gemeinderat, der dem Vorhaben einstimmig zustimmte.",
    "Die Kosten liegen nach ersten Schaetzungen bei rund zwei Millionen Euro, von denen das",
    "Land einen grossen Teil tragen soll, wie die Verwaltung in der Sitzung erklaerte.",
]


def test_two_cell_head_of_a_pdf_names_paper_day_and_desk() -> None:
    def page(lines: list[str]) -> list[Placed]:
        head: list[Placed] = [(0.0, 806.0, 8.5, "TALHEIMER ANZEIGER")]
        head.append((262.0, 806.0, 8.5, "Nr. 91 (27 414) | 28. November 2025 | Lokales"))
        return head + [(0.0, 760.0 - 16 * n, 12, t) for n, t in enumerate(lines)]

    first = page(["Alte Schule wird saniert", *TEXT])
    second = page([*TEXT[::-1], "Anna Beispiel"])
    items = extract("page.pdf", pdf_with_layout([first, second]))
    art = next(i.article for i in items if isinstance(i, Extracted))
    assert art.published == datetime(2025, 11, 28)
    assert art.source == "Talheimer Anzeiger"
    assert art.section == "Lokales"
