"""The column dialog's core: a bulk file's first rows read from its first 256 KB only,
the columns the importer would take, and mappings kept per header set."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import columns
from app.importers import extract


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_CONFIG_DIR", str(tmp_path / "config"))


def test_a_huge_file_is_peeked_from_its_first_bytes(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    row = "Titel;29.11.2025;" + "Ein langer Text über den Staudamm am Fluss. " * 20 + "\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Spalte1;Spalte2;Spalte3\n")
        for _ in range(30_000):  # ~27 MB
            handle.write(row)
    read: list[int] = []
    real_open = Path.open

    def counting_open(self, *args, **kwargs):
        handle = real_open(self, *args, **kwargs)
        real_read = handle.read

        def read_some(size=-1):
            data = real_read(size)
            read.append(len(data))
            return data

        handle.read = read_some
        return handle

    monkeypatch.setattr(Path, "open", counting_open)
    peek = columns.peek(path)
    assert peek is not None and peek.columns == ["Spalte1", "Spalte2", "Spalte3"]
    assert len(peek.rows) == columns.PREVIEW_ROWS and peek.rows[0][0] == "Titel"
    assert peek.needs_mapping and peek.defaults == {}
    assert sum(read) <= columns.PEEK_BYTES + 1 < path.stat().st_size // 100


def test_the_defaults_are_what_the_importer_takes(tmp_path):
    path = tmp_path / "de.csv"
    text = "Überschrift;Datum;Volltext;Quelle\nTitel;28.11.2025;Ein Text über den Damm.;Nord\n"
    path.write_text(text, encoding="utf-8")
    peek = columns.peek(path)
    assert not peek.needs_mapping
    assert peek.defaults == {
        "body": "Volltext",
        "title": "Überschrift",
        "published": "Datum",
        "source": "Quelle",
    }
    (item,) = extract("de.csv", text.encode(), mapping=peek.defaults)
    (plain,) = extract("de.csv", text.encode())
    assert item.article.title == plain.article.title == "Titel"


def test_a_headerless_file_the_importer_reads_asks_nothing(tmp_path):
    path = tmp_path / "bare.csv"
    body = "Die Nationalbank hat den Leitzins gesenkt, teilte sie am Montag mit. " * 4
    path.write_text(
        "\n".join(f'"Leitzins gesenkt {n}","2025-11-{n + 10}","{body}"' for n in range(5)),
        encoding="utf-8",
    )
    assert columns.peek(path) is None
    assert columns.peek(tmp_path / "note.txt") is None  # not a bulk file


def test_a_mapping_is_kept_per_header_set():
    assert columns.remembered(["A", "B"]) is None
    columns.remember(["Spalte1", "Spalte2"], {"body": "Spalte2", "title": "Spalte1"})
    columns.remember(["X", "Y"], {"body": "Y"})
    assert columns.remembered(["spalte2", "SPALTE1"]) == {"body": "Spalte2", "title": "Spalte1"}
    columns.remember(["Spalte1", "Spalte2"], {"body": "Spalte1"})
    assert columns.remembered(["Spalte1", "Spalte2"]) == {"body": "Spalte1"}
    assert columns.remembered(["X", "Y"]) == {"body": "Y"}
    assert columns.remembered(["Spalte1"]) is None
    (columns._maps_path()).write_text("{broken: [", encoding="utf-8")
    assert columns.remembered(["X", "Y"]) is None  # forgotten, never a failed import


def test_an_unwritable_config_folder_loses_only_the_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CLIPPINGS_CONFIG_DIR", str(blocker / "config"))  # under a file
    assert columns.remember(["A"], {"body": "A"}) is False
    assert columns.remembered(["A"]) is None
