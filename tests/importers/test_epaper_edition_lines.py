"""An e-paper page whose edition line names the local edition first ('Town · Freitag,
21. November 2025 · Seite 4') under (or read above) the masthead in capitals: the masthead
is the source, the town no outlet, and the page's folio at the foot goes."""

from __future__ import annotations

from app.importers.compose import Hints
from app.importers.docfront import document_front

_TEXT = [
    "Musterstadt. Die Fähre zur Insel fährt ab Januar mit einem neuen Schiff, teilte die "
    "Reederei am Donnerstag mit. Es bietet Platz für 400 Fahrgäste und sechzig Autos.",
    "Das alte Schiff geht an eine Reederei in Dänemark. Die Fahrpläne bleiben gleich, die "
    "Preise steigen im Frühjahr um drei Prozent, hieß es weiter aus dem Unternehmen.",
]


def _front(head: list[str]) -> tuple[str, Hints]:
    lines = [
        *head,
        "MUSTERSTADT",
        "Neue Fähre zur Insel ab Januar",
        *_TEXT,
        "Seite 4 · BEISPIEL-KURIER · Freitag, 21. November 2025",
    ]
    return document_front("\n".join(lines))


def test_the_masthead_over_the_edition_line_is_the_source() -> None:
    for head in (
        ["BEISPIEL-KURIER", "Musterstadt · Freitag, 21. November 2025 · Seite 4"],
        ["Musterstadt · Freitag, 21. November 2025 · Seite 4", "BEISPIEL-KURIER"],
    ):
        body, hints = _front(head)
        assert hints.fallback_source == "Beispiel-Kurier"
        assert hints.section == "Musterstadt"
        assert "Seite 4" not in body and "BEISPIEL-KURIER" not in body
