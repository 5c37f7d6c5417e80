"""A section printed with other chrome (the issue's folio, a trail) is filed bare."""

from __future__ import annotations

import pytest

from app.importers.sections import plain_section
from tests.importers.makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, docx_with


@pytest.mark.parametrize(
    ("printed", "filed"),
    [
        ("Экономика · Выпуск № 12 (4410)", "Экономика"),
        ("Lokales | Seite 3", "Lokales"),
        ("Business • Issue #7", "Business"),
        ("Kreis Nordheim > Gemeinden", "Gemeinden"),
        ("Region » Umland", "Umland"),
        ("Город › Транспорт", "Транспорт"),
    ],
)
def test_folio_and_trail_are_cut_off(printed: str, filed: str) -> None:
    assert plain_section(printed) == filed


@pytest.mark.parametrize(
    "section", ["Politik und Gesellschaft", "Wirtschaft · Finanzen", "Top 10", "Energie / Umwelt"]
)
def test_a_plain_section_stays(section: str) -> None:
    assert plain_section(section) == section


def test_a_clippings_rubric_label_loses_its_issue_number() -> None:
    data = docx_with(
        [
            "Rubrik: Lokales · Ausgabe Nr. 212",
            "Nordheim baut die Grundschule um",
            "Von Lena Beispiel",
            REVIEW_DE_TEXT,
            REVIEW_DE_MORE,
        ],
        table=False,
    )
    (article,) = articles_of("clip.docx", data)
    assert article.section == "Lokales"
