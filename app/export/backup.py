"""Backup and restore: the store (a consistent snapshot) and the originals in one zip.

The index is not backed up: it is derived and rebuilt on the first open after a restore.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.export.data import readable_per_umask
from app.model import ClippingsError, Progress

MANIFEST = "clippings-backup.json"
DATABASE = "archive.sqlite"


def backup(
    conn: sqlite3.Connection,
    originals: Path,
    target: Path,
    hold: AbstractContextManager | None = None,
) -> dict:
    """Write a backup zip atomically; returns its manifest.

    ``hold`` (the store's lock) is held only while the snapshot is taken and the originals
    listed: the originals never change once written, so zipping them (most of the time on
    a big archive) leaves the store free for the reader and searches."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = Path(tmp) / DATABASE
        with hold or nullcontext():
            dest = sqlite3.connect(snapshot)
            with dest:
                conn.backup(dest)
            counts = _counts(dest)
            dest.close()
            blobs = sorted(p for p in originals.glob("??/*") if not p.name.startswith(".tmp-"))
        manifest = {
            "app": "clippings",
            "version": __version__,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            **counts,
            "originals": len(blobs),
            "database_sha256": hashlib.sha256(snapshot.read_bytes()).hexdigest(),
        }
        fd, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        os.close(fd)
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
                zf.write(snapshot, DATABASE)
                for blob in blobs:
                    zf.write(blob, f"originals/{blob.parent.name}/{blob.name}")
            readable_per_umask(partial)
            os.replace(partial, target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    return manifest


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    """What the backup holds, for its report (a manifest older than these lacks them)."""
    live = "SELECT COUNT(*) FROM articles WHERE deleted_at IS NULL"
    return {
        "articles": conn.execute(live).fetchone()[0],
        "tags": conn.execute("SELECT COUNT(*) FROM tags").fetchone()[0],
    }


def restore(source: Path, root: Path, progress: Callable[[Progress], None] | None = None) -> dict:
    """Unpack a backup into an empty archive folder, checking every file on the way.

    ``progress`` hears (originals unpacked, their total, the name) after each one: a
    10,000-clipping backup takes minutes, which without it pass in silence."""
    report = progress or (lambda _p: None)
    if (root / DATABASE).exists():
        raise ClippingsError(f"{root} already holds an archive; restore into an empty folder")
    if not source.is_file():
        raise ClippingsError(f"{source} not found")
    try:
        zf = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ClippingsError(f"{source} is not a Clippings backup ({exc})") from exc
    with zf:
        names = set(zf.namelist())
        if MANIFEST not in names or DATABASE not in names:
            raise ClippingsError(f"{source} is not a Clippings backup (no manifest)")
        manifest = json.loads(zf.read(MANIFEST))
        database = zf.read(DATABASE)
        if hashlib.sha256(database).hexdigest() != manifest.get("database_sha256"):
            raise ClippingsError(f"{source} is damaged: the database does not match its checksum")
        staging = Path(tempfile.mkdtemp(dir=root.parent if root.parent.exists() else None))
        try:
            originals = sorted(
                n for n in names if n.startswith("originals/") and not n.endswith("/")
            )
            report(Progress(0, len(originals)))
            for done, name in enumerate(originals, 1):
                sha = name.rsplit("/", 1)[-1]
                data = zf.read(name)
                if hashlib.sha256(data).hexdigest() != sha or name != f"originals/{sha[:2]}/{sha}":
                    raise ClippingsError(f"{source} is damaged: {name} does not match its name")
                path = staging / "originals" / sha[:2] / sha
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                report(Progress(done, len(originals), name))
            (staging / DATABASE).write_bytes(database)
            root.mkdir(parents=True, exist_ok=True)
            for item in staging.iterdir():
                os.replace(item, root / item.name)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return manifest
