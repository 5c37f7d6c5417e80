"""Reading a file to import: its bytes, or a reason a person understands."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import importing
from app.model import ExtractionError


def test_the_bytes_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"text \xff\x00 bytes")
    assert importing.read_file(path) == b"text \xff\x00 bytes"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p, "no such file"),
        (lambda p: p.mkdir() or p, "a folder with no files of a kind Clippings imports .*"),
        (lambda p: p.with_name("gone").symlink_to(p) or p.with_name("gone"), "no such file"),
    ],
)
def test_what_cannot_be_read_says_why(tmp_path: Path, make, reason: str) -> None:
    path = make(tmp_path / "x.txt")
    with pytest.raises(ExtractionError, match=f"^{reason}$"):
        importing.read_file(path)


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (3 * 2**20))
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 2**20)
    with pytest.raises(ExtractionError, match=r"too large \(3 MB; the limit is 200 MB\)"):
        importing.read_file(path)


def test_a_folder_with_nothing_to_import_is_reported(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.png").write_bytes(b"\x89PNG")
    (tmp_path / "clips").mkdir()
    (tmp_path / "clips" / "a.txt").write_text("Title\n\nBody")
    found = list(importing.walk([tmp_path / "photos", tmp_path / "clips"]))
    assert found == [tmp_path / "photos", tmp_path / "clips" / "a.txt"]
    with pytest.raises(ExtractionError, match="a folder with no files"):
        importing.read_file(found[0])
