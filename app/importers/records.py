"""Bulk files: CSV/TSV, JSON Lines and JSON arrays, one article per row or object.

Columns are found by common names (title/headline, body/text/content, date/published, …);
a caller may pass an explicit mapping {field: column} (`clippings import --map
text=Inhalt`), a field named by any of its column names, and "" for a field no column
gives (the GUI's "(none)": not even one of its usual names). A bad row becomes an
ExtractionFailure and the rest of the file goes on.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

import lxml.html
from lxml import etree

from app.importers.base import Context, Item, from_text, tell_part
from app.importers.colnames import column_field
from app.importers.dates import parse_date
from app.importers.encoding import decode
from app.importers.filedname import filed_source
from app.importers.frontmatter import _ALIASES, _as_datetime, hints_from_mapping
from app.model import ExtractionError, ExtractionFailure

BODY_COLUMNS = ("body", "text", "content", "article", "fulltext", "full_text", "story",
                "inhalt", "volltext", "текст", "message")  # fmt: skip
MAX_FIELD = 50_000_000


def mapped_field(name: str) -> str | None:
    """The article field a mapping's key names: the field itself ('body', 'published') or
    any name its column goes by ('text', 'Inhalt', 'headline', 'date'); None for none."""
    key = name.strip().lower()
    if key in BODY_COLUMNS:
        return "body"
    for field, aliases in _ALIASES.items():
        if key == field or key in aliases:
            return field
    return None


#: the fields a mapping may name, as a person reads them (the text first)
MAPPABLE = ("text", *_ALIASES)


def _resolved(mapping: Mapping[str, str], columns: Iterable[str]) -> dict[str, str]:
    """The mapping with each key made its field and each column the file's own spelling
    (a column named in another case or with spaces around is found). Why: `--map
    text=inhalt` for a header 'Inhalt' must not fail on the case; a column the file does
    not have fails the file with its columns named, not each row."""
    own = {c.strip().casefold(): c for c in columns if c}
    found: dict[str, str] = {}
    for key, column in mapping.items():
        field = mapped_field(key) or key
        if not column:  # "none": the field is read from no column, not even its usual one
            found[field] = ""
        elif column in own.values():
            found[field] = column
        elif column.strip().casefold() in own:
            found[field] = own[column.strip().casefold()]
        else:
            raise ExtractionError(
                f"no column {column!r} for the {'text' if field == 'body' else field} "
                f"(the file's columns: {_listed(own.values())})"
            )
    return found


def _listed(columns: Iterable[str], most: int = 12) -> str:
    names = [repr(c) for c in columns]
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return ", ".join(names[:most]) + more if names else "none"


def _no_text_column(columns: Iterable[str]) -> ExtractionError:
    """Why a file gives no articles: its own columns, the names a text column goes by
    (all of them, from BODY_COLUMNS) and how to name another."""
    return ExtractionError(
        f"no text column found: the file's columns are {_listed(columns)}; a text column "
        f"is named {', '.join(BODY_COLUMNS)} (any case), or map one to the text "
        "(clippings import --map text=COLUMN)"
    )


def _body_column(columns: Iterable[str], mapping: Mapping[str, str]) -> str | None:
    for key, column in mapping.items():
        if (mapped_field(key) or key) == "body" and column:
            return column
    lowered = {c.strip().lower(): c for c in columns if c}
    for name in BODY_COLUMNS:
        if name in lowered:
            return lowered[name]
    # a text column of other words ('Volltext der Meldung', 'Текст публикации')
    return next((c for c in lowered.values() if column_field(c) == "body"), None)


def _record_item(
    record: Mapping[str, object],
    body_col: str,
    mapping: Mapping[str, str],
    ctx: Context,
    origin: str,
    part: int,
) -> Item:
    renamed = {k: v for k, v in record.items() if k is not None}
    for field, column in mapping.items():
        if not column:  # "(none)": not even a column of the field's usual names or words
            names = _ALIASES.get(field, ())
            renamed = {
                k: v
                for k, v in renamed.items()
                if str(k).strip().lower() not in names and column_field(str(k)) != field
            }
        elif column in record:
            renamed[field] = record[column]
    renamed.pop(body_col, None)
    hints = hints_from_mapping(renamed)
    if hints.source:  # 'БелТА' files as 'BelTA', as a paste of the same outlet does
        hints = replace(hints, source=filed_source(hints.source, ctx.profiles))
    body = record.get(body_col)
    if not isinstance(body, str) or not body.strip():
        raise ExtractionError("the row has no text")
    return from_text(plain_text(body), ctx, origin, part, hints)


#: tags of running text a CMS or feed export leaves in a text cell
_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|blockquote|table|tr|td)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[\da-f]{2,5});", re.IGNORECASE)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table")


def plain_text(body: str) -> str:
    """A cell's text; one holding HTML (CMS and feed exports do) as text with a
    paragraph per block, so no tag or entity reaches the article or the index."""
    if not _TAG.search(body):
        return html.unescape(body) if _ENTITY.search(body) else body
    try:
        root = lxml.html.fragment_fromstring(body, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.unescape(body)
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCKS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _items(records: list[object], name: str, ctx: Context) -> list[Item]:
    """One item per record; a str record is the reason that line failed to parse."""
    columns: dict[str, None] = {}
    for record in records[:100]:
        if isinstance(record, Mapping):
            columns.update(dict.fromkeys(str(k) for k in record))
    mapping = _resolved(ctx.mapping, columns)
    body_col = _body_column(columns, mapping)
    if body_col is None:
        raise _no_text_column(columns)
    items: list[Item] = []
    for n, record in enumerate(records):
        tell_part(ctx, n, len(records), "row")
        origin = f"{name}#{n}"
        if isinstance(record, str):
            items.append(ExtractionFailure(origin, record))
            continue
        if not isinstance(record, Mapping):
            items.append(ExtractionFailure(origin, "not an object with named fields"))
            continue
        try:
            items.append(_record_item(record, body_col, mapping, ctx, origin, n))
        except ExtractionError as exc:
            items.append(ExtractionFailure(origin, str(exc)))
    if (unread := _unread_dates(records, columns, mapping, name)) is not None:
        items.append(unread)
    return items


def _date_column(columns: Iterable[str], mapping: Mapping[str, str]) -> str:
    """The column the rows' dates are read from: the mapped one, else the first of the
    date's usual names, else the first column named in the date's words; '' for none."""
    if "published" in mapping:
        return mapping["published"]
    own = {c.strip().lower(): c for c in columns if c}
    named = [own[a] for a in _ALIASES["published"] if a in own]
    named += [c for c in own.values() if column_field(c) == "published"]
    return named[0] if named else ""


def _unread_dates(
    records: list[object], columns: Iterable[str], mapping: Mapping[str, str], name: str
) -> ExtractionFailure | None:
    """The file's report of a date column whose cells it cannot read as dates (how many,
    an example): those rows came in undated. Why: the dates were dropped without a word,
    and a person sorting by date never learnt that the column was not read."""
    column = _date_column(columns, mapping)
    if not column:
        return None
    cells = [r.get(column) for r in records if isinstance(r, Mapping)]
    cells = [c for c in cells if c not in (None, "", []) and str(c).strip()]
    unread = [c for c in cells if _as_datetime(c) is None]
    if not unread:
        return None
    return ExtractionFailure(
        name,
        f"{name}: {len(unread)} of {len(cells)} cells of the date column {column!r} are no "
        f"date it reads (e.g. {str(unread[0])[:40]!r}), so those rows came in without a "
        "date; map another column to the date (--map published=COLUMN) or fix the cells",
    )


_DELIMITERS = ",;\t|"
_SAMPLE = 65_536


def _dialect(text: str, name: str) -> type[csv.Dialect] | csv.Dialect:
    """The sniffer's guess; failing that, the delimiter and quote character that split the
    first rows most consistently (10kGNAD: `;` and `'`); failing that, Excel's."""
    try:
        found = csv.Sniffer().sniff(text[:8192], _DELIMITERS)
    except csv.Error:
        pass
    else:
        if not found.escapechar:
            # the sniffer says "no doubled quotes" when its sample has none; without an
            # escape character a quote inside a cell can only be doubled (RFC 4180, Excel)
            found.doublequote = True
        return found
    sample = text[:_SAMPLE]
    best: tuple[float, int, str, str] | None = None
    for delimiter in _DELIMITERS:
        for quote in "\"'":
            try:
                rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar=quote))
            except csv.Error:
                continue
            if len(text) > _SAMPLE:
                rows = rows[:-1]  # cut off by the sample
            counts = [len(r) for r in rows if r]
            if len(counts) < 2:
                continue
            modal = max(set(counts), key=counts.count)
            score = (counts.count(modal) / len(counts), modal, delimiter, quote)
            if modal >= 2 and (best is None or score[:2] > best[:2]):
                best = score
    if best is None or best[0] < 0.9:
        return csv.excel_tab if name.lower().endswith(".tsv") else csv.excel

    class Found(csv.excel):
        delimiter = best[2]
        quotechar = best[3]

    return Found


