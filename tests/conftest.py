"""Shared fixtures: temporary archives, and the read-only shared corpus when present."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from app.archive import Archive
from app.config import Config

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# word-list caches go to a temporary folder, never the user's cache
os.environ.setdefault("CLIPPINGS_CACHE_DIR", str(Path(tempfile.gettempdir()) / "clippings-tests"))


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "archive", config=Config()) as arch:
        yield arch


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
