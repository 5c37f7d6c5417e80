"""Snippets and highlighting from the store's text, guided by the compiled query."""

from __future__ import annotations

import fnmatch
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import product
from math import prod

from whoosh import query as wq
from whoosh.fields import Schema

from app.index.analysis import LANGUAGES, TOKEN_PATTERN, fold
from app.index.caching import CachingAnalyzer
from app.index.proximity import Near
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
    #: field → phrases (words, slop, in order?): their words are marked only where they
    #: stand as the phrase ("grain exports" does not mark a lone "export")
    phrases: dict[str, list[tuple[tuple[str, ...], int, bool]]] = field(default_factory=dict)

    @classmethod
    def from_query(cls, query: wq.Query) -> TermMatcher:
        matcher = cls()
        for leaf in query.leaves():
            name = getattr(leaf, "fieldname", None)
            if name is None:
                continue
            if isinstance(leaf, wq.Phrase) and len(leaf.words) > 1:
                window = leaf.window() if isinstance(leaf, Near) else leaf.slop
                for words in _spellings(leaf):
                    phrase = (words, window, not isinstance(leaf, Near))
                    matcher.phrases.setdefault(name, []).append(phrase)
            elif isinstance(leaf, wq.Phrase):
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
        asked = [(n, t) for n, terms in self.exact.items() for t in terms]
        asked += [(n, w) for n, found in self.phrases.items() for p in found for w in p[0]]
        for name, term in asked:
            if name != NAMES_FIELD:
                core = term.split(":", 1)[1] if name.endswith("_stem") and ":" in term else term
                cores.add(fold(core)[:3])
        return tuple(c for c in cores if c)

    def fields(self) -> set[str]:
        return set(self.exact) | set(self.patterns) | set(self.phrases)

    def matches(self, fieldname: str, token: str) -> bool:
        if token in self.exact.get(fieldname, ()):
            return True
        return any(p.match(token) for p in self.patterns.get(fieldname, ()))


#: at most this many word sequences marked for one phrase with alternatives
MAX_SPELLINGS = 64


def _spellings(phrase: wq.Phrase) -> list[tuple[str, ...]]:
    """The word sequences a phrase matches: its words, or with ``alternatives`` (the forms
    of a Russian word at a position, see ``app.index.compile``) each combination of them,
    so that "Лукашенко Токаев"~10 marks "Токаевым"."""
    alternatives = getattr(phrase, "alternatives", None)
    if not alternatives or prod(len(words) for words in alternatives) > MAX_SPELLINGS:
        return [tuple(phrase.words)]
    return list(product(*alternatives))


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
    phrased = [(name, a) for name, a in fields if name in matcher.phrases]
    if phrased:
        spans.update(phrase_spans(text, phrased, matcher))
    fields = [(name, a) for name, a in fields if name in matcher.exact or name in matcher.patterns]
    if not fields:
        return _merge(sorted(spans))
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


def phrase_spans(text: str, fields: list[tuple[str, object]], matcher: TermMatcher) -> set:
    """Character spans of the words of the query's phrases in ``fields`` where they stand
    as the phrase: in order, each at most ``slop`` after the one before; or (proximity)
    all inside a stretch of ``slop`` words, in any order. Positions are the index's (stop
    words leave no gap); each distinct word is analysed once per result page, and fields
    with one analyzer (lead and body) are read together."""
    by_analyzer: dict[int, tuple[object, dict]] = {}
    for name, analyzer in fields:
        asked = by_analyzer.setdefault(id(analyzer), (analyzer, {}))[1]
        asked.update(dict.fromkeys(matcher.phrases[name]))
    analyzers = [(str(key), a) for key, (a, _) in by_analyzer.items()]
    phrases = [list(asked) for _, asked in by_analyzer.values()]
    wanted = [{w for words, _, _ in found for w in words} for found in phrases]
    fields = analyzers
    at: list[dict[str, dict[int, list[tuple[int, int]]]]] = [{} for _ in fields]
    if all(isinstance(a, CachingAnalyzer) for _, a in fields):
        memo = matcher.memo.setdefault(("phrases", *(n for n, _ in fields)), {})
        skipped = [0] * len(fields)  # field i's position: count - skipped[i]
        for count, match in enumerate(TOKEN_PATTERN.finditer(text)):
            word = match.group()
            seen = memo.get(word, _UNSEEN)
            if seen is _UNSEEN:
                seen = memo[word] = _phrase_terms(word, fields, wanted)
            if seen is not None:  # a word of a phrase, or a stop word in some field
                for i, (counts, hits) in enumerate(seen):
                    for term, delta in hits:
                        where = at[i].setdefault(term, {})
                        where.setdefault(count - skipped[i] + delta, []).append(match.span())
                    if not counts:
                        skipped[i] += 1
    else:
        for i, (_, analyzer) in enumerate(fields):
            for token in analyzer(text, mode="index", positions=True, chars=True):
                if token.text in wanted[i]:
                    where = at[i].setdefault(token.text, {})
                    where.setdefault(token.pos, []).append((token.startchar, token.endchar))
    spans: set[tuple[int, int]] = set()
    for i, found in enumerate(phrases):
        for words, slop, ordered in found:
            if not all(word in at[i] for word in words):
                continue
            marked = _in_order(words, at[i], slop) if ordered else _within(words, at[i], slop)
            for word, pos in marked:
                spans.update(at[i][word][pos])
    return spans


_UNSEEN = object()


def _phrase_terms(word: str, fields, wanted) -> tuple | None:
    """Per field: does ``word`` take a position, and the (term, offset) pairs of it that
    are words of a phrase; None for the common case of a position in each and no term."""
    found, plain = [], True
    for (_, analyzer), asked in zip(fields, wanted, strict=True):
        terms = analyzer.terms(word)
        hits = tuple((t, d) for t, d in terms if t in asked) if terms else ()
        plain = plain and bool(terms) and not hits
        found.append((bool(terms), hits))
    return None if plain else tuple(found)


def _in_order(words, at, slop: int) -> set[tuple[str, int]]:
    """(word, position) of each word of a chain where each follows the one before by
    1..``slop`` positions: forward the positions each word can be reached at, then back
    the ones that lead to the last word."""
    reach = [set(at[words[0]])]
    for word in words[1:]:
        reach.append({q for q in at[word] if any(0 < q - r <= slop for r in reach[-1])})
    keep = reach[-1]
    marked = {(words[-1], q) for q in keep}
    for i in range(len(words) - 2, -1, -1):
        keep = {r for r in reach[i] if any(0 < q - r <= slop for q in keep)}
        marked |= {(words[i], r) for r in keep}
    return marked


def _within(words, at, window: int) -> set[tuple[str, int]]:
    """(word, position) of the words inside stretches of ``window`` that hold them all."""
    marked: set[tuple[str, int]] = set()
    for start in sorted({p for word in words for p in at[word]}):
        inside = {word: [p for p in at[word] if start <= p <= start + window] for word in words}
        if all(inside.values()):
            marked |= {(word, p) for word, found in inside.items() for p in found}
    return marked


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