_KNOWN = {a for aliases in _ALIASES.values() for a in aliases} | set(BODY_COLUMNS)
_NAME_CHARS = 30  # a column's name is short; a longer first cell is data


def _median(values: list[int]) -> int:
    return sorted(values)[len(values) // 2] if values else 0


def _column_roles(rows: list[list[str]]) -> dict[int, str] | None:
    """Fields of a file without a header line, guessed from the cells: the long text is
    the body, a short recurring label the section, a date column the date, a URL the url,
    a sentence-length column the title."""
    sample = rows[:200]
    width = max(len(r) for r in sample)
    roles: dict[int, str] = {}
    lengths = {c: [len(r[c]) for r in sample if c < len(r)] for c in range(width)}
    body = max(lengths, key=lambda c: _median(lengths[c]))
    if _median(lengths[body]) < 150:
        return None
    roles[body] = "body"
    for col in range(width):
        if col == body:
            continue
        cells = [r[col].strip() for r in sample if col < len(r) and r[col].strip()]
        if not cells:
            continue
        words = [len(c.split()) for c in cells]
        if all(c.startswith(("http://", "https://")) for c in cells):
            roles[col] = "url"
        elif sum(parse_date(c) is not None for c in cells[:50]) >= 0.8 * len(cells[:50]):
            roles[col] = "published"
        elif (
            max(words) <= 4
            and "section" not in roles.values()
            and not any(ch.isdigit() for c in cells for ch in c)
            and len(set(cells)) <= max(12, len(cells) // 3)
        ):
            roles[col] = "section"
        elif 3 <= _median(words) <= 30 and "title" not in roles.values():
            roles[col] = "title"
    return roles


def _headerless(rows: list[list[str]], mapping: Mapping[str, str]) -> bool:
    """The first row is data: no known column name, and a cell as long as an article."""
    first = rows[0]
    names = {c.strip().lower() for c in first}
    if names & _KNOWN or names & {c.strip().lower() for c in mapping.values()}:
        return False
    if sum(len(c) <= _NAME_CHARS and bool(column_field(c)) for c in first) >= 2:
        return False  # 'Erschienen am', 'Meldung (Kopf)': names of fields in other words
    return any(len(c) > 150 or len(c.split()) > 25 for c in first)


def extract_csv(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Rows of a CSV/TSV file; with a header line, or without one when the columns can be
    told from their contents (a long text, a short label, a date, a URL, a title)."""
    text = decode(data)
    dialect = _dialect(text, name)
    csv.field_size_limit(MAX_FIELD)
    try:
        rows = [r for r in csv.reader(io.StringIO(text), dialect=dialect) if any(r)]
    except csv.Error as exc:
        raise ExtractionError(f"the CSV file is malformed: {exc}") from exc
    if not rows:
        raise ExtractionError("the CSV file is empty")
    if _headerless(rows, ctx.mapping) and (roles := _column_roles(rows)):
        records: list[object] = [
            {roles[c]: cell for c, cell in enumerate(row) if c in roles} for row in rows
        ]
        return _items(records, name, ctx)
    header, body_rows = rows[0], rows[1:]
    if not body_rows:
        raise ExtractionError("the CSV file has a header but no rows")
    records = [dict(zip(header, row, strict=False)) for row in body_rows]
    return _items(records, name, ctx)


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
