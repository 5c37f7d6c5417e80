"""A review whose clippings' fields stand only in its contents table (column names 'Nr. |
Medium | Datum | Ressort | Seite | Titel' over a numbered row a clipping), each clipping
further down under its number and headline alone ('1 | Headline'): the row's fields are
carried to the clipping as its field block, the table left as the review's cover."""

from __future__ import annotations

import re

from app.importers.dates import year_dates
from app.importers.docfront import field_kind
from app.importers.fieldrows import label_cell

_HEADING = re.compile(r"^(?P<n>\d{1,3})\s*[|.):]\s+(?P<head>\S.*)$")
_EMPTY = re.compile(r"^[\s–—\-/]*$")  # a dash for a field the clipping has not ('–')
_SEP = " | "


def _rows(names: list[str], lines: list[str]) -> tuple[int, dict[int, list[str]]] | None:
    """The number column and the contents' rows under the column names by number, the
    rows numbered 1, 2, 3 in that column and dated; None for no such table."""
    kinds = [field_kind(n) for n in names]
    if "source" not in kinds or "title" not in kinds or "published" not in kinds:
        return None
    rows: list[list[str]] = []
    for line in lines:
        cells = [c.strip() for c in line.split(_SEP)]
        if len(cells) != len(names):
            break
        rows.append(cells)
    if len(rows) < 2:
        return None
    date_col = kinds.index("published")
    for col, kind in enumerate(kinds):
        numbers = [r[col] for r in rows]
        counted = numbers == [str(k) for k in range(1, len(rows) + 1)]
        if kind is None and counted and all(year_dates(r[date_col]) for r in rows):
            return col, {k + 1: r for k, r in enumerate(rows)}
    return None


def carried_contents(lines: list[str]) -> list[str]:
    """The lines with each numbered clipping's heading ('2 | Headline') replaced by its
    contents row as labelled fields over the headline (the outlet's first) and the table
    taken out; the lines as they are where no two clippings match their rows."""
    for i, line in enumerate(lines):
        names = [n.strip() for n in line.split(_SEP)]
        if len(names) < 3 or not all(map(label_cell, names)):
            continue
        found = _rows(names, lines[i + 1 :])
        if found is None:
            continue
        col, rows = found
        end = i + 1 + len(rows)
        kinds = [field_kind(n) for n in names]
        title = kinds.index("title")
        out, matched = lines[:i], 0
        for rest in lines[end:]:
            m = _HEADING.match(rest.strip())
            row = rows.get(int(m["n"])) if m else None
            if m is None or row is None or m["head"].casefold() != row[title].casefold():
                out.append(rest)
                continue
            order = sorted(range(len(names)), key=lambda k: kinds[k] != "source")
            out.extend(
                f"{names[k]}: {row[k]}"
                for k in order
                if k not in (col, title) and not _EMPTY.match(row[k])
            )
            out.append(m["head"])
            matched += 1
        return out if matched >= 2 else lines
    return lines
