"""Blind batch 137 (fixer 137): a release's letterhead in the Word page header with the
press office tabbed to the right of the name and the address and phone line under it.

The address line made the whole header read as no letterhead. The legal form goes, as
from any letterhead ('ПАО «Пример»' → 'Пример').
"""

from __future__ import annotations

from tests.importers.makers import articles_of


def _release(header: list[str], label: str, title: str, opener: str) -> bytes:
    import io

    from docx import Document

    doc = Document()
    head = doc.sections[0].header
    head.paragraphs[0].text = header[0]
    for line in header[1:]:
        head.add_paragraph(line)
    for text in (label, title, opener, "Weitere Einzelheiten folgen in Kürze, hieß es.",
                 "Справка" if "«" in header[0] else "About Example"):  # fmt: skip
        doc.add_paragraph(text)
    doc.add_paragraph("Die Firma wurde 1990 gegründet und beschäftigt 5000 Menschen.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_letterhead_with_address_line_names_the_issuer() -> None:
    cases = [
        (["ПАО «Примеркалий»\tПресс-служба",
          "618000, Россия, г. Примерск, ул. Ленина, 1 • тел. +7 (000) 00-00-00"],
         "ПРЕСС-РЕЛИЗ", "«Примеркалий» завершил модернизацию фабрики",
         "Примерск, 17 ноября 2025 г. – ПАО «Примеркалий» сообщает о завершении модернизации "
         "обогатительной фабрики, в ходе которой заменены 48 машин и внедрена новая система.",
         "Примеркалий"),
        (["Beispielwerke AG\tUnternehmenskommunikation",
          "Beispielstraße 5 • 20095 Hamburg • Tel. 040 000000"],
         "PRESSEMITTEILUNG", "Beispielwerke eröffnen neues Werk in Hamburg",
         "Hamburg, 17. November 2025 – Die Beispielwerke haben am Montag ihr neues Werk im "
         "Hafen eröffnet, in dem künftig 300 Menschen arbeiten sollen, teilte das Unternehmen mit.",
         "Beispielwerke"),
        (["Example Mining plc\tMedia Relations", "1 Example Street, London EC1 • +44 20 0000 0000"],
         "PRESS RELEASE", "Example Mining completes upgrade of flotation plant",
         "London, 17 November 2025 – Example Mining has completed the upgrade of its flotation "
         "plant, replacing 48 machines and installing a new control system, the company said.",
         "Example Mining"),
    ]  # fmt: skip
    for header, label, title, opener, source in cases:
        (article,) = articles_of("release.docx", _release(header, label, title, opener))
        assert article.source == source, article.source
        assert article.title == title


def test_header_of_address_lines_only_names_no_issuer() -> None:
    header = ["Beispielstraße 5 • 20095 Hamburg", "Tel. 040 000000 • presse@example.de"]
    (article,) = articles_of(
        "release.docx",
        _release(header, "PRESSEMITTEILUNG", "Neues Werk im Hafen eröffnet",
                 "Hamburg, 17. November 2025 – Das neue Werk im Hafen ist am Montag eröffnet "
                 "worden, teilte die Betreiberin mit, 300 Menschen sollen dort arbeiten."),
    )  # fmt: skip
    assert "Tel." not in article.source and "Beispielstraße" not in article.source
