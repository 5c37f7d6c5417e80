"""The import pipeline in the archive: originals, duplicates, clusters, cancel, re-extraction."""

from __future__ import annotations

from pathlib import Path

from app import importers
from app.model import ImportStatus
from tests.conftest import write

STORY = (
    "Kazakhstan expects record grain exports\n\n"
    "ASTANA, Feb 18 (Kazinform) - Kazakhstan expects record grain exports this season as "
    "new terminals on the Caspian coast raise shipping capacity, the agriculture ministry "
    "said on Tuesday. Exports of wheat and barley could reach twelve million tonnes, with "
    "most of the grain going to Iran, Azerbaijan and Central Asian neighbours. Officials "
    "said the new terminal in Kuryk would handle the first ships in March.\n"
)
# the same story with a different headline and one sentence changed (a syndicated copy)
SYNDICATED = (
    "Record grain exports expected in Kazakhstan\n\n"
    "ASTANA, Feb 18 (Kazinform) - Kazakhstan expects record grain exports this season as "
    "new terminals on the Caspian coast raise shipping capacity, the agriculture ministry "
    "said on Tuesday. Exports of wheat and barley could reach twelve million tonnes, with "
    "most of the grain going to Iran, Azerbaijan and Central Asian neighbours. Officials "
    "added that the Kuryk terminal should be ready by the spring.\n"
)


def test_the_same_text_in_other_boilerplate_is_a_duplicate(archive, tmp_path: Path):
    first = write(tmp_path, "a.txt", STORY)
    second = write(tmp_path, "b.txt", "Home\nNews\nSearch\n\n" + STORY + "\nShare this article\n")
    (one,) = archive.import_paths([first])
    (two,) = archive.import_paths([second])
    assert one.status is ImportStatus.IMPORTED
    assert two.status is ImportStatus.DUPLICATE and two.id == one.id
    assert archive.article_count() == 1


def test_a_syndicated_copy_joins_the_story_cluster(archive, tmp_path: Path):
    (one,) = archive.import_paths([write(tmp_path, "a.txt", STORY)])
    (two,) = archive.import_paths([write(tmp_path, "b.txt", SYNDICATED)])
    assert two.status is ImportStatus.NEAR_DUPLICATE
    assert two.related_id == one.id and two.id != one.id
    assert archive.get(two.id).cluster == [one.id]
    assert archive.get(one.id).cluster == [two.id]


def test_originals_are_kept_verbatim(archive, tmp_path: Path):
    data = STORY.encode("cp1252")
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    (result,) = archive.import_paths([path])
    assert archive.original(result.id) == ("legacy.txt", data)


