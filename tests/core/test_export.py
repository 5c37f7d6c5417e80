"""Exports, press reviews, backup and restore."""

from __future__ import annotations

import codecs
import csv
import html
import json
import os
import stat
import zipfile
from datetime import date

import pytest
import yaml

from app.archive import Archive
from app.config import Config
from app.export.data import current_umask, delimiter_named, list_separator
from app.export.labels import environment_language, label, review_language
from app.export.review import review_title
from app.model import Article, Cancelled, ClippingsError, Progress
from tests.core.articles import ENGLISH, GERMAN, RUSSIAN, fresh


@pytest.fixture
def three(archive):
    ids = [archive.add(fresh(a), tags=["Watch/Grain"]).id for a in (GERMAN, ENGLISH, RUSSIAN)]
    return archive, ids


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "yaml"])
def test_data_exports_keep_every_field_and_script(three, tmp_path, fmt):
    archive, ids = three
    out = tmp_path / f"out.{fmt}"
    assert archive.export(ids, fmt, out) == 3
    text = out.read_text(encoding="utf-8-sig")
    if fmt == "csv":
        rows = list(csv.DictReader(text.splitlines()))
        assert rows[2]["title"] == RUSSIAN.title and rows[2]["tags"] == "Watch/Grain"
    elif fmt == "json":
        rows = json.loads(text)
        assert rows[0]["published"] == "2025-11-05T12:33:00+03:00"
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
    else:
        rows = yaml.safe_load(text)
    assert [r["title"] for r in rows] == [GERMAN.title, ENGLISH.title, RUSSIAN.title]
    assert rows[0]["source"] == "BelTA"


def test_press_review_html_is_escaped_and_self_contained(three, tmp_path):
    archive, ids = three
    archive.update(ids[1], {"notes": "<check> figures & sources"})
    out = tmp_path / "review.html"
    archive.export(ids, "html", out, title="Morning review")
    page = out.read_text(encoding="utf-8")
    assert "<h1>Morning review</h1>" in page
    assert page.count("<article") == 3
    assert "&lt;check&gt; figures &amp; sources" in page
    assert "<script" not in page and "http" not in page.split("<body>")[0]


