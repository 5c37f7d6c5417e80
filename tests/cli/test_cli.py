"""The command line end to end, in a subprocess, with --json."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.archive import Archive
from app.config import Config
from tests.conftest import write


def environment(archive: Path) -> dict[str, str]:
    return {
        **os.environ,
        "CLIPPINGS_ARCHIVE": str(archive),
        "CLIPPINGS_CONFIG_DIR": str(archive.parent / "cfg"),
    }


def run(archive: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=environment(archive),
        timeout=120,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


def as_json(proc: subprocess.CompletedProcess):
    return json.loads(proc.stdout)


GRAIN = (
    "Grain exports rise\n\nMOSCOW, Nov 12 - Russian grain exports rose sharply in November, "
    "traders said on Tuesday, as a strong harvest filled the ports on the Black Sea.\n"
)
WHEAT = (
    "Wheat harvest ends\n\nKYIV, Sept 2 - The wheat harvest ended early this year after a "
    "dry summer, the farm ministry said, with yields slightly below last season.\n"
)


@pytest.fixture
def clips(tmp_path: Path) -> Path:
    folder = tmp_path / "clips"
    write(folder, "grain.txt", GRAIN)
    write(folder, "sub/wheat.txt", WHEAT)
    write(folder, "empty.txt", "")
    write(folder, "ignored.bin", "not a clipping")
    return folder


def test_import_search_show_tag_round_trip(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    proc = run(archive, "import", str(clips), "--tag", "Inbox", "--json", check=False)
    assert proc.returncode == 1  # one file failed
    results = as_json(proc)["results"]
    by_name = {Path(r["path"]).name: r for r in results}
    assert set(by_name) == {"grain.txt", "wheat.txt", "empty.txt"}
    assert by_name["grain.txt"]["status"] == "imported"
    assert by_name["empty.txt"]["status"] == "failed"
    assert "empty" in by_name["empty.txt"]["error"]

    again = as_json(run(archive, "import", str(clips / "grain.txt"), "--json"))["results"]
    assert again[0]["status"] == "duplicate"
    assert again[0]["id"] == by_name["grain.txt"]["id"]

    found = as_json(run(archive, "search", "grain", "--json"))
    assert found["total"] == 1
    assert found["hits"][0]["id"] == by_name["grain.txt"]["id"]
    assert "<b>grain</b>" in found["hits"][0]["snippet"].lower()
    assert found["hits"][0]["tags"] == ["Inbox"]
    assert found["facets"]["tags"] == {"Inbox": 1}
    assert set(found) >= {"query", "total", "took_ms", "hits", "facets"}

    grain_id = str(by_name["grain.txt"]["id"])
    run(archive, "tag", grain_id, "--add", "Region/Russia", "Watch", "--remove", "Inbox")
    shown = as_json(run(archive, "show", grain_id, "--json"))
    assert sorted(shown["tags"]) == ["Region/Russia", "Watch"]  # several after one --add
    assert shown["title"] == "Grain exports rise"
    assert shown["original"] == "grain.txt"
    for key in ("lead", "body", "source", "url", "author", "published", "dateline", "section"):
        assert key in shown

    tags = as_json(run(archive, "tags", "--json"))["tags"]
    assert {"name": "Region/Russia", "count": 1, "color": ""} in tags
    run(archive, "rename-tag", "Region", "Place")
    assert as_json(run(archive, "search", "tag:Place", "--json"))["total"] == 1


def test_delete_restore_stats_check_reindex(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    run(archive, "delete", "1")
    assert as_json(run(archive, "search", "grain", "--json"))["total"] == 0
    run(archive, "restore", "1")
    stats = as_json(run(archive, "stats", "--json"))
    assert stats["articles"] == 2 and stats["indexed"] == 2 and stats["size_bytes"] > 0
    check = as_json(run(archive, "check", "--json"))
    assert check["ok"] is True
    assert as_json(run(archive, "reindex", "--json")) == {"indexed": 2}
    assert as_json(run(archive, "search", "wheat", "--json"))["total"] == 1


def test_standing_searches_from_a_file(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    queries = write(tmp_path, "standing.txt", "grain\n# a comment\nwheat OR grain\n(broken\n")
    proc = run(archive, "search", "--from-file", str(queries), "--json", check=False)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line.get("total") for line in lines] == [1, 2, None]
    assert "missing ')'" in lines[2]["error"]
    assert proc.returncode == 2


def test_errors_are_one_clear_line(tmp_path: Path):
    archive = tmp_path / "archive"
    proc = run(archive, "search", "grain", check=False)  # a mistyped --archive, say
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"clippings: no archive in {archive} (clippings import creates one)"
    )
    assert not archive.exists()  # not created empty
    (tmp_path / "grain.txt").write_text("Grain\n\nWheat prices fell.", encoding="utf-8")
    run(archive, "import", str(tmp_path / "grain.txt"))
    proc = run(archive, "search", "(grain", check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "clippings: invalid query: missing ')' for '(' at position 1"
    ]
    proc = run(archive, "show", "99", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "clippings: no article with id 99"
    proc = run(archive, "frobnicate", check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path):
    """`clippings search x | head`: the pipe closes before the output is written."""
    archive = tmp_path / "archive"
    (tmp_path / "grain.txt").write_text("Grain\n\nWheat prices fell.", encoding="utf-8")
    run(archive, "import", str(tmp_path / "grain.txt"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "search", "wheat"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(archive),
    )
    proc.stdout.close()  # the reader is gone before the command prints
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
    assert proc.returncode == 141


def test_export_review_and_backup_restore(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    run(archive, "export", "grain OR wheat", "--format", "pdf", "--out", str(tmp_path / "r.pdf"))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    run(archive, "export", "wheat", "--format", "csv", "--out", str(tmp_path / "r.csv"))
    assert "Wheat harvest ends" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    run(archive, "tag", "1", "--add", "Watch")
    saved = as_json(run(archive, "backup", str(tmp_path / "b.zip"), "--json"))
    assert saved == {
        "file": str(tmp_path / "b.zip"),
        "articles": 2,
        "tags": 1,
        "originals": 2,
        "index": 0,
    }
    text = run(archive, "backup", str(tmp_path / "c.zip")).stdout
    assert text.startswith(f"backup written to {tmp_path / 'c.zip'}: 2 articles, 1 tag and 2 ")
    missing = run(tmp_path / "r0", "restore-backup", str(tmp_path / "nope.zip"), check=False)
    assert (missing.returncode, missing.stderr) == (
        1,
        f"clippings: {tmp_path / 'nope.zip'} not found\n",
    )
    restored = tmp_path / "restored"
    proc = run(restored, "restore-backup", str(tmp_path / "b.zip"))
    assert f"restored 2 articles, 1 tag and 2 originals into {restored}\n" in proc.stdout
    assert "built the search index (2 articles)" in proc.stdout
    again = tmp_path / "again"
    counts = as_json(run(again, "restore-backup", str(tmp_path / "c.zip"), "--json"))
    assert counts == {"archive": str(again), "articles": 2, "tags": 1, "originals": 2, "index": 2}
    # progress on stderr (stdout stays the result): the last count of each step at least
    assert "clippings: restoring originals 2/2\n" in proc.stderr
    assert "clippings: building the search index: articles 2/2\n" in proc.stderr
    assert "repaired" not in proc.stderr  # a backup holds no index: no damage to report
    assert as_json(run(restored, "search", "grain OR wheat", "--json"))["total"] == 2


def test_a_misspelt_search_suggests_a_spelling(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    found = as_json(run(archive, "search", "harvset", "--json"))
    assert found["total"] == 0
    assert found["suggestion"] == "harvest"
    assert "did you mean: harvest" in run(archive, "search", "harvset").stdout


def test_reextract_says_why_nothing_changed(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    proc = run(archive, "reextract")
    assert proc.stdout.strip() == "0 re-extracted, 2 unchanged"
    figures = as_json(run(archive, "reextract", "--json"))
    assert figures["reextracted"] == [] and figures["unchanged"] == 2


ODD_CSV = (
    "Spalte1,Spalte2,Spalte4\n"
    'Kasachstan senkt Leitzins,29.11.2025,"Die Nationalbank hat den Leitzins gesenkt. Die '
    'Inflation ging zuletzt zurück."\n'
)


def test_import_maps_columns_a_file_names_otherwise(tmp_path: Path):
    """`--map FIELD=COLUMN` reads a CSV whose headers no common name finds; without it the
    error names the file's columns; an unknown field is a usage error."""
    archive = tmp_path / "arc"
    odd = write(tmp_path, "odd.csv", ODD_CSV)
    failed = run(archive, "import", str(odd), check=False)
    assert failed.returncode == 1 and "'Spalte4'" in failed.stdout
    mapped = ("--map", "text=Spalte4", "--map", "title=spalte1")
    done = as_json(run(archive, "import", str(odd), *mapped, "--json"))["results"]
    assert [r["status"] for r in done] == ["imported"]
    shown = run(archive, "show", str(done[0]["id"])).stdout
    assert "title: Kasachstan senkt Leitzins" in shown
    wrong = run(archive, "import", str(odd), "--map", "colour=Spalte4", check=False)
    assert wrong.returncode == 2 and "'colour' is no field" in wrong.stderr


