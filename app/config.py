"""User configuration: a typed schema with defaults, read from YAML in the config dir."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

import yaml
from platformdirs import user_config_dir, user_data_dir

from app.model import ClippingsError

APP_NAME = "clippings"
# libyaml's build of the safe loader where PyYAML has it; the same safe constructors
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Config:
    #: estimated Jaccard similarity above which an import joins a story cluster
    near_duplicate_threshold: float = 0.6
    #: language assumed when detection is unsure ('' = leave empty)
    default_language: str = ""
    #: the archive folder ('' = the user data dir)
    archive: str = ""
    #: articles written to the index per commit (catching up, reindexing, small imports)
    index_batch: int = 500
    #: articles the index worker commits at once during big imports: fewer, bigger
    #: segments cost a quarter less indexing than 500 (some 200 MB more in the worker)
    bulk_index_batch: int = 2000
    #: postings Whoosh sorts in memory at once: less keeps the GIL free for a GUI thread
    #: (the longest stall during an import fell from 233 ms to 90 ms at 32 MB) but imports
    #: about a fifth slower
    index_memory_mb: int = 128
    #: big imports write the index in a second process, using a second core
    index_worker: bool = True


def config_dir() -> Path:
    return Path(os.environ.get("CLIPPINGS_CONFIG_DIR") or user_config_dir(APP_NAME))


def read_yaml(path: Path) -> object:
    """A YAML file's data (the safe loader only, never object tags).

    Every YAML file the user may edit is read here, so a broken one always fails the same
    way: a ``ClippingsError`` naming the file and the reason. libyaml's build of the safe
    loader, where PyYAML has it, reads the outlets gazetteer 6× faster than ``safe_load``
    with the same safe constructors.
    """
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ClippingsError(f"cannot read {path}: {exc}") from exc


def load_config(path: Path | None = None) -> Config:
    """Defaults, overridden by ``config.yaml`` where present; unknown keys are an error."""
    path = path or config_dir() / "config.yaml"
    if not path.exists():
        return Config()
    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise ClippingsError(f"{path}: settings must be a mapping of names to values")
    known = {f.name: f for f in fields(Config)}
    unknown = set(data) - set(known)
    if unknown:
        raise ClippingsError(f"{path}: unknown settings {', '.join(sorted(unknown))}")
    try:
        return Config(**{k: type(getattr(Config(), k))(v) for k, v in data.items()})
    except (TypeError, ValueError) as exc:
        raise ClippingsError(f"{path}: {exc}") from exc


def save_config(config: Config, path: Path | None = None) -> None:
    path = path or config_dir() / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {f.name: getattr(config, f.name) for f in fields(Config)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    tmp.replace(path)


def default_archive_dir(config: Config | None = None) -> Path:
    """``CLIPPINGS_ARCHIVE``, else the configured folder, else the user data dir."""
    env = os.environ.get("CLIPPINGS_ARCHIVE")
    if env:
        return Path(env).expanduser()
    if config and config.archive:
        return Path(config.archive).expanduser()
    return Path(user_data_dir(APP_NAME))
