"""The user's YAML files: config.yaml, source profiles, places.yaml, read from one config dir."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app import archive
from app.config import Config, load_config, read_yaml
from app.importers.profiles import default_user_dir
from app.model import ClippingsError


def test_absent_config_gives_the_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "config.yaml") == Config()


def test_config_values_override_the_defaults_with_their_types(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("near_duplicate_threshold: 0.8\nindex_batch: '250'\n", encoding="utf-8")
    config = load_config(path)
    assert (config.near_duplicate_threshold, config.index_batch) == (0.8, 250)
    assert config.default_language == Config().default_language


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("index_batch: [unclosed\n", "cannot read"),
        ("- a list\n- of things\n", "must be a mapping"),
        ("colour: blue\n", "unknown settings colour"),
        ("index_batch: many\n", "invalid literal"),
    ],
)
def test_a_bad_config_names_the_file_and_the_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ClippingsError, match=message) as caught:
        load_config(path)
    assert str(path) in str(caught.value)


def test_yaml_is_read_safely(tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text("!!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(ClippingsError, match=r"evil\.yaml"):
        read_yaml(path)


def test_user_profiles_live_in_the_config_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIPPINGS_CONFIG_DIR", str(tmp_path))
    assert default_user_dir() == tmp_path / "profiles"


def test_a_broken_places_list_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("CLIPPINGS_CONFIG_DIR", str(tmp_path))
    (tmp_path / "places.yaml").write_text("- [Kyiv, Kiew\n", encoding="utf-8")
    archive._place_aliases.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="app.archive"):
            aliases = archive._place_aliases()
    finally:
        archive._place_aliases.cache_clear()
    assert aliases, "the built-in places list still applies"
    assert "places.yaml" in caplog.text
