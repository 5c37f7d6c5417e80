"""Lines of a document's frame: a terminal's slug, a byline's job title, an export stamp.

A news terminal prints the wire's code before the headline it repeats ('RTRS - Headline');
a trade paper prints the author's job title on the line under 'By: Name'; an e-paper or
database export stamps 'E-Paper-Export | Artikel-ID … | exportiert am …' under the text;
an e-paper's date line ends in its edition ('Seite 5 | Ausgabe Nordstadt'), no author.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import docx_with

HEADLINE = "Port operator lifts container volumes as new quay opens"
TEXT = (
    "The Northfield port operator handled 8% more containers in the third quarter, helped "
    "by a new deep-water quay that opened in July, the company said on Tuesday."
)
MORE = (
    "Volumes rose to 820 000 boxes, compared with 760 000 in the same quarter last year, "
    "while the number of ship calls increased by 4% to 1 210."
)


def _article(paragraphs: list[str]):  # type: ignore[no-untyped-def]
    [item] = extract("doc.docx", docx_with(paragraphs, table=False))
    assert isinstance(item, Extracted)
    return item.article


def test_terminal_slug_repeating_the_headline_is_not_the_title() -> None:
    art = _article(["27-Nov-2025 16:42:05 GMT", f"WIRE - {HEADLINE}", HEADLINE, TEXT, MORE])
    assert art.title == HEADLINE
    assert art.published is not None and art.published.hour == 16


def test_job_title_under_the_byline_is_no_headline() -> None:
    art = _article(
        ["Port Weekly", HEADLINE, "25th November 2025", "By: Jane Doe",
         "Senior Deputy Editor", TEXT, MORE, "Edited by: Port Weekly Reporter"]
    )  # fmt: skip
    assert art.title == HEADLINE
    assert art.author == "Jane Doe"
    assert art.published == datetime(2025, 11, 25)
    assert "Senior Deputy Editor" not in art.body
    assert art.body == f"{TEXT}\n\n{MORE}"  # the editor's credit under the text goes


def test_export_stamp_and_edition_line_are_frame() -> None:
    art = _article(
        ["Nordstädter Nachrichten", "Donnerstag, 20. November 2025 | Seite 5 | Ausgabe Nordstadt",
         "Hafen meldet mehr Container", "Von Anna Muster",
         "Nordstadt. Der Hafen hat im dritten Quartal acht Prozent mehr Container umgeschlagen, "
         "wie die Betreibergesellschaft am Dienstag mitteilte.",
         "Grund ist der neue Tiefwasserkai, der im Juli eröffnet wurde und größere Schiffe "
         "abfertigen kann als die alten Anlagen.",
         "E-Paper-Export | Artikel-ID 1234567 | exportiert am 20.11.2025 08:14"]
    )  # fmt: skip
    assert art.author == "Anna Muster"
    assert "exportiert am" not in art.body
