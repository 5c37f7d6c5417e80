"""Column mapping for bulk files (CSV/TSV, JSON Lines): what a file's first rows show, what
the importer would take by default, and the mappings a person chose, kept per header set.

Why here and not in the importer: the GUI asks before it imports (a file whose text column
no common name finds would fail), and must do so without reading a 200 MB file; the
importer itself reads whole files and takes the mapping (``importers.extract(mapping=)``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from app.config import config_dir, read_yaml
from app.importers.colnames import column_field
from app.importers.encoding import decode
from app.importers.frontmatter import _ALIASES
from app.importers.records import (
    MAX_FIELD,
    _body_column,
    _column_roles,
    _dialect,
    _headerless,
)
from app.model import ClippingsError

#: the fields a person maps, in the order the dialog asks for them
FIELDS = ("body", "title", "published", "source", "url", "author", "language", "tags")
#: files whose columns can be mapped; a JSON array is read whole, so it is not peeked
MAPPABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
#: enough for the header and the first rows of any export, and quick on a slow disk
PEEK_BYTES = 256 * 1024
PREVIEW_ROWS = 5
MAPS_FILE = "column_maps.yaml"


@dataclass(frozen=True)
class Peek:
    """A bulk file's header and first rows, and the columns the importer would take."""

    path: Path
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    #: field → column, as the importer picks them without a mapping
    defaults: dict[str, str] = field(default_factory=dict)

    @property
    def needs_mapping(self) -> bool:
        """No text column: the import of this file would fail without a mapping."""
        return "body" not in self.defaults


def default_mapping(columns: Iterable[str]) -> dict[str, str]:
    """Field → column as the importer reads a header without a mapping (the first of a
    field's names the header has, any case; else the first column named in its words)."""
    columns = [c for c in columns if c]
    found: dict[str, str] = {}
    body = _body_column(columns, {})
    if body is not None:
        found["body"] = body
    lowered: dict[str, str] = {}
    for column in columns:
        lowered.setdefault(column.strip().lower(), column)
    for name in FIELDS[1:]:
        for alias in _ALIASES[name]:
            if alias in lowered and lowered[alias] != body:
                found[name] = lowered[alias]
                break
    taken = set(found.values())
    for name in FIELDS[1:]:
        # or a column of the field's own words ('Erschienen am', 'Meldung (Kopf)')
        named = (c for c in columns if c not in taken and column_field(c) == name)
        if name not in found and (column := next(named, None)) is not None:
            found[name] = column
            taken.add(column)
    return found


def _head(path: Path) -> tuple[str, bool]:
    """The file's first ``PEEK_BYTES``, decoded, cut at the last whole line; and whether
    there was more."""
    try:
        with path.open("rb") as handle:
            data = handle.read(PEEK_BYTES + 1)
    except OSError as exc:
        raise ClippingsError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    more = len(data) > PEEK_BYTES
    if more:
        data = data[: data.rfind(b"\n", 0, PEEK_BYTES) + 1] or data[:PEEK_BYTES]
    return decode(data), more


def peek(path: Path) -> Peek | None:
    """The header and first rows of a CSV/TSV or JSON Lines file, read from its first
    256 KB only; None for another kind of file, an empty one, or a CSV without a header
    whose columns the importer tells from their contents (nothing to ask)."""
    suffix = path.suffix.lower()
    if suffix not in MAPPABLE_SUFFIXES:
        return None
    text, more = _head(path)
    if suffix in (".jsonl", ".ndjson"):
        return _peek_jsonl(path, text)
    csv.field_size_limit(MAX_FIELD)
    try:
        rows = [
            r for r in csv.reader(io.StringIO(text), dialect=_dialect(text, path.name)) if any(r)
        ]
    except csv.Error:
        return None  # the import says what is wrong with it
    if more and len(rows) > 2:
        rows = rows[:-1]  # the last row may be cut off
    if not rows:
        return None
    if _headerless(rows, {}) and _column_roles(rows):
        return None
    header = rows[0]
    return Peek(path, header, rows[1 : 1 + PREVIEW_ROWS], default_mapping(header))


def needing_mapping(path: Path) -> Peek | None:
    """The file's peek when its import fails for want of a text column, else None (another
    kind of file, an unreadable one, or one whose columns are found)."""
    if path.suffix.lower() not in MAPPABLE_SUFFIXES or not path.is_file():
        return None
    try:
        found = peek(path)
    except (ClippingsError, OSError, UnicodeError):
        return None
    return found if found is not None and found.needs_mapping else None


def remembered_for(path: Path) -> dict[str, str] | None:
    """The mapping kept for this file's header set when the file needs one (a folder's
    file of an export mapped before imports without asking again), else None."""
    found = needing_mapping(path)
    return remembered(found.columns) if found is not None else None


def same_columns(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two headers are one header set (case and order aside), as mappings are kept."""
    return _key(a) == _key(b)


def _peek_jsonl(path: Path, text: str) -> Peek | None:
    columns: dict[str, None] = {}
    records: list[Mapping] = []
    for line in text.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue  # blank, or cut off at the end of the peek
        if isinstance(value, Mapping):
            records.append(value)
            columns.update(dict.fromkeys(str(k) for k in value))
    if not records:
        return None
    names = list(columns)
    rows = [[_cell(r.get(c)) for c in names] for r in records[:PREVIEW_ROWS]]
    return Peek(path, names, rows, default_mapping(names))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


# -- remembered mappings ------------------------------------------------------------------


def _key(columns: Iterable[str]) -> list[str]:
    """A header set: its columns, case and order aside (an export's next file matches)."""
    return sorted({c.strip().casefold() for c in columns if c.strip()})


def _maps_path() -> Path:
    return config_dir() / MAPS_FILE


def _load() -> list[dict]:
    path = _maps_path()
    if not path.exists():
        return []
    try:
        data = read_yaml(path)
    except ClippingsError:
        return []  # a broken file is forgotten, never a failed import
    return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []


def remembered(columns: Iterable[str]) -> dict[str, str] | None:
    """The mapping chosen last time for a file with these columns, or None."""
    key = _key(columns)
    for entry in _load():
        if entry.get("columns") == key and isinstance(entry.get("map"), dict):
            return {str(k): str(v) for k, v in entry["map"].items() if k in FIELDS and v}
    return None


def remember(columns: Iterable[str], mapping: Mapping[str, str]) -> bool:
    """Keep ``mapping`` for files with these columns (``column_maps.yaml`` in the config
    folder, newest first), replacing what was kept for them; False when the folder cannot
    be written (the import goes on: only the next file's pre-filling is lost)."""
    key = _key(columns)
    entries = [e for e in _load() if e.get("columns") != key]
    entries.insert(0, {"columns": key, "map": {k: v for k, v in mapping.items() if v}})
    path = _maps_path()
    text = yaml.safe_dump(entries[:200], allow_unicode=True, sort_keys=False)
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError:
        return False
    return True
