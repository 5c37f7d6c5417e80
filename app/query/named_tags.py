"""The tags a query names (``tag:"Presseschau KW48"``, ``tag:(Energy OR Trade)``): a press
review made from the query does not print them on every article, where they say only
how the articles were picked."""

from __future__ import annotations

from app.model import QueryError
from app.query.parser import _tokenize
from app.query.tag_rename import _tag_values


def tags_named(query: str) -> list[str]:
    """The ``tag:`` values of ``query`` as typed (no wildcards), in order; none for a query
    that does not parse."""
    try:
        tokens = _tokenize(query)
    except QueryError:
        return []
    names: list[str] = []
    for tok in _tag_values(tokens):
        if tok.kind == "phrase" and not tok.text.endswith('"'):
            continue  # a proximity's slop: no tag name
        value = " ".join(tok.text.strip('"').split())
        if value and not any(c in value for c in "*?") and value not in names:
            names.append(value)
    return names
