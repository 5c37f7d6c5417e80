"""A clipping's field table ('Quelle | Example Blatt', 'Datum | 10.11.2025', 'Autor/in | Jane
Doe') as 'Label: value' lines, whatever the document's format made of its rows.

Why: a press review opens each clipping with a small table of its outlet, day, page, desk
and author. A Word or OpenDocument file gives a row as 'Label | value', an RTF one as
'Label|value|', a PDF the label over its value ('Quelle:' / 'Example Blatt', 'Outlet' /
'Example Times'). Only the labelled line is known as a clipping's opener (and its fields
as the clipping's), so the review ran together as one article, its field rows in the text;
read here once for every format, each row is the labelled line the review meant.
"""

from __future__ import annotations

import re

from app.importers.dates import year_dates
from app.importers.docfront import field_kind

_CELLS = re.compile(r"\s*\|\s*")
_MIN_KNOWN = 2  # rows of known labels, the outlet's among them: a clipping's field table
_MIN_ANY = 3  # rows of labels of the review's own ('Nr. | 4'): a table only this long


def _cells(line: str) -> list[str]:
    """A table row's cells ('Label | value', 'Label|value|'), or [] for no row."""
    if "|" not in line:
        return []
    cells = _CELLS.split(line.strip().strip("|").strip())
    return cells if all(cells) else []


def label_cell(cell: str) -> bool:
    """A cell that may be a label of the review's own ('Medium', 'Section (original)'): a
    word or two, no figures."""
    cell = re.sub(r"\s*\([^\W\d_][\w .-]{0,20}\)$", "", cell)  # 'Datum (Print)'
    return 0 < len(cell.split()) <= 2 and bool(re.fullmatch(r"[^\W\d_][\w .-]*", cell))


def _bare_label(line: str) -> str:
    """A known field's label alone on its line ('Quelle:', 'Outlet'), else ''."""
    line = line.strip()
    return line.rstrip(":").strip() if len(line) <= 30 and field_kind(line.rstrip(":")) else ""


def _row_at(lines: list[str], i: int) -> tuple[str, str, int] | None:
    """The known field's row at line i as (kind, 'Label: value', lines it takes), else
    None; a line already labelled ('Rubrik: Schweiz') is a row of the table too."""
    line = lines[i].strip()
    cells = _cells(line)
    if len(cells) == 2 and (label_cell(cells[0]) or field_kind(cells[0])):
        # a label of the review's own among the known ones ('Tonalität | positiv')
        return field_kind(cells[0]) or "", f"{cells[0]}: {cells[1]}", 1
    if label := _bare_label(line):
        value = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if value and not _bare_label(value) and not _cells(value) and len(value) <= 120:
            return field_kind(label) or "", f"{label}: {value}", 2
        return None
    label, colon, value = line.partition(":")
    if colon and value.strip() and len(line) <= 120 and (kind := field_kind(label)):
        return kind, line, 1
    return None


def _known_rows(lines: list[str]) -> list[str]:
    """Runs of rows of known labels naming the outlet and the day, as labelled lines."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run: list[tuple[str, str]] = []
        j = i
        while j < len(lines) and (row := _row_at(lines, j)):
            run.append(row[:2])
            j += row[2]
        kinds = {kind for kind, _ in run}
        dated = any(year_dates(text) for _, text in run)
        if len(run) >= _MIN_KNOWN and "source" in kinds and dated:
            out.extend(text for _, text in run)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _any_rows(lines: list[str]) -> list[str]:
    """Runs of three or more two-cell rows whose left cells are labels of the review's own
    ('Medium | Outlet', 'Datum | 25.11.2025', 'Ressort | Köln'), one value a day, as
    labelled lines; not a header over a row."""
    out = list(lines)
    pairs = [len(c := _cells(ln)) == 2 and label_cell(c[0]) for ln in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and pairs[j]:
            j += 1
        if j - i >= _MIN_ANY and any(year_dates(_cells(ln)[1]) for ln in lines[i:j]):
            out[i:j] = [": ".join(_cells(ln)) for ln in lines[i:j]]
        i = max(j, i + 1)
    return out


def field_rows(lines: list[str]) -> list[str]:
    """The lines with each clipping's field table as 'Label: value' lines: a run of rows
    of known labels that names the outlet and the day ('Quelle' / 'Datum'), or three rows
    and more of any one- or two-word labels beside their values, one of them a day (a
    header over one row of values is no such run). Other lines stay as they are."""
    return _known_rows(_any_rows(lines))