def test_a_query_may_start_with_a_minus(tmp_path: Path, clips: Path):
    """'-date:""' (has a date) and '-tag:Inbox' are queries, before or after the options;
    they were "unrecognized arguments". A mistyped '--option' stays a usage error."""
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    run(archive, "tag", "1", "--add", "Inbox")
    assert as_json(run(archive, "search", "-tag:Inbox", "--json"))["query"] == "-tag:Inbox"
    assert [h["id"] for h in as_json(run(archive, "search", "-tag:Inbox", "--json"))["hits"]] == [2]
    assert as_json(run(archive, "search", "--json", "--limit", "5", "-tag:Inbox"))["total"] == 1
    assert as_json(run(archive, "search", '-date:""', "--json"))["query"] == '-date:""'
    out = tmp_path / "not-inbox.csv"
    run(archive, "export", "-tag:Inbox", "--format", "csv", "--out", str(out))
    assert "Wheat harvest ends" in out.read_text(encoding="utf-8")
    assert "Grain exports rise" not in out.read_text(encoding="utf-8")
    wrong = run(archive, "search", "grain", "--limt", "5", check=False)
    assert wrong.returncode == 2 and "unrecognized arguments: --limt" in wrong.stderr


def test_tags_count_a_parent_like_the_tag_tree(tmp_path: Path, clips: Path):
    """A coloured parent no clipping carries itself ('Topics' over 'Topics/Energy') was
    listed as '0  Topics'; it counts the clippings under it once each, as the tag
    manager's tree and 'tag:Topics' do, and an uncoloured parent level is listed too."""
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    run(archive, "tag", "1", "2", "--add", "Topics/Energy", "Region/Russia")
    run(archive, "tag", "2", "--add", "Topics/Trade")
    with Archive.open(archive, config=Config()) as opened:
        opened.set_tag_color("Topics", "#123456")
    listed = {t["name"]: t for t in as_json(run(archive, "tags", "--json"))["tags"]}
    assert listed["Topics"] == {"name": "Topics", "count": 2, "color": "#123456"}
    assert listed["Topics/Trade"]["count"] == 1
    assert listed["Region"]["count"] == 2
    assert as_json(run(archive, "search", "tag:Topics", "--json"))["total"] == 2
    lines = run(archive, "tags").stdout.splitlines()
    assert "     2  Topics" in lines and "     1  Topics/Trade" in lines


