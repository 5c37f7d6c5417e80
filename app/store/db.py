"""Connection, transactions and migrations of the archive's SQLite database."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.model import ClippingsError
from app.store.migrations import MIGRATIONS, SCHEMA_VERSION

#: pages the WAL grows to before SQLite copies them into the database (its default)
CHECKPOINT_PAGES = 1000
#: the same during a bulk import: at 1,000 every thirtieth file's commit paid for a
#: checkpoint (two fsyncs, and pages written back that the next files change again). The
#: WAL holds committed transactions like the database, so a kill loses nothing (a power
#: cut may lose the files since the last checkpoint, as ``synchronous=NORMAL`` always
#: could, now up to 300 of them). Meanwhile the WAL may grow to 40 MB and is not cut back
#: after each checkpoint (``journal_size_limit``): SQLite rewrites it in place instead of
#: growing the file again. At 100,000 articles a file's commit took 0.42 ms of CPU instead
#: of 0.51-0.54 ms (the WAL cut back to 4 MB every time: no better than 1,000 pages).
BULK_CHECKPOINT_PAGES = 10_000
WAL_LIMIT_BYTES = 4 * 2**20


class StoreVersionError(ClippingsError):
    """The archive was written by a newer Clippings."""


class Store:
    """One SQLite connection shared by the archive, guarded by a lock.

    WAL lets readers go on while a write is under way; every write happens inside
    ``transaction()`` so nothing is ever half-written.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            self.conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=10
            )
        except sqlite3.Error as exc:
            raise ClippingsError(f"cannot open the archive database {path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
        self._bulk = 0  # bulk() blocks under way
        self._migrate()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreVersionError(
                f"{self.path} was written by a newer Clippings (schema {version}, "
                f"this version knows {SCHEMA_VERSION}); please upgrade"
            )
        for number in range(version, SCHEMA_VERSION):
            with self.transaction() as conn:
                for statement in _statements(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number + 1}")

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Checkpoint less often while many transactions follow each other (an import of
        many files); each stays a transaction of its own."""
        with self._lock:
            self._bulk += 1
            self.conn.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
            self.conn.execute("PRAGMA journal_size_limit=-1")
        try:
            yield
        finally:
            with self._lock:
                self._bulk -= 1
                if not self._bulk:  # the next checkpoint cuts the WAL back
                    self.conn.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
                    self.conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")

    def query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple | list = ()):
        with self._lock:
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def _statements(script: str) -> Iterator[str]:
    """Split a migration script on complete statements (executescript would COMMIT)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip():
        yield buffer
