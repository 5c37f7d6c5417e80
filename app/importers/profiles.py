"""Source profiles: what we know about an agency, in YAML the user can extend.

Built-in profiles live in ``resources/profiles``; a user's ``*.yaml`` in their config dir
override a built-in of the same name or add a new source. Only ``yaml.safe_load`` is used.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.config import config_dir, read_yaml
from app.model import ClippingsError

log = logging.getLogger(__name__)

BUILTIN_DIR = Path(__file__).resolve().parents[2] / "resources" / "profiles"


@dataclass(frozen=True)
class Profile:
    """One news source: how to recognise it and what to strip from its texts."""

    name: str
    aliases: tuple[str, ...] = ()
    dateline: tuple[re.Pattern[str], ...] = ()
    boilerplate: tuple[re.Pattern[str], ...] = ()
    hosts: tuple[str, ...] = ()
    language: str = ""
    section: str = ""
    sections: tuple[str, ...] = field(default=())


def yaml_strings(value: object) -> list[str]:
    """A YAML field that holds one string or a list of them, as a list (None: empty)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if v is not None and str(v).strip()]
    raise ValueError(f"expected a list of strings, got {type(value).__name__}")


def profile_from_mapping(data: dict) -> Profile:
    """Validate one YAML document; raises ValueError with the field at fault."""
    if not isinstance(data, dict) or not str(data.get("name") or "").strip():
        raise ValueError("a profile needs a 'name'")
    name = str(data["name"]).strip()
    try:
        dateline = tuple(re.compile(p) for p in yaml_strings(data.get("dateline")))
        boilerplate = tuple(
            re.compile(p, re.IGNORECASE) for p in yaml_strings(data.get("boilerplate"))
        )
    except re.error as exc:
        raise ValueError(f"profile {name}: bad pattern: {exc}") from exc
    return Profile(
        name=name,
        aliases=tuple(yaml_strings(data.get("aliases"))) or (name,),
        dateline=dateline,
        boilerplate=boilerplate,
        hosts=tuple(h.lower() for h in yaml_strings(data.get("hosts"))),
        language=str(data.get("language") or ""),
        section=str(data.get("section") or ""),
        sections=tuple(yaml_strings(data.get("sections"))),
    )


def _read_dir(folder: Path) -> list[Profile]:
    profiles = []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            profiles.append(profile_from_mapping(read_yaml(path)))
        except (ClippingsError, ValueError) as exc:
            log.warning("skipping source profile %s: %s", path, exc)
    return profiles


def default_user_dir() -> Path:
    """Where users drop their own profiles: the ``profiles`` folder of the config dir."""
    return config_dir() / "profiles"


def load_profiles(user_dir: Path | None = None) -> tuple[Profile, ...]:
    """Built-in profiles, overridden or extended by the user's."""
    merged = {p.name.lower(): p for p in _read_dir(BUILTIN_DIR)}
    if user_dir is not None and user_dir.is_dir():
        merged.update({p.name.lower(): p for p in _read_dir(user_dir)})
    return tuple(merged.values())


@lru_cache(maxsize=1)
def default_profiles() -> tuple[Profile, ...]:
    """Cached built-in plus user profiles, used when a caller passes none."""
    return load_profiles(default_user_dir())
