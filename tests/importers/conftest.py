"""Fixtures for importer tests: sample clippings, broken files, the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "resources" / "samples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared next to the repository; tests that need it skip where it is absent."""
    path = (REPO / ".." / "shared").resolve()
    if not path.is_dir():
        pytest.skip("../shared is not available on this machine")
    return path


@pytest.fixture(scope="session")
def expected() -> dict:
    return yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))
