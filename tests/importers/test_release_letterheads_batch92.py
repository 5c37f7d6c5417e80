"""Press releases whose issuer stands only in the letterhead (blind batch 92).

A release's kind label ('Media statement', 'Presseaussendung') is the document's type, never
its desk, and marks the letterhead over it: a Word file's page header holding the issuer's
name, a PDF logo set far larger than the text at the top of every page. A bold 'Place, full
date' run the PDF sets back over itself goes on with the text, and a place of two cased
words before the full date and a dash is the dateline.
"""

from __future__ import annotations

import textwrap

from app.importers import extract
from app.importers.agency import bare_dateline
from app.model import Extracted
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, Placed, pdf_with_layout


def _docx(header: list[str], paragraphs: list[str]) -> bytes:
    import io

    from docx import Document

    doc = Document()
    part = doc.sections[0].header
    part.paragraphs[0].text = header[0]
    for text in header[1:]:
        part.add_paragraph(text)
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _article(name: str, data: bytes):  # type: ignore[no-untyped-def]
    (item,) = extract(name, data)
    assert isinstance(item, Extracted)
    return item.article


DE_TEXT = (
    "Linz – Die Zahl der neuen Betriebe im Land ist im dritten Quartal deutlich gestiegen. "
    "Insgesamt wurden 2.140 Gründungen gezählt, um 6 Prozent mehr als im Vorjahr, teilte "
    "die Kammer am Mittwoch mit."
)
EN_TEXT = (
    "Harbour Freight Lines has cut the waiting time for container ships at its northern "
    "terminal to under two days, the company said on Thursday, after new cranes went into "
    "service."
)
RU_TEXT = (
    "Томск, 3 марта 2025 г. – Компания «Примертех» открыла в городе второй сборочный цех. "
    "На новом производстве будут работать 240 человек, выпуск продукции вырастет вдвое."
)


def test_word_header_names_the_issuer_of_a_labelled_release() -> None:
    cases = [
        (["OBERLAND GEWERBEKAMMER", "Presseabteilung"],
         ["PRESSEAUSSENDUNG", "Linz, 26. November 2025",
          "Mehr Gründungen im dritten Quartal", DE_TEXT,
          "Rückfragehinweis:", "Oberland Gewerbekammer", "Presseabteilung"],
         "Oberland Gewerbekammer", "Linz"),
        (["Harbour Freight Lines"],
         ["MEDIA STATEMENT", "27 November 2025",
          "Harbour Freight Lines cuts ship waiting times", EN_TEXT],
         "Harbour Freight Lines", ""),
        (["Примертех"],
         ["ПРЕСС-РЕЛИЗ", "Примертех открыл второй цех в Томске", RU_TEXT],
         "Примертех", "Томск"),
    ]  # fmt: skip
    for header, paragraphs, source, place in cases:
        article = _article("release.docx", _docx(header, paragraphs))
        assert article.source == source, article.source
        assert article.section == ""
        assert article.dateline == place
        assert article.body.split("\n")[0] not in header


def test_word_header_without_a_release_label_is_no_source() -> None:
    article = _article(
        "note.docx",
        _docx(["Harbour Freight Lines"], ["Ships wait less at the north terminal", EN_TEXT]),
    )
    assert article.source != "Harbour Freight Lines"


def test_release_kind_label_is_no_desk() -> None:
    for label in ("Media Statement", "Presseaussendung", "Press statement"):
        article = _article(
            "release.docx",
            _docx(["Example Holdings"], [label, "Example Holdings opens a depot", EN_TEXT]),
        )
        assert article.section == "", (label, article.section)


def _release_pdf(logo: Placed, pages: int = 2) -> bytes:
    head: list[Placed] = [logo, (400.0, 790.0, 8, "Hafenstrasse 4, 20457 Hamburg")]
    first = [*head, (10.0, 720.0, 15, "Neue Kräne verkürzen die Liegezeiten")]
    y = 690.0
    for text in (NEWS_TEXT, NEWS_MORE):
        for row in textwrap.wrap(text, 85):
            first.append((10.0, y, 10.5, row))
            y -= 14
        y -= 10
    rest = [[*head, (10.0, 700.0, 8, "Media contact: press office, +49 40 123")]]
    return pdf_with_layout([first, *rest[: pages - 1]])


def test_large_logo_on_every_page_names_the_issuer() -> None:
    for logo, name in (
        ((0.0, 770.0, 30, "NORVEX"), "NORVEX"),
        ((0.0, 770.0, 26, "Elbtal Energie"), "Elbtal Energie"),
        ((5.0, 775.0, 24, "Portline"), "Portline"),
    ):
        assert _article("release.pdf", _release_pdf(logo)).source == name


def test_running_title_in_text_size_is_no_logo() -> None:
    article = _article("report.pdf", _release_pdf((0.0, 770.0, 10.5, "Quarterly Report")))
    assert article.source != "Quarterly Report"


def test_run_set_back_over_a_bold_place_and_date_goes_on_with_the_text() -> None:
    page: list[Placed] = [
        (10.0, 760.0, 16, "Stadtwerke bauen neues Umspannwerk"),
        (10.0, 720.0, 11, "Bad Ems, 26. November 2025"),
        (10.0, 720.0, 11, "- Die Stadtwerke haben am Mittwoch mit dem Bau eines"),
        (10.0, 704.0, 11, "Umspannwerks begonnen, das ab 2027 rund 9.000 Haushalte versorgen soll"),
        (10.0, 688.0, 11, "und den Ausbau der Ladepunkte in der Innenstadt ermöglicht."),
    ]  # fmt: skip
    article = _article("release.pdf", pdf_with_layout([page]))
    assert article.body.startswith("Bad Ems, 26. November 2025 - Die Stadtwerke haben")
    assert article.dateline == "Bad Ems"


def test_two_word_place_before_a_full_date_is_a_dateline() -> None:
    for line, place in (
        ("Нижний Новгород, 3 марта 2025 г. – Компания открыла цех", "Нижний Новгород"),
        ("Bad Homburg, 26. November 2025 – Die Firma hat", "Bad Homburg"),
        ("Port Elizabeth, 27 November 2025 – The port said", "Port Elizabeth"),
    ):
        found = bare_dateline(line)
        assert found is not None and found.place == place, line
    # no date between them: a phrase before a dash, no place
    assert bare_dateline("Neue Zahlen – Die Firma hat mehr verkauft") is None
