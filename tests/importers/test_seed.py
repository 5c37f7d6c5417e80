"""The real clipping from issue 3 (read from ../shared, skipped where absent)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.importers import extract
from app.model import Extracted


def test_seed_belta_clipping(shared: Path) -> None:
    path = shared / "seeds" / "000_ddde54f7eee3f05f.txt"
    [item] = extract(path.name, path.read_bytes())
    assert isinstance(item, Extracted)
    art = item.article
    assert art.title == (
        "Belarus und Kasachstan wollen bis 2030 ihren Warenumsatz auf $2 Mrd. steigern"
    )
    assert art.published == datetime(2025, 11, 5, 12, 33)
    assert (art.source, art.dateline, art.section, art.language) == (
        "BelTA",
        "Astana",
        "Wirtschaft",
        "de",
    )
    assert art.body.startswith("ASTANA, 5. November (BelTA) – Belarus und Kasachstan wollen")
    assert art.body.rstrip().endswith("resümierte Alexej Bogdanow.")
    for junk in ("Archivfoto", "Abonnieren Sie uns auf", "Letzte Nachrichten", "Staatsorgane",
                 "Alle Nachrichten", "Mittwoch"):  # fmt: skip
        assert junk not in art.body
    assert "\nX\n" not in f"\n{art.body}\n"
    assert not art.body.startswith(art.title)
    assert art.original_part == 0 and item.origin == path.name
