"""Ordered forward migrations; ``PRAGMA user_version`` is the index into this list."""

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        title         TEXT NOT NULL,
        lead          TEXT NOT NULL DEFAULT '',
        body          TEXT NOT NULL DEFAULT '',
        source        TEXT NOT NULL DEFAULT '',
        url           TEXT NOT NULL DEFAULT '',
        author        TEXT NOT NULL DEFAULT '',
        published     TEXT,
        dateline      TEXT NOT NULL DEFAULT '',
        section       TEXT NOT NULL DEFAULT '',
        language      TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        imported_at   TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        content_hash  TEXT NOT NULL,
        original_sha  TEXT NOT NULL DEFAULT '',
        original_name TEXT NOT NULL DEFAULT '',
        original_part INTEGER NOT NULL DEFAULT 0,
        edited_fields TEXT NOT NULL DEFAULT '[]',
        cluster_id    INTEGER,
        deleted_at    TEXT
    );
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_cluster ON articles(cluster_id);
    CREATE INDEX articles_original ON articles(original_sha);
    CREATE TABLE tags (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_tags_tag ON article_tags(tag_id);
    CREATE TABLE saved_searches (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        query      TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE import_log (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        path       TEXT NOT NULL,
        status     TEXT NOT NULL,
        article_id INTEGER,
        related_id INTEGER,
        original_sha TEXT NOT NULL DEFAULT '',
        error      TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE minhash_bands (
        band       INTEGER NOT NULL,
        hash       INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX minhash_lookup ON minhash_bands(band, hash);
    CREATE INDEX minhash_article ON minhash_bands(article_id);
    CREATE TABLE index_outbox (
        article_id INTEGER PRIMARY KEY
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
