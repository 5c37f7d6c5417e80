"""Originals: stored whole under their hash, whatever happened to the folders meanwhile."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from app.blobs import BlobStore


def test_a_blob_is_stored_under_its_hash_and_once(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "originals")
    data = b"Ein Original, byte for byte \xff\x00"
    sha = blobs.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert blobs.path(sha) == tmp_path / "originals" / sha[:2] / sha
    assert blobs.get(sha) == data and blobs.put(data) == sha
    assert list(blobs.all()) == [sha]
    assert not list((tmp_path / "originals").glob("*/.tmp-*"))


def test_folders_removed_behind_the_stores_back_are_made_again(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "originals")
    first = blobs.put(b"first")
    shutil.rmtree(blobs.path(first).parent)
    assert blobs.get(blobs.put(b"first")) == b"first"
    shutil.rmtree(tmp_path / "originals")
    assert blobs.verify(blobs.put(b"second"))
