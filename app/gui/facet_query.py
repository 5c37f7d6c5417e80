"""Facet clicks as query text: include, then exclude, then drop a ``field:value`` term.

The search bar shows the result, so users learn the query language by clicking.
Plain string handling (no Qt), so it is tested without a window.
"""

from __future__ import annotations

import re

INCLUDE, EXCLUDE, ABSENT = 1, -1, 0


def term(field: str, value: str) -> str:
    """``tag:Region/Kazakhstan``; values with spaces or syntax characters are quoted."""
    if not value or any(c.isspace() or c in '():"' for c in value):
        value = '"' + value.replace('"', "") + '"'
    return f"{field}:{value}"


def _pattern(field: str, value: str) -> re.Pattern[str]:
    """The term as the search reads it: field and value in any case, a value that needs
    no quotes quoted or not. A filter typed by hand ('tag:watch', 'lang:EN') is the
    facet's: Enter on 'Watch' excluded nothing and added 'tag:Watch' beside it, the
    second Enter gave 'tag:watch -tag:Watch', which finds nothing."""
    quoted = re.escape(term(field, value).partition(":")[2])
    if not quoted.startswith('"'):
        quoted = f'(?:{quoted}|"{quoted}")'
    return re.compile(
        r"(?:(?<=\s)|^)(-?)" + re.escape(field) + ":" + quoted + r"(?=\s|$)", re.IGNORECASE
    )


def state(query: str, field: str, value: str) -> int:
    match = _pattern(field, value).search(query)
    if match is None:
        return ABSENT
    return EXCLUDE if match.group(1) else INCLUDE


def toggle(query: str, field: str, value: str) -> str:
    """First click filters, a second click excludes, a third removes the term."""
    current = state(query, field, value)
    text = term(field, value)
    if current == ABSENT:
        return f"{query.strip()} {text}".strip()  # OR binds tighter: 'a OR b lang:ru' filters both
    if current == INCLUDE:  # the term as it was written, with its '-'
        return _pattern(field, value).sub(lambda m: "-" + m.group(0), query, count=1).strip()
    return " ".join(_pattern(field, value).sub("", query, count=1).split())


def excluded(query: str, field: str) -> list[str]:
    """The values a query leaves out by ``-field:value`` terms (as ``term`` writes them):
    the sidebar lists them, with no matches, so that a third click can drop the term."""
    found = re.finditer(
        r"(?:(?<=\s)|^)-" + re.escape(field) + r':(?:"([^"]*)"|([^\s"()]+))(?=\s|$)',
        query,
        re.IGNORECASE,
    )
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in found]
