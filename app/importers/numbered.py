"""A daily report of numbered releases on one page: "Nr. 1784" / headline / text, "Nr. 1785"
/ headline / text, … under the page's head (a police press office's "Pressebericht vom …",
a ministry's "Сводка …"). Each numbered item is a release of its own, with its own
headline; read as one article, the page ran them all together under the first headline."""

from __future__ import annotations

import re
from itertools import pairwise

# The number a release carries on a line of its own: "Nr. 1784", "No. 12", "№ 305".
_ITEM_MARK = re.compile(r"^(?:nr\.|no\.|№)\s?(\d{1,5})$", re.IGNORECASE)


def _is_headline(line: str) -> bool:
    words = len(line.split())
    return 0 < words <= 16 and line[-1:] not in ".:;,"


def numbered_reports(text: str) -> list[str]:
    """The texts of a page's numbered releases, each under the page's head (its logo, trail
    and date line) and with its own headline first; [] unless at least two consecutive
    numbers each stand over a headline and a paragraph."""
    if "Nr." not in text and "No." not in text and "№" not in text:
        return []
    lines = text.split("\n")
    marks: list[int] = []
    numbers: list[int] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if len(stripped) <= 9 and (m := _ITEM_MARK.match(stripped)):
            marks.append(i)
            numbers.append(int(m[1]))
    if len(marks) < 2 or any(b != a + 1 for a, b in pairwise(numbers)):
        return []
    ends = [*marks[1:], len(lines)]
    for mark, end in zip(marks, ends, strict=True):
        filled = [ln.strip() for ln in lines[mark + 1 : end] if ln.strip()]
        if len(filled) < 2 or not _is_headline(filled[0]) or len(filled[1].split()) < 12:
            return []  # a list of numbered lines, not of releases
    head = lines[: marks[0]]
    pairs = zip(marks, ends, strict=True)
    return ["\n".join([*head, "", *lines[mark + 1 : end]]) for mark, end in pairs]