def test_rename_tag_rewrites_the_saved_searches_naming_it(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    run(archive, "tag", "1", "--add", "Region/Russia")
    with Archive.open(archive, config=Config()) as opened:
        opened.save_search("Russia", "tag:Region/Russia grain")
    run(archive, "rename-tag", "Region", "Places")
    with Archive.open(archive, config=Config()) as opened:
        assert [(s.name, s.query) for s in opened.saved_searches()] == [
            ("Russia", "tag:Places/Russia grain")
        ]
    assert as_json(run(archive, "search", "tag:Places/Russia grain", "--json"))["total"] == 1


def test_export_csv_with_a_delimiter(tmp_path: Path, clips: Path):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"))
    out = tmp_path / "list.csv"
    run(archive, "export", "", "--format", "csv", "--out", str(out), "--delimiter", "semicolon")
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("id;title;")
    assert len(list(csv.DictReader(text.splitlines(), delimiter=";"))) == 2
    run(archive, "export", "", "--format", "csv", "--out", str(out))  # plain CSV by default
    assert out.read_text(encoding="utf-8-sig").startswith("id,title,")
    wrong = run(
        archive,
        "export",
        "",
        "--format",
        "csv",
        "--out",
        str(out),
        "--delimiter",
        "ab",
        check=False,
    )
    assert wrong.returncode == 2 and "delimiter" in wrong.stderr


def test_export_review_in_the_language_asked_or_the_environments(
    tmp_path: Path, clips: Path, monkeypatch
):
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), "--tag", "Inbox")
    out = tmp_path / "review.html"
    run(archive, "export", "", "--out", str(out), "--language", "ru")
    page = out.read_text(encoding="utf-8")
    assert "<h1>Обзор прессы</h1>" in page and "1 статья" in page and "Inbox" not in page
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    run(archive, "export", "", "--out", str(out))
    assert "<h1>Pressespiegel</h1>" in out.read_text(encoding="utf-8")


