"""Read-only commands while another process holds the index's writer (the app importing):
they read the index as it is, say so in one line and are quick, and never write it."""

from __future__ import annotations

import json
import time
from pathlib import Path

from app.archive import Archive
from app.config import Config
from tests.cli.test_cli import run
from tests.gui.conftest import write_files


def test_stats_and_search_read_a_behind_and_locked_index_without_repairing(tmp_path: Path):
    root = tmp_path / "archive"
    archive = Archive.open(root, config=Config())
    archive.import_paths(write_files(tmp_path / "files"))
    gone = archive.search("pipeline").ids[0]
    archive.index.write([], delete_ids=[gone])  # the index is one article behind
    writer = archive.index.ix.writer()  # held, as the app's import holds it
    try:
        started = time.perf_counter()
        stats = run(root, "stats", "--json", check=False)
        took = time.perf_counter() - started
        found = run(root, "search", "wheat", "--json", check=False)
    finally:
        writer.cancel()
    assert stats.returncode == 0, stats.stderr
    # it waited 2 x 30 s for the lock before; a cold start of the command line takes some
    # seconds on a loaded machine (a bound of 15 s left it little room)
    assert took < 40
    figures = json.loads(stats.stdout)
    assert (figures["articles"], figures["indexed"]) == (4, 3)
    notes = stats.stderr.strip().splitlines()
    assert len(notes) == 1 and "holds 3 of 4 articles" in notes[0], notes
    assert "repaired" not in stats.stderr and "locked" not in stats.stderr
    assert found.returncode == 0, found.stderr
    assert len(json.loads(found.stdout)["hits"]) == 2
    assert archive.index.doc_count() == 3  # nothing was written to it
    archive.close()
