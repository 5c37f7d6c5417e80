"""An anchored alternation of many branches, each tried only on lines it can open.

Python's engine tries the branches of `^(?:a|b|…)` one after the other on every line; a
branch that opens on a word the line does not open on fails on its first character, but
hundreds of such failures add up. Here the branches are grouped by the first character
they can take (read off the parsed pattern) and a line meets only its group's branches.
"""

from __future__ import annotations

import re

from app.importers.regextree import CATEGORIES, REPEATS, sre, walk

Firsts = tuple[list[tuple[str, int]], bool]


def _class(items: list) -> str | None:
    """A parsed character class as source, None where it holds what this does not know."""
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.NEGATE:
            parts.append("^")
        elif op is sre.CATEGORY and av in CATEGORIES:
            parts.append(CATEGORIES[av])
        else:
            return None
    return f"[{''.join(parts)}]"


def _firsts(items: list, flags: int) -> Firsts | None:
    """The classes (each with its flags) the first character of a match is in, and
    whether the items may match nothing; None where that is not known."""
    found: list[tuple[str, int]] = []
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the next item takes the first
        if op is sre.LITERAL:
            return [*found, (re.escape(chr(av)), flags)], False
        if op is sre.NOT_LITERAL:
            return [*found, (f"[^{re.escape(chr(av))}]", flags)], False
        if op is sre.IN:
            source = _class(av)
            return None if source is None else ([*found, (source, flags)], False)
        if op is sre.SUBPATTERN:
            _group, add, drop, sub = av
            inner = _firsts(sub, (flags | add) & ~drop)
        elif op is sre.BRANCH:
            inners = [_firsts(branch, flags) for branch in av[1]]
            if any(i is None for i in inners):
                return None
            inner = [c for i in inners for c in i[0]], any(i[1] for i in inners)
        elif op in REPEATS:
            low, _high, sub = av
            inner = _firsts(sub, flags)
            if inner is not None and low == 0:
                inner = inner[0], True  # the item may be left out: the next may open
        else:
            return None  # any character, a back reference, …
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


class FirstCharMatch:
    """`re.compile(f"^(?:{'|'.join(branches)})", flags).match(line) is not None`, each
    branch tried only on lines whose first character it can take (branches whose first
    character is not known always)."""

    def __init__(self, branches: list[str], flags: int) -> None:
        self.flags = flags
        self.branches: list[tuple[str, list[re.Pattern[str]] | None]] = []
        for branch in branches:
            found = walk(_firsts, branch, flags, flags)  # None: not known, always tried
            classes = None
            if found is not None and not found[1]:
                classes = [re.compile(c, f & (re.I | re.A)) for c, f in found[0]]
            self.branches.append((branch, classes))
        # the branches for each first character met so far (None: none can open a line)
        self.by_first: dict[str, re.Pattern[str] | None] = {"": self._compile(branches)}

    def _compile(self, branches: list[str]) -> re.Pattern[str] | None:
        return re.compile(f"^(?:{'|'.join(branches)})", self.flags) if branches else None

    def __call__(self, line: str) -> bool:
        first = line[:1]
        pattern = self.by_first.get(first, False)
        if pattern is False:
            pattern = self.by_first[first] = self._compile(
                [
                    branch
                    for branch, classes in self.branches
                    if classes is None or any(c.fullmatch(first) for c in classes)
                ]
            )
        return pattern is not None and pattern.match(line) is not None
