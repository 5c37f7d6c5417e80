"""A wire story saved to .odt with a yearless dateline ('Town, Nov 22 (AGENCY)') takes
its year from the document's creation date."""

from __future__ import annotations

import io

from tests.importers.makers import articles_of

_TEXT = [
    "Port trust to open second container berth next month",
    "Sampleport, Nov 22 (EXA) The port trust will open a second container berth next month, "
    "its chairman said on Saturday, doubling the harbour's capacity for large ships.",
    "The berth was built at a cost of about 900 million and has been tested for a month "
    "with feeder vessels, an official of the trust said, adding that cranes had arrived.",
]


def _odt(paragraphs: list[str], created: str) -> bytes:
    from odf.meta import CreationDate
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    doc.meta.addElement(CreationDate(text=created))
    for text in paragraphs:
        doc.text.addElement(P(text=text))
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def test_a_yearless_dateline_takes_the_year_the_document_was_made() -> None:
    (article,) = articles_of("wire.odt", _odt(_TEXT, "2024-11-22T15:25:00"))
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-11-22"
