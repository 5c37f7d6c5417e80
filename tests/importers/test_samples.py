"""Every sample clipping comes out with the metadata recorded in expected.yaml."""

from __future__ import annotations

from datetime import datetime

import pytest
import yaml

from app.importers import extract
from app.model import Extracted
from tests.importers.conftest import SAMPLES

EXPECTED = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))
FIELDS = ("title", "source", "dateline", "section", "language", "author")


def _items(name: str) -> list[Extracted]:
    items = extract(name, (SAMPLES / name).read_bytes())
    assert all(isinstance(i, Extracted) for i in items), items
    return [i for i in items if isinstance(i, Extracted)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_metadata(name: str) -> None:
    spec = EXPECTED[name]
    items = _items(name)
    assert len(items) == len(spec["items"])
    for n, (item, want) in enumerate(zip(items, spec["items"], strict=True)):
        art = item.article
        assert art.original_part == n
        for field in FIELDS:
            if field in want:
                assert getattr(art, field) == want[field], f"{name}#{n} {field}"
        assert art.published == datetime.fromisoformat(want["published"]), f"{name}#{n}"
        assert art.body.startswith(want["starts"])
        for snippet in want.get("contains", []):
            assert snippet in art.body, snippet
        for snippet in want.get("excludes", []):
            assert snippet not in art.body, snippet
        assert art.title not in art.body.split("\n\n")
        if "tags" in want:
            assert item.tags == want["tags"]


def test_every_sample_is_listed() -> None:
    files = {p.name for p in SAMPLES.iterdir() if p.name != "expected.yaml"}
    assert files == set(EXPECTED)


def test_encodings_are_what_expected_yaml_says() -> None:
    for name, spec in EXPECTED.items():
        raw = (SAMPLES / name).read_bytes()
        if spec["encoding"] in ("cp1251", "koi8-r", "cp1252"):
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
        elif spec["encoding"] == "utf-16":
            assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_print_version_has_the_same_body_as_the_page() -> None:
    page = _items("belta_de_milchexporte.txt")[0].article
    printed = _items("belta_de_milchexporte_druckversion.txt")[0].article
    assert " ".join(page.body.split()) == " ".join(printed.body.split())
