"""A source named in another script or spelling finds the source as it is stored.

Sources are stored under one name per agency ("TASS", "RIA Novosti"), but analysts type
what they read: ``source:ТАСС``, ``source:ИТАР-ТАСС``, ``source:"РИА Новости"``. The source
profiles list each agency's other names; a ``source:`` term naming one of them also
finds every other name of that agency.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from app.query.ast import And, Node, Not, Or, Phrase, Term


def alias_table(groups: Iterable[Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Each name (lower case) → all names of its group, for groups of one source's names."""
    table: dict[str, tuple[str, ...]] = {}
    for group in groups:
        names = tuple(dict.fromkeys(n.strip() for n in group if n.strip()))
        if len(names) > 1:
            for name in names:
                table.setdefault(name.lower(), names)
    return table


def with_source_aliases(node: Node, table: Callable[[], Mapping[str, tuple[str, ...]]]) -> Node:
    """``node`` with each ``source:`` term or phrase naming a known source widened to an
    OR of all that source's names. ``table`` is asked only when a source is named (reading
    the profiles costs a cold process a fifth of a second)."""
    match node:
        case Term(field="source", wildcard=False) | Phrase(field="source"):
            said = node.text if isinstance(node, Term) else " ".join(node.words)
            names = table().get(" ".join(said.split()).lower())
            if names is None:
                return node
            return Or(tuple(Term(name, "source") for name in names))
        case And(children):
            return And(tuple(with_source_aliases(c, table) for c in children))
        case Or(children):
            return Or(tuple(with_source_aliases(c, table) for c in children))
        case Not(child):
            return Not(with_source_aliases(child, table))
    return node
