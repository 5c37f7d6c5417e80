"""An item's stamp line: the outlet, the day and the desk a clipping is printed under.

Monitoring digests print it over each item ("Märkische Allgemeine | 24.11.2025 | Ressort:
Brandenburg | Print, S. 9"), and analysts put the same line over a clipping they paste
into a document ("Abendzeitung · 25.11.2025 · Seite 9 · Ressort: München").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.importers.dates import STAMP_PARTS, find_dates
from app.importers.sections import stated_section


@dataclass
class ItemStamp:
    """What a monitoring digest prints over an item: its outlet, day and desk."""

    outlet: str = ""
    published: datetime | None = None
    section: str = ""


def one_line_stamp(line: str) -> ItemStamp | None:
    """'Märkische Allgemeine | 24.11.2025 | Ressort: Brandenburg | Print, S. 9' as outlet,
    day and desk, or None when the line is not such a stamp."""
    parts = STAMP_PARTS.split(line.strip())  # the outlet first
    if len(parts) < 2 or find_dates(parts[0]) or not 0 < len(parts[0].split()) <= 6:
        return None
    dated = [hit for part in parts[1:] for hit in find_dates(part) if hit.has_year]
    if not dated:
        return None
    desks = [desk for part in parts[1:] if (desk := stated_section(part))]
    return ItemStamp(parts[0], dated[0].value, desks[0] if desks else "")
