"""A tag renamed (or moved, or merged) in the text of a query, so that a saved search that
named it keeps finding the same clippings.

``tag:`` matches a tag, its ancestors and any run of its levels (``tag:Kazakhstan`` finds
``Region/Kazakhstan/Astana``, see ``app.index.schema.tag_terms``), folded (``fold_value``:
*Laender* is *Länder*). A
value that found the renamed tag's clippings through the old name is pointed at the new
one; where it still finds other tags too (``tag:Kazakhstan`` also on ``Places/Kazakhstan``)
it keeps them: ``tag:(Kazakhstan OR Regions/Kasachstan)``. The rest of the text stays as
typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatchcase

from app.lang.fold import fold_value
from app.model import QueryError
from app.query.parser import FIELDS, OPERATORS, _tokenize

_Parts = tuple[str, ...]


def rename_tag_in_query(query: str, old: str, new: str, others: Iterable[str] = ()) -> str:
    """``query`` with its ``tag:`` values for ``old`` (or a tag under it) pointed at
    ``new``; ``others`` are the tags outside the renamed one (whose matches are kept).
    A query that does not parse is returned as it is."""
    try:
        tokens = _tokenize(query)
    except QueryError:
        return query
    old_parts, new_parts = _parts(old), _parts(new)
    other_runs = {run for name in others for run in _runs(_parts(fold_value(name)))}
    edits: list[tuple[int, int, str]] = []
    for tok in _tag_values(tokens):
        if tok.kind == "phrase" and not tok.text.endswith('"'):
            continue  # a proximity's slop: no tag name
        value = " ".join(tok.text.strip('"').split())
        replacement = _renamed(_parts(value), old_parts, new_parts)
        if replacement is None:
            continue
        text = _quoted(replacement, new)
        if _still_finds(fold_value(value), other_runs):
            text = f"({tok.text} OR {text})"
        edits.append((tok.pos, tok.pos + len(tok.text), text))
    for start, end, text in reversed(edits):
        query = query[:start] + text + query[end:]
    return query


def _tag_values(tokens) -> Iterable:
    """The words and phrases a ``tag:`` field applies to: the one after it, or each in
    the parenthesised group after it (``tag:(Energy OR Trade)``)."""
    depth = 0  # parentheses open inside a tag: group
    after_field = False
    for tok in tokens:
        if depth:
            if tok.kind == "lparen":
                depth += 1
            elif tok.kind == "rparen":
                depth -= 1
            elif tok.kind in ("word", "phrase") and tok.text not in OPERATORS:
                yield tok
            continue
        if after_field:
            after_field = False
            if tok.kind == "lparen":
                depth = 1
                continue
            if tok.kind in ("word", "phrase") and tok.text != '""':
                yield tok
                continue
        after_field = tok.kind == "field" and FIELDS.get(tok.text[:-1].lower()) == "tag"


def _renamed(value: _Parts, old: _Parts, new: _Parts) -> str | None:
    """What ``value`` finds of the renamed family after the rename, if the rename took
    it from the value: the new name with the levels the value named under the old one."""
    folded = tuple(fold_value(p) for p in value)
    old_folded = tuple(fold_value(p) for p in old)
    wild = [any(c in p for c in "*?") for p in folded]
    for start in range(len(old)):
        run = old_folded[start:]
        if folded[: len(run)] == run and not any(wild[: len(run)]):
            rest = value[len(run) :]  # the value reaches into the levels under the old tag
            if _contains(tuple(fold_value(p) for p in new) + folded[len(run) :], folded):
                return None  # the new name still has the run: nothing to change
            return "/".join(new + rest)
        if len(folded) < len(run) and not any(wild) and _contains(run, folded, at_start=True):
            if _contains(tuple(fold_value(p) for p in new), folded):
                return None
            return "/".join(new)  # a level above the old tag's end: all of its family
    return None


def _contains(whole: _Parts, part: _Parts, at_start: bool = False) -> bool:
    starts = [0] if at_start else range(len(whole) - len(part) + 1)
    return any(whole[i : i + len(part)] == part for i in starts)


def _still_finds(value: str, other_runs: set[str]) -> bool:
    """Whether ``tag:value`` also matches a tag outside the renamed one."""
    if any(c in value for c in "*?"):
        return any(fnmatchcase(run, value) for run in other_runs)
    return value in other_runs


def _runs(parts: _Parts) -> set[str]:
    return {
        "/".join(parts[start:end])
        for start in range(len(parts))
        for end in range(start + 1, len(parts) + 1)
    }


def _parts(name: str) -> _Parts:
    return tuple(" ".join(p.split()) for p in name.split("/"))


def _quoted(value: str, new: str) -> str:
    """A tag value as a query word, in quotes where the new name has a space or a
    character the query language reads (``"Energy policy"``; a quoted ``*`` is no
    wildcard); a wildcard the user typed after it stays one (``Regions/Ka*``)."""
    special = any(c.isspace() or c in '()":*?' for c in new) or new.startswith("-")
    if special or value in OPERATORS:
        return '"' + value.replace('"', "") + '"'
    return value
