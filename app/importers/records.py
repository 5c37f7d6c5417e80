"""Bulk files: CSV/TSV, JSON Lines and JSON arrays, one article per row or object.

Columns are found by common names (title/headline, body/text/content, date/published, …);
a caller may pass an explicit mapping {field: column}. A bad row becomes an
ExtractionFailure and the rest of the file goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping

from app.importers.base import Context, Item, from_text
from app.importers.encoding import decode
from app.importers.frontmatter import hints_from_mapping
from app.model import ExtractionError, ExtractionFailure

BODY_COLUMNS = ("body", "text", "content", "article", "fulltext", "full_text", "story",
                "inhalt", "volltext", "текст", "message")  # fmt: skip
MAX_FIELD = 50_000_000


def _body_column(columns: Iterable[str], mapping: Mapping[str, str]) -> str | None:
    if "body" in mapping:
        return mapping["body"]
    lowered = {c.strip().lower(): c for c in columns if c}
    for name in BODY_COLUMNS:
        if name in lowered:
            return lowered[name]
    return None


def _record_item(
    record: Mapping[str, object], body_col: str, ctx: Context, origin: str, part: int
) -> Item:
    renamed = {k: v for k, v in record.items() if k is not None}
    for field, column in ctx.mapping.items():
        if column in record:
            renamed[field] = record[column]
    renamed.pop(body_col, None)
    hints = hints_from_mapping(renamed)
    body = record.get(body_col)
    if not isinstance(body, str) or not body.strip():
        raise ExtractionError("the row has no text")
    return from_text(body, ctx, origin, part, hints)


def _items(records: list[object], name: str, ctx: Context) -> list[Item]:
    """One item per record; a str record is the reason that line failed to parse."""
    columns: dict[str, None] = {}
    for record in records[:100]:
        if isinstance(record, Mapping):
            columns.update(dict.fromkeys(str(k) for k in record))
    body_col = _body_column(columns, ctx.mapping)
    if body_col is None:
        raise ExtractionError(
            "no text column found (expected one of: " + ", ".join(BODY_COLUMNS[:4]) + ")"
        )
    items: list[Item] = []
    for n, record in enumerate(records):
        origin = f"{name}#{n}"
        if isinstance(record, str):
            items.append(ExtractionFailure(origin, record))
            continue
        if not isinstance(record, Mapping):
            items.append(ExtractionFailure(origin, "not an object with named fields"))
            continue
        try:
            items.append(_record_item(record, body_col, ctx, origin, n))
        except ExtractionError as exc:
            items.append(ExtractionFailure(origin, str(exc)))
    return items


def extract_csv(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Rows of a CSV/TSV file with a header line."""
    text = decode(data)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if name.lower().endswith(".tsv") else csv.excel
    csv.field_size_limit(MAX_FIELD)
    try:
        rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    except csv.Error as exc:
        raise ExtractionError(f"the CSV file is malformed: {exc}") from exc
    if not rows:
        raise ExtractionError("the CSV file has a header but no rows")
    return _items(list(rows), name, ctx)


def extract_jsonl(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One JSON object per line; a line that is not JSON fails alone."""
    text = decode(data)
    parsed: list[object] = []
    for line in (ln for ln in text.splitlines() if ln.strip()):
        try:
            parsed.append(json.loads(line))
        except ValueError:
            parsed.append("this line is not valid JSON (truncated?)")
    if not any(isinstance(p, Mapping) for p in parsed):
        raise ExtractionError("no JSON objects found, one per line")
    return _items(parsed, name, ctx)


def extract_json(name: str, data: bytes, ctx: Context) -> list[Item]:
    """A JSON array of objects, {"articles": [...]}, or a single object."""
    try:
        value = json.loads(decode(data))
    except ValueError as exc:
        raise ExtractionError("the JSON file is malformed") from exc
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list) and v]
        value = lists[0] if lists and _body_column(value, ctx.mapping) is None else [value]
    if not isinstance(value, list) or not value:
        raise ExtractionError("the JSON file holds no articles")
    return _items(value, name, ctx)
