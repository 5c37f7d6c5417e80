"""Snippets and highlighting from the store's text, guided by the compiled query."""

from __future__ import annotations

import fnmatch
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import Schema

from app.index.analysis import LANGUAGES, TOKEN_PATTERN, fold
from app.index.caching import CachingAnalyzer
from app.index.schema import NAMES_FIELD, stem_analyzer, stem_field

MARK_OPEN, MARK_CLOSE = "<b>", "</b>"
_SPACE = re.compile(r"\s")


@dataclass
class TermMatcher:
    """What a token of a given field must look like to be highlighted."""

    exact: dict[str, set[str]] = field(default_factory=dict)
    patterns: dict[str, list[re.Pattern]] = field(default_factory=dict)
    #: fields → word → does it match; filled while snippets are made for one result page
    memo: dict[tuple[str, ...], dict[str, bool]] = field(default_factory=dict)
    #: literal starts of prefix queries; None once a wildcard has no literal start
    prefixes: list[str] | None = field(default_factory=list)

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
                if matcher.prefixes is not None:
                    matcher.prefixes.append(leaf.text)
            elif isinstance(leaf, wq.Wildcard):
                regex = fnmatch.translate(leaf.text)
                matcher.patterns.setdefault(name, []).append(re.compile(regex))
                matcher.prefixes = None
            elif isinstance(leaf, wq.Term):
                text = leaf.text.decode() if isinstance(leaf.text, bytes) else leaf.text
                matcher.exact.setdefault(name, set()).add(text)
        return matcher

    def cores(self) -> tuple[str, ...] | None:
        """Three-letter starts of every word the query looks for in the text fields.

        A word of an article can only match if its folded form contains one of them
        (stems and compound parts keep the start of the word), so most words of a
        snippet are ruled out without being stemmed or split. None: no such rule.
        """
        if self.prefixes is None:
            return None
        cores = {fold(p)[:3] for p in self.prefixes}
        for name, terms in self.exact.items():
            if name == NAMES_FIELD:
                continue
            for term in terms:
                core = term.split(":", 1)[1] if name.endswith("_stem") and ":" in term else term
                cores.add(fold(core)[:3])
        return tuple(c for c in cores if c)

    def fields(self) -> set[str]:
        return set(self.exact) | set(self.patterns)

    def matches(self, fieldname: str, token: str) -> bool:
        if token in self.exact.get(fieldname, ()):
            return True
        return any(p.match(token) for p in self.patterns.get(fieldname, ()))


def match_spans(
    text: str,
    families: tuple[str, ...],
    matcher: TermMatcher,
    schema: Schema,
    language: str = "",
) -> list[tuple[int, int]]:
    """Character spans of ``text`` (in ``language``) that the query matched in ``families``."""
    wanted = {NAMES_FIELD} & matcher.fields()
    for family in families:
        wanted |= {family, stem_field(family)} & matcher.fields()
    fields = [
        (name, stem_analyzer(language) if name.endswith("_stem") else schema[name].analyzer)
        for name in sorted(wanted)
        if name in schema and (language in LANGUAGES or not name.endswith("_stem"))
    ]
    if not fields:
        return []
    spans: set[tuple[int, int]] = set()
    if all(isinstance(a, CachingAnalyzer) for _, a in fields):
        # one pass over the words; each distinct word is judged once per query and fields
        checks = [
            (name == NAMES_FIELD, matcher.exact.get(name, frozenset()),
             matcher.patterns.get(name, ()), a.terms)
            for name, a in fields
        ]  # fmt: skip
        cores = matcher.cores()
        folded = schema["body"].analyzer.terms  # the cached exact analysis: lower-cased, folded
        verdicts = matcher.memo.setdefault(tuple(name for name, _ in fields), {})
        for match in TOKEN_PATTERN.finditer(text):
            word = match.group()
            hit = verdicts.get(word)
            if hit is None:
                plausible = cores is None or any(
                    core in term for term, _ in folded(word) for core in cores
                )
                hit = verdicts[word] = _judge(word, checks, plausible)
            if hit:
                spans.add(match.span())
        return _merge(sorted(spans))
    for name, analyzer in fields:
        for token in analyzer(text, mode="index", chars=True):
            if matcher.matches(name, token.text):
                spans.add((token.startchar, token.endchar))
    return _merge(sorted(spans))


def _judge(
    word: str, checks: list[tuple[bool, set[str], list[re.Pattern], Callable]], plausible: bool
) -> bool:
    """Whether any index term of ``word`` is one the query asked for. Implausible words
    (see ``TermMatcher.cores``) are only checked as names, which cross scripts."""
    for is_names, exact, patterns, terms in checks:
        if not (plausible or is_names):
            continue
        for term, _ in terms(word):
            if term in exact or (patterns and any(p.match(term) for p in patterns)):
                return True
    return False


def first_spans(
    text: str,
    families: tuple[str, ...],
    matcher: TermMatcher,
    schema: Schema,
    language: str = "",
    step: int = 800,
) -> list[tuple[int, int]]:
    """The matches in the first stretch of ``text`` that has any: all a snippet needs.

    Reads growing slices, cut at white space, so a long article whose first paragraph
    already matches is not analysed to the end.
    """
    start = 0
    while start < len(text):
        end = len(text) if start + step >= len(text) else _space_after(text, start + step)
        spans = match_spans(text[start:end], families, matcher, schema, language)
        if spans:
            return [(s + start, e + start) for s, e in spans]
        start, step = end, step * 4
    return []


def _space_after(text: str, index: int) -> int:
    match = _SPACE.search(text, index)
    return match.start() if match else len(text)


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
