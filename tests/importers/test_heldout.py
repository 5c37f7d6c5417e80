"""Held-out clippings (tests/importers/data/heldout): agencies and site chromes the
heuristics were not written against. The benchmark reports their accuracy separately;
this test keeps what they already get right from regressing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.model import Extracted

HELDOUT = Path(__file__).parent / "data" / "heldout"
EXPECTED = yaml.safe_load((HELDOUT / "expected.yaml").read_text(encoding="utf-8"))
FIELDS = ("title", "source", "dateline", "section", "language", "author")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_heldout_clipping(name: str) -> None:
    want = EXPECTED[name]
    items = extract(name, (HELDOUT / name).read_bytes())
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    art = items[0].article
    for field in FIELDS:
        if field in want:
            assert getattr(art, field) == want[field], field
    expected = datetime.fromisoformat(want["published"])
    assert art.published is not None
    if expected.tzinfo is None or art.published.tzinfo is None:
        assert art.published.replace(tzinfo=None) == expected.replace(tzinfo=None)
    else:
        assert art.published == expected
    assert art.body.startswith(want["body_starts"])
    for snippet in want.get("excludes", []):
        assert snippet not in art.body, snippet
    assert not [p for p in art.body.split("\n\n") if is_boilerplate(p)]
