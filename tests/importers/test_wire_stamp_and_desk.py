"""A wire's own stamps: the desk named in its service line, the send time at its foot.

An agency bulletin prints "Service · Ressort Kultur" over the item (the desk is the section,
before a slash-separated keyword line) and ends in a stamp "ABC0455 2025-11-20/14:05":
the ISO date with its time after a slash.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.dates import find_dates
from app.importers.sections import stated_section
from app.model import Extracted

WIRE = """APA-Basisdienst · Ressort Kultur
APA0455 5 KI 0321 Do, 20.Nov 2025
Theater/Wien/Österreich
Volkstheater zeigt neue Inszenierung von Nestroys Posse
Wien (APA) - Das Volkstheater bringt im Februar eine neue Inszenierung von Johann Nestroys \
Posse auf die Bühne. Regie führt eine junge Regisseurin, die damit ihr Debüt am Haus gibt, \
teilte das Theater am Donnerstag mit.
Die Premiere ist für den 14. Februar angesetzt, der Vorverkauf beginnt kommende Woche. \
Das Haus hatte in der laufenden Saison mehr Besucher gezählt als in den Jahren zuvor.
(Schluss) abc/def
APA0455 2025-11-20/14:05
"""


def test_iso_date_with_a_time_after_a_slash() -> None:
    [hit] = find_dates("APA0455 2025-11-20/14:05")
    assert hit.value == datetime(2025, 11, 20, 14, 5) and hit.has_time


def test_desk_named_without_a_colon() -> None:
    assert stated_section("APA-Basisdienst · Ressort Kultur") == "Kultur"
    assert stated_section("Rubrik: Politik") == "Politik"
    assert stated_section("Section 114 notices without emergency support") == ""


def test_wire_item_takes_desk_and_send_time() -> None:
    [item] = extract("wire.txt", WIRE.encode())
    assert isinstance(item, Extracted)
    art = item.article
    assert art.section == "Kultur"
    assert art.published == datetime(2025, 11, 20, 14, 5)
    assert art.title == "Volkstheater zeigt neue Inszenierung von Nestroys Posse"
    assert art.body.startswith("Wien (APA) - Das Volkstheater")
