"""Blind batch 210's families: a press review's field table whose outlet row names the
outlet's local edition after a comma ('Medium: Outlet, Lokalausgabe Ort')."""

from __future__ import annotations

from tests.importers.makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, docx_with


def _review(second_outlet: str) -> bytes:
    lines = [
        "Landratsamt Nordheim · Pressespiegel",
        "Mittwoch, 2. Dezember 2026",
        "",
        "Medium: Nordheimer Bote",
        "Datum: 02.12.2026",
        "Seite: 3",
        "Ressort: Region",
        "Grundschule Nordheim wird erweitert",
        REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
        "",
        f"Medium: {second_outlet}",
        "Datum: 02.12.2026",
        "Seite: 13",
        "Ressort: Südkreis",
        "Autor: Jana Beispiel",
        "Gemeinderat beschließt Umbau der Schule",
        REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
    ]
    return docx_with([ln for ln in lines if ln], table=False)


def test_outlet_row_with_its_edition_opens_a_clipping() -> None:
    arts = articles_of("review.docx", _review("Südkreis Kurier, Lokalausgabe Talheim"))
    assert [a.title for a in arts] == [
        "Grundschule Nordheim wird erweitert",
        "Gemeinderat beschließt Umbau der Schule",
    ]
    assert "Medium:" not in arts[0].body
    assert arts[1].section == "Südkreis"
    assert arts[1].author == "Jana Beispiel"


def test_the_edition_after_the_comma_is_no_part_of_the_source() -> None:
    arts = articles_of("review.docx", _review("Südkreis Kurier, Lokalausgabe Talheim"))
    assert arts[1].source == "Südkreis Kurier"
