"""Nothing lost: the index catches up after a crash and is rebuilt when damaged."""

from __future__ import annotations

import shutil

import pytest

from app.archive import Archive
from app.config import Config
from app.store import articles
from tests.core.articles import ENGLISH, GERMAN, fresh


def open_archive(root, messages=None):
    sink = messages if messages is not None else []
    return Archive.open(root, config=Config(), on_message=sink.append)


def test_changes_committed_to_the_store_but_not_the_index_are_caught_up(tmp_path):
    root = tmp_path / "a"
    with open_archive(root) as archive:
        archive.add(fresh(ENGLISH))
        # what a kill -9 between the store commit and the index commit leaves behind:
        with archive.store.transaction() as conn:
            article = fresh(GERMAN)
            article.content_hash = "x"
            new_id = articles.insert(conn, article)
    messages: list[str] = []
    with open_archive(root, messages) as archive:
        assert archive.search("Warenumsatz").ids == [new_id]
        assert archive.store.scalar("SELECT COUNT(*) FROM index_outbox") == 0
    assert any("behind the archive by 1" in m for m in messages)


def test_a_killed_process_leaves_the_index_repairable(tmp_path):
    """A real kill -9 in the middle of a bulk import, then a fresh open."""
    import os
    import signal
    import subprocess
    import sys
    import textwrap
    import time

    root = tmp_path / "a"
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(400):
        (folder / f"{n:04}.txt").write_text(
            f"Grain report number {n}\n\nThe grain harvest in region {n} reached "
            f"{n * 7} tonnes this week, officials said. Farmers expect prices to hold "
            f"steady until the end of the season, according to survey {n}.\n"
        )
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from app.archive import Archive
        from app.config import Config
        a = Archive.open(Path({str(root)!r}), config=Config(index_batch=50))
        a.import_paths([Path({str(folder)!r})])
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=os.getcwd())
    # the loop ends once 120 are stored; a loaded machine may take minutes to get there
    deadline = time.monotonic() + 240
    db = root / "archive.sqlite"
    import sqlite3

    while time.monotonic() < deadline:
        time.sleep(0.05)
        if db.exists():
            try:
                count = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if count >= 120:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_archive(root) as archive:
        stored = archive.article_count()
        assert stored >= 120
        assert archive.search("grain", limit=None).total == stored
        assert archive.check().ok


def test_a_deleted_index_is_rebuilt_from_the_store(tmp_path):
    root = tmp_path / "a"
    with open_archive(root) as archive:
        archive.add(fresh(ENGLISH))
    shutil.rmtree(root / "index")
    with open_archive(root) as archive:
        assert archive.search("grain").total == 1


# Whoosh leaves the damaged TOC file open when it fails to read it.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_corrupt_index_is_rebuilt_with_a_message(tmp_path):
    root = tmp_path / "a"
    with open_archive(root) as archive:
        archive.add(fresh(ENGLISH))
    for path in (root / "index").iterdir():
        path.write_bytes(b"\0garbage\0" * 10)
    messages: list[str] = []
    with open_archive(root, messages) as archive:
        assert archive.search("grain").total == 1
    assert any("rebuilding it from the archive" in m for m in messages)


def test_check_finds_and_repairs_an_index_that_lost_documents(tmp_path):
    with open_archive(tmp_path / "a") as archive:
        first = archive.add(fresh(ENGLISH)).id
        archive.add(fresh(GERMAN))
        archive.index.write([], delete_ids=[first])  # the index forgets one article
        report = archive.check()
        assert not report.ok
        assert "1 article(s) missing from the index" in report.problems
        repaired = archive.check(repair=True)
        assert repaired.repaired
        assert archive.check().ok
        assert archive.search("grain").ids == [first]


def test_reindex_swaps_in_a_complete_index(tmp_path):
    root = tmp_path / "a"
    with open_archive(root) as archive:
        archive.add(fresh(ENGLISH))
        archive.add(fresh(GERMAN))
        seen = []
        assert archive.reindex(progress=seen.append) == 2
        assert seen and seen[-1].done == 2
        assert archive.search("Warenumsatz OR grain").total == 2
        assert not (root / "index.new").exists() and not (root / "index.old").exists()


def test_check_reports_a_missing_original(tmp_path):
    with open_archive(tmp_path / "a") as archive:
        text = (
            "Grain prices rise again\n\nMOSCOW, March 3 - Grain prices rose again on Monday "
            "as exporters raised their offers. Traders expect the rally to continue this week."
        )
        (result,) = archive.import_bytes("note.txt", text.encode())
        sha = archive.get(result.id).original_sha
        archive.blobs.path(sha).unlink()
        report = archive.check()
        assert any("is missing" in p for p in report.problems)


def test_an_index_built_by_another_version_is_rebuilt(tmp_path):
    root = tmp_path / "a"
    with open_archive(root) as archive:
        archive.add(fresh(ENGLISH))
    (root / "index" / "clippings-index.json").write_text('{"format": 0, "analysis": 0}')
    messages: list[str] = []
    with open_archive(root, messages) as archive:
        assert archive.search("grain").total == 1
    assert any("another version" in m for m in messages)


def test_the_index_memory_setting_reaches_the_writer(tmp_path):
    with Archive.open(tmp_path / "a", config=Config(index_memory_mb=32)) as archive:
        assert archive.index.memory_mb == 32
        archive.add(fresh(ENGLISH))
        assert archive.reindex() == 1
        assert archive.index.memory_mb == 32


def test_a_second_process_sees_what_the_first_one_added(tmp_path):
    root = tmp_path / "a"
    with open_archive(root) as app, open_archive(root) as cli:
        assert app.search("grain").total == 0
        cli.add(fresh(ENGLISH))
        assert app.search("grain").total == 1
