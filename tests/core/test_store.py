"""The store of record: schema, migrations, transactions, tags."""

from __future__ import annotations

import sqlite3

import pytest

from app.model import Article, ClippingsError
from app.store import Store, StoreVersionError, articles, tags
from app.store.migrations import SCHEMA_VERSION


def test_new_store_is_at_current_version_with_wal_and_foreign_keys(tmp_path):
    store = Store(tmp_path / "a.sqlite")
    assert store.version == SCHEMA_VERSION
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1


def test_bulk_checkpoints_less_often_until_the_last_bulk_ends(tmp_path):
    from app.store import db

    store = Store(tmp_path / "a.sqlite")
    assert store.scalar("PRAGMA wal_autocheckpoint") == db.CHECKPOINT_PAGES
    assert store.scalar("PRAGMA journal_size_limit") == db.WAL_LIMIT_BYTES
    with store.bulk():
        with store.bulk():
            assert store.scalar("PRAGMA wal_autocheckpoint") == db.BULK_CHECKPOINT_PAGES
        assert store.scalar("PRAGMA wal_autocheckpoint") == db.BULK_CHECKPOINT_PAGES
        assert store.scalar("PRAGMA journal_size_limit") == -1
        with store.transaction() as conn:  # each write is still its own transaction
            articles.insert(conn, Article(title="t", body="b", content_hash="h"))
        assert not store.conn.in_transaction
    assert store.scalar("PRAGMA wal_autocheckpoint") == db.CHECKPOINT_PAGES
    assert store.scalar("PRAGMA journal_size_limit") == db.WAL_LIMIT_BYTES
    with pytest.raises(RuntimeError), store.bulk():
        raise RuntimeError("boom")
    assert store.scalar("PRAGMA wal_autocheckpoint") == db.CHECKPOINT_PAGES


def test_store_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "a.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreVersionError, match="newer Clippings"):
        Store(path)


def test_migrations_run_forward_from_an_older_version(tmp_path, monkeypatch):
    from app.store import db, migrations

    path = tmp_path / "a.sqlite"
    Store(path).close()
    extra = "ALTER TABLE articles ADD COLUMN rating INTEGER NOT NULL DEFAULT 0;"
    monkeypatch.setattr(db, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    monkeypatch.setattr(db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    store = Store(path)
    assert store.version == SCHEMA_VERSION + 1
    columns = [r[1] for r in store.query("PRAGMA table_info(articles)")]
    assert "rating" in columns


def test_a_failing_transaction_leaves_nothing_behind(tmp_path):
    store = Store(tmp_path / "a.sqlite")
    with pytest.raises(RuntimeError), store.transaction() as conn:
        articles.insert(conn, Article(title="t", body="b", content_hash="h"))
        raise RuntimeError("boom")
    assert store.scalar("SELECT COUNT(*) FROM articles") == 0
    assert store.scalar("SELECT COUNT(*) FROM index_outbox") == 0


def test_insert_records_the_article_in_the_index_outbox(tmp_path):
    store = Store(tmp_path / "a.sqlite")
    with store.transaction() as conn:
        article_id = articles.insert(conn, Article(title="t", body="b", content_hash="h"))
    assert store.scalar("SELECT article_id FROM index_outbox") == article_id


def test_hierarchical_tag_rename_moves_children_and_merges(tmp_path):
    store = Store(tmp_path / "a.sqlite")
    with store.transaction() as conn:
        a = articles.insert(conn, Article(title="a", body="x", content_hash="1"))
        b = articles.insert(conn, Article(title="b", body="y", content_hash="2"))
        tags.add(conn, [a], ["Region/Kazakhstan", "Region"])
        tags.add(conn, [b], ["Regions/Belarus"])
        tags.rename(conn, "Region", "Regions")
        found = articles.get_many(conn, [a, b])
    assert found[0].tags == ["Regions", "Regions/Kazakhstan"]
    assert found[1].tags == ["Regions/Belarus"]


def test_a_merging_rename_and_a_delete_are_put_back_exactly(tmp_path):
    store = Store(tmp_path / "a.sqlite")
    with store.transaction() as conn:
        a = articles.insert(conn, Article(title="a", body="x", content_hash="1"))
        b = articles.insert(conn, Article(title="b", body="y", content_hash="2"))
        c = articles.insert(conn, Article(title="c", body="z", content_hash="3"))
        tags.add(conn, [a, b], ["Topics/Energy"])
        tags.add(conn, [b, c], ["Topics/Power", "Topics/Power/Solar"])
        tags.set_color(conn, "Topics/Energy", "#f9cb9c")
        before = tags.all_with_counts(conn)
        saved = tags.snapshot(conn, ["Topics/Energy", "Topics/Power"])
        tags.rename(conn, "Topics/Energy", "Topics/Power")  # merges: b carries both
        assert [t.name for t in tags.all_with_counts(conn)] == [
            "Topics/Power",
            "Topics/Power/Solar",
        ]
        assert tags.put_back(conn, ["Topics/Energy", "Topics/Power"], saved) == [a, b, c]
        assert tags.all_with_counts(conn) == before
        assert tags.carriers(conn, "Topics") == [a, b, c]  # each article once
        saved = tags.snapshot(conn, ["Topics"])
        tags.delete(conn, "Topics")
        assert tags.all_with_counts(conn) == []
        tags.put_back(conn, ["Topics"], saved)
        assert tags.all_with_counts(conn) == before
        assert articles.get_many(conn, [b])[0].tags == [
            "Topics/Energy",
            "Topics/Power",
            "Topics/Power/Solar",
        ]


@pytest.mark.parametrize("bad", ["", "  ", "a//b", "/a", "a/"])
def test_tag_names_with_empty_parts_are_rejected(bad):
    with pytest.raises(ClippingsError):
        tags.normalize(bad)


def test_tag_names_are_tidied():
    assert tags.normalize(" Region /  Kazakhstan ") == "Region/Kazakhstan"