def test_a_review_leaves_out_the_tag_its_query_names(tmp_path: Path, clips: Path):
    """`clippings export 'tag:"Presseschau KW48"'`: the tag that picked the articles was
    printed on every one of them; the others are still printed."""
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), "--tag", "Presseschau KW48")
    run(archive, "tag", "1", "--add", "Watch")
    query = 'tag:"Presseschau KW48"'
    out = tmp_path / "r.html"
    run(archive, "export", query, "--format", "html", "--out", str(out), "--language", "de")
    page = out.read_text(encoding="utf-8")
    assert '<html lang="de">' in page
    assert "Watch" in page and "Presseschau KW48" not in page


def test_tag_every_result_of_a_query(tmp_path: Path, clips: Path):
    """'tag --query' tags (and untags) every article a search finds and says how many it
    found; tagging a search's results needed 'search --json' piped into 'tag IDS'."""
    archive = tmp_path / "archive"
    run(archive, "import", str(clips / "grain.txt"), str(clips / "sub"), "--tag", "Inbox")
    done = run(archive, "tag", "--query", "harvest", "--add", "Topics/Farming", "Watch")
    assert done.stdout.strip() == "2 article(s) found by 'harvest': 4 tag(s) added, 0 removed"
    assert as_json(run(archive, "search", "tag:Watch", "--json"))["total"] == 2
    done = run(archive, "tag", "--query", "grain", "--remove", "Inbox", "Watch")
    assert done.stdout.strip() == "1 article(s) found by 'grain': 0 tag(s) added, 2 removed"
    assert [h["title"] for h in as_json(run(archive, "search", "tag:Inbox", "--json"))["hits"]] == [
        "Wheat harvest ends"
    ]
    excluded = run(archive, "tag", "--query", "-tag:Inbox", "--add", "Done")  # starts with '-'
    assert excluded.stdout.startswith("1 article(s) found by '-tag:Inbox'")
    none = run(archive, "tag", "--query", "nothingmatches", "--add", "X")
    assert (
        none.stdout.strip() == "0 article(s) found by 'nothingmatches': 0 tag(s) added, 0 removed"
    )
    both = run(archive, "tag", "1", "--query", "grain", "--add", "X", check=False)
    assert both.returncode == 1 and "ids or --query" in both.stderr
