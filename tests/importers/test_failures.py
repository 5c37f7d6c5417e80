"""Bad files are rejected with a reason a person understands; containers keep going."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.importers import extract, extract_clipboard, zipped
from app.model import Extracted, ExtractionError, ExtractionFailure
from tests.importers.conftest import DATA
from tests.importers.makers import docx_with, odt_with, zip_of

TEXT = (
    "Neuer Radweg in Potsdam\n\nPotsdam (dpa) - Die Stadt hat einen neuen Radweg entlang der "
    "Havel eröffnet, der zwei Stadtteile verbindet und Pendlern den Weg verkürzt.\n"
).encode()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        ("whitespace.txt", "empty"),
        ("binary.dat", "binary"),
        ("picture.txt", "PNG image"),
        ("truncated.zip", "damaged or truncated"),
        ("scan.pdf", "no text layer"),
        ("corrupt.pdf", "PDF is damaged"),
        ("cookie_wall.html", "no article text"),
        ("bad_front_matter.md", "front matter is malformed"),
        ("not_really.docx", "not"),
        ("no_word_part.docx", "not a word-processor file"),
    ],
)
def test_bad_files_fail_with_a_clear_reason(name: str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason) as info:
        extract(name, (DATA / name).read_bytes())
    message = str(info.value)
    assert "\n" not in message and len(message) < 120


def test_zip_path_traversal_is_refused() -> None:
    data = zip_of({"../../etc/evil.txt": TEXT, "/abs/path.txt": TEXT, "ok.txt": TEXT})
    items = extract("bad.zip", data)
    failures = [i for i in items if isinstance(i, ExtractionFailure)]
    assert {f.origin for f in failures} == {"bad.zip/../../etc/evil.txt", "bad.zip//abs/path.txt"}
    assert all("unsafe path" in f.reason for f in failures)
    assert [i.origin for i in items if isinstance(i, Extracted)] == ["bad.zip/ok.txt"]


def test_zip_bomb_member_is_refused() -> None:
    bomb = zip_of({"bomb.txt": b"0" * (20 * 2**20), "ok.txt": TEXT})
    assert len(bomb) < 200_000
    items = extract("bomb.zip", bomb)
    assert isinstance(items[0], ExtractionFailure) and "zip bomb" in items[0].reason
    assert isinstance(items[1], Extracted)


def test_zip_total_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipped, "MAX_TOTAL_BYTES", 1000)
    data = zip_of({"a.txt": TEXT * 10})
    with pytest.raises(ExtractionError, match="unpack to more than"):
        extract("big.zip", data)


def test_nested_zips_stop_at_the_depth_limit() -> None:
    inner = zip_of({"a.txt": TEXT})
    data = zip_of({"l1.zip": zip_of({"l2.zip": zip_of({"l3.zip": inner})})})
    with pytest.raises(ExtractionError, match="nested too deeply"):
        extract("nest.zip", data)


def test_zip_with_a_corrupt_member(tmp_path: Path) -> None:
    data = bytearray(zip_of({"a.txt": TEXT, "b.txt": TEXT}, zipfile.ZIP_STORED))
    pos = data.find(b"Havel", data.find(b"b.txt"))
    data[pos] ^= 0xFF
    items = extract("crc.zip", bytes(data))
    assert isinstance(items[0], Extracted)
    assert isinstance(items[1], ExtractionFailure) and "checksum" in items[1].reason


def _damaged(data: bytes, how: str) -> bytes:
    """A container whose biggest member's deflate stream is broken, or whose members all
    claim a compression method nobody implements (99, in the central directory)."""
    out = bytearray(data)
    if how == "deflate":
        info = max(zipfile.ZipFile(io.BytesIO(data)).infolist(), key=lambda i: i.compress_size)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for pos in range(start + info.compress_size // 2, start + info.compress_size // 2 + 40):
            out[pos] ^= 0x5A
        return bytes(out)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        out[pos + 10 : pos + 12] = (99).to_bytes(2, "little")
        pos = out.find(b"PK\x01\x02", pos + 4)
    return bytes(out)


@pytest.mark.parametrize("how", ["deflate", "method"])
@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("w.docx", lambda: docx_with([TEXT.decode()] * 20), "Word document is damaged"),
        ("o.odt", lambda: odt_with([TEXT.decode()] * 20), "damaged"),
    ],
)
def test_damaged_office_containers_fail_with_a_reason(name, make, reason, how) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExtractionError, match=reason):
        extract(name, _damaged(make(), how))


def test_all_items_failing_fails_the_file() -> None:
    with pytest.raises(ExtractionError, match="none of the"):
        extract("x.jsonl", b'{"text": ""}\n{"text": "  "}\n')


def test_csv_without_text_column() -> None:
    with pytest.raises(ExtractionError, match="no text column"):
        extract("x.csv", b"a,b\n1,2\n")


def test_page_of_only_navigation() -> None:
    with pytest.raises(ExtractionError):
        extract("nav.txt", b"Home\nNews\nAlle Nachrichten\nTeilen\nX\n")


def test_empty_clipboard() -> None:
    with pytest.raises(ExtractionError, match="clipboard"):
        extract_clipboard("", None)
