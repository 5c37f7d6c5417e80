"""A press office's review mailed as hard-wrapped text: each headline underlined, a contents
line repeating the headlines, and each clipping's source, day, desk and author in a
bracketed source line under its text.
"""

from __future__ import annotations

import textwrap
from datetime import datetime

from app.importers.docfront import labelled_credit
from app.importers.normalize import unwrap
from tests.importers.makers import articles_of, mail_bytes

TEXT = [
    "Die Gemeinde Nordheim baut ihre Grundschule bis zum Sommer 2027 um und erweitert sie um "
    "vier Klassenräume, wie der Bürgermeister am Montag im Gemeinderat mitteilte. Die Pläne "
    "liegen seit dem Frühjahr vor und wurden mehrfach überarbeitet.",
    "Die Kosten liegen nach ersten Schätzungen bei rund 4,1 Millionen Euro, von denen das "
    "Land etwa die Hälfte übernehmen soll, der Rest kommt aus dem Haushalt der Gemeinde. "
    "Der Gemeinderat stimmte dem Vorhaben einstimmig zu.",
]


def _item(n: int, head: str, credit: str) -> str:
    text = "\n\n".join(textwrap.fill(p, 72) for p in TEXT)
    return f"{n}. *****\n{head}\n{'-' * len(head)}\n\n{text}\n\n{credit}\n{'-' * 60}\n\n"


def _review() -> bytes:
    heads = ["Grundschule Nordheim wird größer", "Neue Radwege im Landkreis geplant"]
    body = (
        "Landratsamt Beispielkreis - Pressestelle\n\nPRESSESPIEGEL Mittwoch, 26.11.2025\n\n"
        f"Inhalt: 1. {heads[0]} / 2.\n{heads[1]}\n\n{'=' * 60}\n\n"
        + _item(
            1,
            heads[0],
            "(Quelle: Nordheimer Bote, 26.11.2025, Seite 11, Ressort: Region Nord - "
            "Autor: Jan Roth)",
        )
        + _item(
            2,
            heads[1],
            "(Quelle: beispiel.de, 25.11.2025, 19:40 Uhr, Ressort: Bayern - Autorin: Eva Lang)",
        )
        + "Pressestelle Landratsamt Beispielkreis · Hauptstraße 1 · 12345 Beispielstadt\n"
    )
    return mail_bytes("Pressestelle <presse@example.org>", "Pressespiegel 26.11.2025", body)


def test_underlined_headlines_contents_and_source_lines_under_the_text() -> None:
    """Each underlined headline titles its clipping (the underline separates nothing), the
    contents line is the review's frame, and the bracketed source line under each text
    gives its outlet, day, desk and author; the wrapped text is joined into paragraphs."""
    first, second = articles_of("review.eml", _review())
    assert first.title == "Grundschule Nordheim wird größer"
    assert (first.source, first.section, first.author) == (
        "Nordheimer Bote",
        "Region Nord",
        "Jan Roth",
    )
    assert first.published == datetime(2025, 11, 26)
    assert first.body.split("\n\n")[0] == " ".join(TEXT[0].split())
    assert "Quelle" not in first.body
    assert (second.source, second.section, second.author) == ("beispiel.de", "Bayern", "Eva Lang")
    assert second.published == datetime(2025, 11, 25, 19, 40)


def test_a_bracketed_source_line_names_outlet_day_desk_and_author() -> None:
    stamp, author = labelled_credit("(Quelle: Nordheimer Bote, 26.11.2025, S. 3)") or (None, "")
    assert stamp is not None and (stamp.outlet, stamp.published) == (
        "Nordheimer Bote",
        datetime(2025, 11, 26),
    )
    assert author == ""
    assert labelled_credit("(Quelle: eigene Recherche)") is None


def test_a_long_line_standing_alone_leaves_the_wrapped_text_wrapped() -> None:
    """The wrap column is that of the lines another line continues: a long credit line on
    its own under the text does not hide that the text is hard-wrapped."""
    text = "\n\n".join(textwrap.fill(p, 72) for p in TEXT)
    text += "\n\n(Quelle: " + "sehr lange Angabe " * 6 + ")"
    assert unwrap(text).split("\n")[0] == " ".join(TEXT[0].split())
