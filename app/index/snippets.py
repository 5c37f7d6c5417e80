"""Snippets and highlighting from the store's text, guided by the compiled query."""

from __future__ import annotations

import fnmatch
import html
import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import Schema

from app.index.schema import NAMES_FIELD

MARK_OPEN, MARK_CLOSE = "<b>", "</b>"


@dataclass
class TermMatcher:
    """What a token of a given field must look like to be highlighted."""

    exact: dict[str, set[str]] = field(default_factory=dict)
    patterns: dict[str, list[re.Pattern]] = field(default_factory=dict)

    @classmethod
    def from_query(cls, query: wq.Query) -> TermMatcher:
        matcher = cls()
        for leaf in query.leaves():
            name = getattr(leaf, "fieldname", None)
            if name is None:
                continue
            if isinstance(leaf, wq.Phrase):
                matcher.exact.setdefault(name, set()).update(leaf.words)
            elif isinstance(leaf, wq.Prefix):
                matcher.patterns.setdefault(name, []).append(re.compile(re.escape(leaf.text)))
            elif isinstance(leaf, wq.Wildcard):
                regex = fnmatch.translate(leaf.text)
                matcher.patterns.setdefault(name, []).append(re.compile(regex))
            elif isinstance(leaf, wq.Term):
                text = leaf.text.decode() if isinstance(leaf.text, bytes) else leaf.text
                matcher.exact.setdefault(name, set()).add(text)
        return matcher

    def fields(self) -> set[str]:
        return set(self.exact) | set(self.patterns)

    def matches(self, fieldname: str, token: str) -> bool:
        if token in self.exact.get(fieldname, ()):
            return True
        return any(p.match(token) for p in self.patterns.get(fieldname, ()))


def match_spans(
    text: str, family: str, matcher: TermMatcher, schema: Schema
) -> list[tuple[int, int]]:
    """Character spans of ``text`` (a value of ``family``) that the query matched."""
    spans: set[tuple[int, int]] = set()
    wanted = {f for f in matcher.fields() if f == family or f.startswith(family + "_")}
    if family == "body" and NAMES_FIELD in matcher.fields():
        wanted.add(NAMES_FIELD)
    for name in wanted:
        if name not in schema:
            continue
        for token in schema[name].analyzer(text, mode="index", chars=True, removestops=False):
            if matcher.matches(name, token.text):
                spans.add((token.startchar, token.endchar))
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    """HTML-escaped ``text`` with each span wrapped in <b>…</b>."""
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(MARK_OPEN + html.escape(text[start:end]) + MARK_CLOSE)
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def snippet(text: str, spans: list[tuple[int, int]], width: int = 220) -> str:
    """The window of about ``width`` characters with the most matches, marked."""
    if not spans:
        cut = _cut(text, 0, width)
        return html.escape(cut[0]) + ("…" if cut[1] < len(text) else "")
    best_start, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i:] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    start = max(0, text.rfind(" ", 0, max(0, best_start - 40)) + 1) if best_start > 40 else 0
    window, end = _cut(text, start, width)
    inside = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + mark(window, inside) + suffix


def _cut(text: str, start: int, width: int) -> tuple[str, int]:
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > start + width // 2:
            end = space
    return re.sub(r"\s", " ", text[start:end]), end
