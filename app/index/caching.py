"""An analyzer wrapper that runs the filters once per distinct word at index time.

Every filter in our chains is word-local (lower-casing, folding, stop words, stemming,
compound parts, transliteration): a word always becomes the same terms. At index time
the wrapper therefore tokenizes, looks each word up in a cache and only runs the filter
chain on words it has not seen. Stop words leave no gap (like ``StopFilter(renumber=True)``);
a word whose only term is ``GAP`` (the name keys' lower-case words) keeps its position but
indexes nothing, so that proximity counts the same words in every field.
Query-time and highlighting calls go to the wrapped analyzer unchanged.
"""

from __future__ import annotations

from whoosh.analysis import Analyzer, CompositeAnalyzer, Token

CACHE_LIMIT = 400_000
#: the term of a word that takes a position but is not indexed
GAP = ""


class CachingAnalyzer(Analyzer):
    def __init__(self, inner: CompositeAnalyzer) -> None:
        self.inner = inner
        self.expression = inner.items[0].expression
        self.filters = inner.items[1:]
        self._cache: dict[str, tuple[tuple[str, int], ...]] = {}

    def __getstate__(self) -> dict:
        return {"inner": self.inner}  # the cache never goes into the index's TOC

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["inner"])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CachingAnalyzer) and other.inner == self.inner

    __hash__ = None  # type: ignore[assignment]

    def __call__(self, value, mode: str = "", **kwargs):
        if mode != "index" or kwargs.get("removestops") is False:
            return self.inner(value, mode=mode, **kwargs)
        return self._index_tokens(value, bool(kwargs.get("positions")), bool(kwargs.get("chars")))

    def _index_tokens(self, value: str, positions: bool, chars: bool):
        cache = self._cache
        token = Token(positions=positions, chars=chars, mode="index")
        pos = 0
        for match in self.expression.finditer(value):
            word = match.group()
            terms = cache.get(word)
            if terms is None:
                terms = self.terms(word)
            if not terms:
                continue
            if chars:
                token.startchar, token.endchar = match.span()
            for text, delta in terms:
                if text == GAP:
                    continue
                token.text = text
                token.pos = pos + delta
                token.boost = 1.0
                token.stopped = False
                yield token
            pos += 1

    def term_positions(self, value: str) -> dict[str, list[int]]:
        """Each term of ``value`` and its word positions: what index postings are made of,
        without a ``Token`` per word (the same terms and positions as ``_index_tokens``)."""
        cache = self._cache
        found: dict[str, list[int]] = {}
        pos = 0
        if self.expression.groups:
            words = [match.group() for match in self.expression.finditer(value)]
        else:
            words = self.expression.findall(value)
        for word in words:
            terms = cache.get(word)
            if terms is None:
                terms = self.terms(word)
            if not terms:
                continue
            for text, delta in terms:
                if text == GAP:
                    continue
                positions = found.get(text)
                if positions is None:
                    found[text] = [pos + delta]
                else:
                    positions.append(pos + delta)
            pos += 1
        return found

    def terms(self, word: str) -> tuple[tuple[str, int], ...]:
        """The (term, position offset) pairs one word becomes at index time."""
        terms = self._cache.get(word)
        if terms is None:
            terms = self._analyze_word(word)
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = terms
        return terms

    def _analyze_word(self, word: str) -> tuple[tuple[str, int], ...]:
        seed = Token(positions=True, chars=False, mode="index", removestops=True, gaps=True)
        seed.text, seed.pos, seed.boost = word, 0, 1.0
        stream = iter((seed,))
        for item in self.filters:
            stream = item(stream)
        return tuple((t.text, t.pos) for t in stream)


def cached(analyzer: Analyzer) -> Analyzer:
    """Wrap a tokenizer-plus-filters chain (one wrapper, one cache per chain)."""
    if not isinstance(analyzer, CompositeAnalyzer) or not hasattr(analyzer.items[0], "expression"):
        return analyzer
    key = id(analyzer)
    if key not in _WRAPPERS:
        _WRAPPERS[key] = (analyzer, CachingAnalyzer(analyzer))
    return _WRAPPERS[key][1]


_WRAPPERS: dict[int, tuple[Analyzer, CachingAnalyzer]] = {}
