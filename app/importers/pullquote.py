"""A pull quote inside a web page's text: a sentence of the text set again in large type,
in quotation marks, maybe with its speaker after a dash ("“…” – Jane Doe, shopkeeper").
The text quotes it in full in another paragraph, so the repeat is layout, not text."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"\w+")
# the quote in its marks, then maybe its speaker after a dash: "– Jane Doe, shopkeeper"
_QUOTED = re.compile(
    r"^[“„\"«‹‘'](?P<quote>.+?)[”“\"»›’'](?:\s*[–—-]\s*[A-ZÄÖÜА-ЯЁ][^.!?]{2,60})?$"
)
_PULL_WORDS = (6, 40)  # a pull quote: a sentence or two
_PULL_SHARE = 0.8  # of its words the text has in one longer paragraph


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=4096)
def _vocabulary(line: str) -> tuple[int, frozenset[str]]:
    """A line's number of words and its words, remembered: every quote of an interview
    is compared with every paragraph, which made the check quadratic in tokenising."""
    words = _tokens(line)
    return len(words), frozenset(words)


def is_pull_quote(lines: list[str], at: int) -> bool:
    """Whether lines[at] is a quote alone (its speaker after a dash at most) whose words
    another, longer paragraph of the text has nearly all."""
    m = _QUOTED.match(lines[at].strip())
    words = _tokens(m["quote"]) if m else []
    if not _PULL_WORDS[0] <= len(words) <= _PULL_WORDS[1]:
        return False
    whole = _vocabulary(lines[at])[0]
    for i, other in enumerate(lines):
        count, have = _vocabulary(other)
        if i == at or count <= whole:
            continue
        if sum(w in have for w in words) >= _PULL_SHARE * len(words):
            return True
    return False