def test_a_bad_file_fails_alone_and_leaves_no_trace(archive, tmp_path: Path):
    good = write(tmp_path, "in/a.txt", STORY)
    (tmp_path / "in" / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    results = archive.import_paths([tmp_path / "in"])
    by_name = {Path(r.path).name: r for r in results}
    assert by_name["a.txt"].status is ImportStatus.IMPORTED
    assert by_name["broken.pdf"].status is ImportStatus.FAILED
    assert by_name["broken.pdf"].error and "\n" not in by_name["broken.pdf"].error
    assert by_name["empty.txt"].status is ImportStatus.FAILED
    assert archive.article_count() == 1
    assert archive.search("", limit=None).total == 1
    assert good.exists()


def test_an_importer_crash_is_a_failure_not_an_abort(archive, tmp_path: Path, monkeypatch):
    real = importers.extract

    def flaky(name, data, **kwargs):
        if name == "bad.txt":
            raise RuntimeError("bug in an importer")
        return real(name, data, **kwargs)

    monkeypatch.setattr(importers, "extract", flaky)
    results = archive.import_paths(
        [write(tmp_path, "bad.txt", STORY), write(tmp_path, "good.txt", SYNDICATED)]
    )
    assert [r.status for r in results] == [ImportStatus.FAILED, ImportStatus.IMPORTED]
    assert "bug in an importer" in results[0].error


def test_cancel_stops_between_files_and_keeps_what_was_done(archive, tmp_path: Path):
    folder = tmp_path / "many"
    for n in range(10):
        write(
            folder, f"{n:02}.txt", STORY.replace("record", f"record {n}").replace("twelve", str(n))
        )
    seen = []

    def progress(p):
        seen.append(p)

    results = archive.import_paths([folder], progress=progress, cancel=lambda: len(seen) > 3)
    assert len(results) == 4  # cancel is checked before each file
    assert archive.article_count() == 4
    assert archive.search("grain", limit=None).total == 4
    assert archive.check().ok


def test_progress_reports_count_and_current_file(archive, tmp_path: Path):
    files = [write(tmp_path, f"{n}.txt", STORY.replace("twelve", str(n))) for n in range(3)]
    seen = []
    archive.import_paths(files, progress=seen.append)
    assert [(p.done, p.total) for p in seen] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert seen[0].current.endswith("0.txt")


def test_reextract_keeps_user_edits_tags_and_notes(archive, tmp_path: Path):
    (result,) = archive.import_paths([write(tmp_path, "a.txt", STORY)])
    article_id = result.id
    archive.update(article_id, {"title": "My own headline", "notes": "check figures"})
    archive.tag([article_id], add=["Watch"])
    # a later extractor run finds different text for an unedited field:
    with archive.store.transaction() as conn:
        conn.execute("UPDATE articles SET body='stale body', section='x' WHERE id=?", (article_id,))
    assert archive.reextract([article_id]) == [article_id]
    article = archive.get(article_id)
    assert article.title == "My own headline"
    assert article.notes == "check figures"
    assert article.tags == ["Watch"]
    assert "record grain exports" in article.body
    assert archive.search("record grain").ids == [article_id]


def test_reextract_leaves_articles_whose_extraction_is_unchanged(archive, tmp_path: Path):
    first, second = (
        archive.import_paths([write(tmp_path, f"{n}.txt", STORY.replace("twelve", n))])[0].id
        for n in ("ten", "eleven")
    )
    before = archive.get(first).updated_at
    with archive.store.transaction() as conn:
        conn.execute("UPDATE articles SET section='stale' WHERE id=?", (second,))
    assert archive.reextract() == [second]
    assert archive.reextract() == []
    assert archive.get(first).updated_at == before


def test_reextract_finds_each_article_of_a_container_wherever_it_now_is(archive, tmp_path):
    import zipfile

    stories = {
        "grain.txt": STORY,
        "gas.txt": "Gas prices fall as mild weather curbs demand\n\nLONDON, March 3 (Reuters) - "
        "European wholesale gas prices fell to their lowest in three months on Monday as "
        "forecasts of mild weather and steady Norwegian supply eased storage worries.\n",
        "rail.txt": "New cargo rail link to Central Asia opens\n\nBEIJING, June 2 (Xinhua) - A "
        "new cargo rail link between western China and Central Asia opened on Monday, "
        "carrying cotton, grain and metals through the Khorgos border crossing.\n",
    }
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        for name, text in stories.items():
            zf.writestr(name, text)
    ids = [r.id for r in archive.import_paths([bundle])]
    titles = {i: archive.get(i).title for i in ids}
    # as if an earlier extractor had found the first two in each other's places, and the
    # third where the file now has nothing
    with archive.store.transaction() as conn:
        for article_id, part in zip(ids, (1, 0, 7), strict=True):
            conn.execute(
                "UPDATE articles SET original_part=?, section='stale' WHERE id=?",
                (part, article_id),
            )
    assert sorted(archive.reextract()) == sorted(ids)
    for part, article_id in enumerate(ids):
        article = archive.get(article_id)
        assert article.title == titles[article_id]
        assert article.section != "stale"
        assert article.original_part == part
    # an article whose text is in the file no more keeps what it has
    with archive.store.transaction() as conn:
        conn.execute(
            "UPDATE articles SET body='An unrelated text about tulips.' WHERE id=?", (ids[0],)
        )
    assert archive.reextract([ids[0]]) == []
    assert archive.get(ids[0]).body == "An unrelated text about tulips."


def test_clipboard_text_becomes_an_article(archive):
    (result,) = archive.import_clipboard(STORY)
    assert result.status is ImportStatus.IMPORTED
    assert archive.get(result.id).title == "Kazakhstan expects record grain exports"
    assert archive.original(result.id)[0] == "clipboard.txt"


def test_items_of_a_container_are_reported_by_their_place_in_it(archive, tmp_path: Path):
    import zipfile

    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("a.txt", STORY)
        zf.writestr("b.txt", SYNDICATED.replace("Kuryk", "Aktau").replace("spring", "summer"))
    results = archive.import_paths([bundle])
    assert [r.path for r in results] == [f"{bundle}/a.txt", f"{bundle}/b.txt"]


def test_progress_counts_the_new_articles_apart_from_the_items_stored(archive, tmp_path):
    """Progress.added is what the archive's count grows by: a duplicate row is stored
    (reported as done) but adds no article."""
    rows = [f"Report {n};Wheat from region {n}: {n * 9} tonnes.;2024-05-0{n + 1}" for n in range(3)]
    table = write(tmp_path, "rows.csv", "headline;text;date\n" + "\n".join(rows + rows[:1]))
    story = write(tmp_path, "story.txt", STORY)
    seen = []
    archive.import_paths([table, story], progress=seen.append)
    within = [(p.articles, p.added) for p in seen if p.done == 0 and p.articles]
    assert within == [(1, 1), (2, 2), (3, 3), (4, 3)]  # the fourth row repeats the first
    assert (seen[-1].articles, seen[-1].added) == (5, 4)
    assert archive.article_count() == 4


def _bulk_csv(tmp_path: Path, rows: int) -> Path:
    lines = ["title,text"] + [
        f'"Grain dispatch {n}","Almaty grain report number {n}: item {n * 7} left the port '
        f'of Aktau on schedule, officials said."'
        for n in range(rows)
    ]
    return write(tmp_path, "bulk.csv", "\n".join(lines) + "\n")


def test_a_bulk_file_reports_rows_read_then_stored(archive, tmp_path: Path):
    seen = []
    archive.import_paths([_bulk_csv(tmp_path, 30)], progress=seen.append)
    reading = [(p.part, p.parts) for p in seen if p.stage == "reading"]
    storing = [(p.part, p.parts) for p in seen if p.stage == "storing"]
    assert reading[0] == (0, 30) and reading[-1] == (29, 30)
    assert storing[0] == (1, 30) and storing[-1] == (30, 30)
    assert seen[-1].articles == 30


def test_cancel_while_a_bulk_file_is_read_stores_nothing_of_it(archive, tmp_path: Path):
    state = {"cancel": False}

    def progress(p) -> None:
        if p.stage == "reading" and p.part >= 10:
            state["cancel"] = True

    results = archive.import_paths(
        [_bulk_csv(tmp_path, 200)], progress=progress, cancel=lambda: state["cancel"]
    )
    assert results == []
    assert archive.article_count() == 0
    assert archive.check().ok


def test_cancel_while_a_bulk_file_is_stored_keeps_the_rows_stored(archive, tmp_path: Path):
    state = {"cancel": False}

    def progress(p) -> None:
        if p.stage == "storing" and p.part >= 40:
            state["cancel"] = True

    results = archive.import_paths(
        [_bulk_csv(tmp_path, 200)], progress=progress, cancel=lambda: state["cancel"]
    )
    assert len(results) == 40
    assert archive.article_count() == 40
    assert archive.search("grain", limit=None).total == 40
    assert archive.check().ok
