"""Engine-neutral query tree. Saved searches keep the text; this is what it means."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Term:
    text: str
    field: str | None = None  # None: every text field
    wildcard: bool = False  # text contains * or ?


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    field: str | None = None
    slop: int = 0


@dataclass(frozen=True)
class DateRange:
    start: datetime | None  # inclusive
    end: datetime | None  # exclusive


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class MatchAll:
    pass


@dataclass(frozen=True)
class Absent:
    """``source:""``: clippings with no value in the field (no source, no tags, no date)."""

    field: str


Node = Term | Phrase | DateRange | And | Or | Not | MatchAll | Absent


def positive_terms(node: Node) -> list[Term | Phrase]:
    """The terms and phrases a match must or may contain (for highlighting)."""
    if isinstance(node, Term | Phrase):
        return [node]
    if isinstance(node, And | Or):
        return [t for child in node.children for t in positive_terms(child)]
    return []