def test_unknown_format_is_refused(three, tmp_path):
    archive, ids = three
    with pytest.raises(ClippingsError, match="unknown export format"):
        archive.export(ids, "docx", tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_backup_and_restore_round_trip(tmp_path):
    source = tmp_path / "a"
    with Archive.open(source, config=Config()) as archive:
        text = (
            "Grain prices rise again\n\nMOSCOW, March 3 - Grain prices rose again on Monday "
            "as exporters raised their offers. Traders expect the rally to continue."
        )
        (result,) = archive.import_bytes("note.txt", text.encode())
        archive.tag([result.id], add=["Watch"])
        manifest = archive.backup(tmp_path / "backup.zip")
    assert manifest["originals"] == 1
    with zipfile.ZipFile(tmp_path / "backup.zip") as zf:
        assert "archive.sqlite" in zf.namelist()
    target = tmp_path / "restored"
    Archive.restore_backup(tmp_path / "backup.zip", target)
    with Archive.open(target, config=Config()) as restored:
        hits = restored.search("tag:Watch grain")
        assert hits.ids == [result.id]
        assert restored.original(result.id)[1] == text.encode()
        assert restored.check().ok


def test_restore_reports_the_originals_then_the_index_rebuild_counts(tmp_path):
    """A 10,000-clipping restore takes minutes: both steps say how far they are."""
    with Archive.open(tmp_path / "a", config=Config()) as archive:
        for n in range(5):
            text = f"Grain report {n}\n\nGrain prices moved on day {n} as traders said."
            archive.import_bytes(f"note{n}.txt", text.encode())
        archive.backup(tmp_path / "b.zip")
    unpacked: list[Progress] = []
    target = tmp_path / "restored"
    Archive.restore_backup(tmp_path / "b.zip", target, progress=unpacked.append)
    assert [(p.done, p.total) for p in unpacked] == [(n, 5) for n in range(6)]
    assert all(p.current.startswith("originals/") for p in unpacked[1:])
    indexed: list[Progress] = []
    with Archive.open(target, config=Config(), on_progress=indexed.append) as restored:
        assert restored.search("grain").total == 5
    done = [p.done for p in indexed]
    assert done == sorted(done) and indexed[-1].done == indexed[-1].total == 5


def test_restore_refuses_damage_and_an_occupied_folder(tmp_path):
    with Archive.open(tmp_path / "a", config=Config()) as archive:
        archive.add(fresh(ENGLISH))
        archive.backup(tmp_path / "b.zip")
    with pytest.raises(ClippingsError, match="already holds an archive"):
        Archive.restore_backup(tmp_path / "b.zip", tmp_path / "a")
    (tmp_path / "junk.zip").write_bytes(b"PK not really")
    with pytest.raises(ClippingsError, match="not a Clippings backup"):
        Archive.restore_backup(tmp_path / "junk.zip", tmp_path / "c")
    with (
        zipfile.ZipFile(tmp_path / "b.zip") as zf,
        zipfile.ZipFile(tmp_path / "bad.zip", "w") as bad,
    ):
        for name in zf.namelist():
            data = zf.read(name)
            bad.writestr(name, data[:-10] if name == "archive.sqlite" else data)
    with pytest.raises(ClippingsError, match="damaged"):
        Archive.restore_backup(tmp_path / "bad.zip", tmp_path / "d")
    assert not (tmp_path / "d" / "archive.sqlite").exists()


@pytest.fixture
def umask():
    """Set the process umask for a test and put the old one back."""
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_exports_and_backups_are_readable_per_umask(three, tmp_path, umask, mask):
    """mkstemp makes 0600 files; what is handed on gets the mode open() would give."""
    archive, ids = three
    umask(mask)
    assert current_umask() == mask
    for fmt in ("csv", "html"):
        out = tmp_path / f"out.{fmt}"
        archive.export(ids, fmt, out)
        assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    archive.backup(tmp_path / "backup.zip")
    assert stat.S_IMODE((tmp_path / "backup.zip").stat().st_mode) == 0o666 & ~mask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


def test_press_review_order_is_newest_first(three, tmp_path):
    archive, ids = three
    note = Article(title="Undated note", body="A reader's note on the grain talks.", source="X")
    undated = archive.add(note).id
    out = tmp_path / "review.html"
    assert archive.export([undated, *ids], "html", out, newest=True) == 4
    page = out.read_text(encoding="utf-8")
    heads = [
        page.index(f">{html.escape(t)}</h2>") for t in (GERMAN.title, RUSSIAN.title, ENGLISH.title)
    ]
    assert heads == sorted(heads)  # 5.11.2025, 3.3.2025, 12.11.2024
    assert page.index(">Undated note</h2>") > heads[-1]
    assert review_title(date(2025, 11, 30)) == "Press review 30.11.2025"


def test_export_reports_progress_and_stops_when_cancelled(three, tmp_path):
    archive, ids = three
    seen: list[Progress] = []
    archive.export(ids, "json", tmp_path / "a.json", progress=seen.append)
    assert seen[-1] == Progress(3, 3, "")
    with pytest.raises(Cancelled):
        archive.export(ids, "json", tmp_path / "b.json", cancel=lambda: True)
    assert not (tmp_path / "b.json").exists()
    written: list[tuple[int, str]] = []
    archive.export(
        ids, "pdf", tmp_path / "c.pdf", writer=lambda a, p, t: written.append((len(a), t))
    )
    assert written == [(3, "Press review")]


def test_csv_split_at_semicolons_for_a_decimal_comma_locale_with_a_bom(three, tmp_path):
    """German and Russian Excel split a CSV at ';' (their decimal point is the comma):
    the export can write that, with the BOM that makes Excel read umlauts and Cyrillic."""
    archive, ids = three
    out = tmp_path / "out.csv"
    archive.export(ids, "csv", out, delimiter=list_separator(","))
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("id;title;") and "," not in header
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [r["title"] for r in rows] == [GERMAN.title, ENGLISH.title, RUSSIAN.title]
    assert list_separator(".") == ","
    assert [delimiter_named(t) for t in ("semicolon", ";", "TAB", "\\t", ",")] == [
        ";",
        ";",
        "\t",
        "\t",
        ",",
    ]
    for wrong in ("", ";;", "x", '"'):
        with pytest.raises(ClippingsError):
            delimiter_named(wrong)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["<title>Press review</title>", "Contents", "3 articles · compiled", "Note:"]),
        ("de", ["<title>Pressespiegel</title>", "Inhalt", "3 Artikel · erstellt", "Anmerkung:"]),
        (
            "ru",
            ["<title>Обзор прессы</title>", "Содержание", "3 статьи · составлен", "Примечание:"],
        ),
    ],
)
def test_a_review_speaks_its_language_and_prints_no_inbox_tag(three, tmp_path, language, words):
    archive, ids = three
    archive.tag(ids, add=["Inbox", "Inbox/Later"])
    archive.tag(ids[:1], add=["Watch/Wheat"])
    archive.update(ids[0], {"notes": "check the figures"})
    out = tmp_path / "review.html"
    archive.export(ids, "html", out, title="", language=language)
    page = out.read_text(encoding="utf-8")
    for word in words:
        assert word in page
    assert "Watch/Wheat" in page and "Inbox" not in page


def test_review_languages_plurals_and_the_environment(monkeypatch):
    assert [review_language(n) for n in ("de_DE.UTF-8", "ru-RU", "RU", "fr_FR", "", None)] == [
        "de",
        "ru",
        "ru",
        "en",
        "en",
        "en",
    ]
    assert [label("ru", "articles", n=n) for n in (1, 3, 5, 11, 21, 22)] == [
        "1 статья",
        "3 статьи",
        "5 статей",
        "11 статей",
        "21 статья",
        "22 статьи",
    ]
    assert label("en", "articles", n=1) == "1 article"
    assert review_title(date(2025, 11, 30), "de") == "Pressespiegel 30.11.2025"
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    assert environment_language() == "en"
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert environment_language() == "de"
    monkeypatch.setenv("LANGUAGE", "ru:en")
    assert environment_language() == "ru"
