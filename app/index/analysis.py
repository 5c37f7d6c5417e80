"""Text analysis for the index: folding, per-language stemming, compounds, name keys.

Analyzer kinds (``analyzer(kind)``) and the fields that use them:

* ``exact``: unstemmed, folded (ё→е, accents, ł ø đ …) but for the German umlauts and ß, which
  tell words apart (*Wahlen*/*wählen*, *schon*/*schön*, *Masse*/*Maße*). A word with them is
  followed, at its position, by its folded form marked ``FOLD_MARK`` (*wählen* → ``wählen``,
  ``°wahlen``); a query word asks for its own form and, at a lower weight (``FOLDED_WEIGHT``),
  for its folded forms, so *Wahlen* ranks *Wahlen* above *wählen* and still finds it. The
  ``title``/``lead``/``body``/``note`` fields of every article; wildcards and "exact match
  ranks first" rely on it.
* ``person``: ``exact`` whose folded form also reads umlaut digraphs (*Loehr* = *Löhr*), for
  the ``author`` and ``byline`` fields: a name is typed as the keyboard allows.
* ``de``, ``en``, ``ru``: Snowball stemming and stop words. The ``<family>_<lang>`` fields, filled
  only for articles in that language. ``de`` also reads umlaut digraphs (*Mueller* = *Müller*)
  and Latin plurals (*Foren* = *Forum*), keeps a listed place whole where its stem is another
  word's (*München*, not the ``munch`` of *Münch*; ``app.lang.place_stems``) and, at index
  time only, adds the parts of German compounds at the compound's position
  (``app.lang.compounds``), and their parts' parts: *Umsatz* finds *Warenumsatz*, *Strom*
  finds *Windstromeinspeisung*; a feminine *-in* noun is followed by its masculine
  (``compounds.masculine_of``): *Präsident* finds *Präsidentin*, *Nationalratspräsidentin*.
* ``translit``: the phonetic name key of ``app.lang.names``: one token per word, the same at
  index and query time, equal across Cyrillic/Latin and German/English/scholarly spellings
  (*Lukaschenko* = *Lukashenko* = *Лукашенко*). The ``names`` field, over title + lead + body
  of every article whatever its language; queried with the same analyzer.

Every analyzer takes Whoosh's ``mode`` ("index" or "query") into account, so that index-only
expansions (compound parts) never widen a query. Whoosh pickles analyzers into the index's table
of contents: the filter classes below must keep their names and module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
    Token,
)
from whoosh.lang import stopwords_for_language

from app.index.caching import GAP
from app.lang import DATA_DIR, WORD_CACHE
from app.lang.compounds import (
    lexicon,
    masculine_of,
    part_key,
    part_query_word,
    singular_of_latin_plural,
    split_compound,
)
from app.lang.fold import exact_form, fold, fold_digraphs
from app.lang.names import EVIDENCE_MARK, name_key, query_key
from app.lang.place_stems import place_word, unstemmed_places
from app.lang.stemming import snowball

__all__ = [
    "ACRONYM_MARK",
    "ANALYSIS_VERSION",
    "FOLDED_WEIGHT",
    "FOLD_MARK",
    "KINDS",
    "LANGUAGES",
    "LANGUAGE_MARK",
    "TOKEN_PATTERN",
    "DigraphFilter",
    "ExactFormFilter",
    "FoldFilter",
    "StemFieldAnalyzer",
    "acronym_term",
    "analyzer",
    "build_analyzer",
    "exact_form",
    "fold",
    "stem_value",
]

#: bump whenever any analyzer's output changes: the engine then rebuilds the index
ANALYSIS_VERSION = 21  # 21: See-, Einbahn- compounds (20: names in -in no feminines)
LANGUAGES = ("de", "en", "ru")
KINDS = ("exact", *LANGUAGES, *(f"stem-{lang}" for lang in LANGUAGES), "translit")
TOKEN_PATTERN = re.compile(r"\w+(?:[.'’]\w+)*")
_LETTER = re.compile(r"[^\W\d_]")


class FoldFilter(Filter):
    """Accent and special-letter folding (ß→ss, ё→е, ł→l …)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = fold(t.text)
            yield t


class DigraphFilter(Filter):
    """Umlaut digraphs of folded text as the plain letter (*sueddeutsche* → *suddeutsche*):
    a source typed without umlauts finds the one stored with them, and back."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = fold_digraphs(t.text)
            yield t


#: the mark of an exact field's folded term (``°wahlen`` for *wählen*); no word has it
FOLD_MARK = "°"
#: the weight of a folded match (*Wahlen* for *wählen*) next to the word as typed: below a
#: third, so that a title's folded form (title weight 3, and a short field's higher BM25)
#: stays below a body's word as typed (at 0.3 "Häupl zu wählen" led a search for *Wahlen*)
FOLDED_WEIGHT = 0.1


class ExactFormFilter(Filter):
    """The exact fields' word forms (``exact_form``) and their folded fallbacks.

    At index time a word with an umlaut or ß is followed by ``FOLD_MARK`` + its folded
    form; at query time a word is followed by that marked form and, if it has an umlaut
    itself, by its plain folded form (*Zürich* still finds *Zurich*). The compiler weighs
    every term after a position's first at ``FOLDED_WEIGHT``.
    """

    #: also read umlaut digraphs (``person`` kind): *Loehr* = *Löhr*
    digraphs = False

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        digraphs = self.digraphs
        for t in tokens:
            written = exact_form(t.text)
            folded = fold(t.text)
            plain = fold_digraphs(folded) if digraphs else folded
            t.text = written
            yield t
            if t.mode == "query":
                t.text = FOLD_MARK + folded
                yield t
                if folded != written:
                    t.text = folded
                    yield t
                if plain != folded:
                    t.text = FOLD_MARK + plain
                    yield t
            elif plain != written:
                t.text = FOLD_MARK + plain
                yield t


class PersonFormFilter(ExactFormFilter):
    """``ExactFormFilter`` whose folded form also reads umlaut digraphs: a name typed
    without umlauts (*Loehr*, *Mueller*) finds the author written with them, and back."""

    digraphs = True


class _PreFold(Filter):
    """Only the folds a Snowball stemmer does not do itself (ß is kept for German)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = t.text.replace("ё", "е")
            yield t


class GermanNormalizeFilter(Filter):
    """What the German stemmer misses, both at index and query time.

    Umlaut digraphs (*mueller* → *müller*) and Latin/Greek plurals (*Foren* → *forum*,
    *Wirtschaftsforen* → *wirtschaftsforum*), which Snowball stems apart from their singular.
    """

    def __init__(self, digraphs: bool = True, plurals: bool = True) -> None:
        self.digraphs = digraphs
        self.plurals = plurals

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        normal = _german_normal
        digraphs, plurals = self.digraphs, self.plurals
        for t in tokens:
            t.text = normal(t.text, digraphs, plurals)
            yield t


@lru_cache(maxsize=WORD_CACHE)
def _german_normal(word: str, digraphs: bool, plurals: bool) -> str:
    if plurals:
        word = singular_of_latin_plural(word)
    if digraphs:
        word = fold_digraphs(word, umlaut=True)
    return place_word(word) or word


#: a compound part this frequent (Zipf) is an everyday word of its own, not split further
EVERYDAY_ZIPF = 4.0


class CaseMarkFilter(Filter):
    """Remember whether a word was written with a capital (before lower-casing): German
    capitalises nouns, and only nouns are decompounded (*zugesetzt* is no *Zug*)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.capital = t.text[:1].isupper()
            yield t


#: the weight of a compound-part match next to a whole-word match of the same word
PART_WEIGHT = 0.5
#: the mark of a compound-part term (``~reise``): parts live apart from whole-word stems
PART_MARK = "~"


class DecompoundFilter(Filter):
    """At index time, follow each German compound noun by its parts, at the same position.

    Only a capitalised word is split: German writes nouns with a capital, and verbs and
    participles (*zugesetzt*, *zugegeben*) read as compounds gave *Zug* false hits. The parts
    are marked (``part``) and not stemmed but keyed by ``compounds.part_key``: a part matches
    its own word and that word's inflections only, so *Reise* in *Reisebüros* is no *Reis*.
    At query time a German word is followed by its part key, so that it finds the compounds
    it is part of; a word that is no German lexicon word, or one more frequent in English
    (*Potter*), is not (``compounds.part_query_word``). The whole word stays in either mode.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.part = False
            if t.mode != "index":
                word = t.text
                yield t
                if t.mode == "query" and part_query_word(word, getattr(t, "capital", True)):
                    t.text, t.part = word, True
                    yield t
                    t.part = False
                continue
            if len(t.text) < 7 or not getattr(t, "capital", True):
                yield t
                continue
            word = t.text
            masculine = masculine_of(word)
            parts = _feminine_parts(word, masculine) if masculine else _nested_parts(word)
            yield t  # later filters rewrite t.text in place: parts were taken before
            if masculine and _same_stem(masculine) != _same_stem(word):
                t.text = masculine  # *Präsident* finds *Präsidentin*, as a word of its own
                yield t
            for part in parts:
                t.text, t.part = part, True
                yield t
            t.part = False


@lru_cache(maxsize=WORD_CACHE)
def _same_stem(word: str) -> str:
    return _german_stemmer()(word)


@cache
def _german_stemmer():
    return snowball("de")


@lru_cache(maxsize=WORD_CACHE)
def _feminine_parts(word: str, masculine: str) -> tuple[str, ...]:
    """A feminine compound's parts: its masculine's, and the feminine head (*Bundeskanzlerin*
    gives *bund*, *kanzler* and *kanzlerin*), so *Kanzler* and *Kanzlerin* both find it;
    split as itself, *Bundeskanzlerinnen* was *Bundeskanzler* + *innen*."""
    heads = split_compound(masculine)
    if not heads:
        return ()
    return (*_nested_parts(masculine), heads[-1] + word[len(masculine) :])


@lru_cache(maxsize=WORD_CACHE)
def _nested_parts(word: str) -> tuple[str, ...]:
    """A compound's parts and their own parts: *Windstromeinspeisung* gives *windstrom*,
    *wind*, *strom* and *einspeisung*, so *Strom* finds it, not only *Windstrom*. An
    everyday word among the parts is a word of its own and stays whole (*Bahnhof* in
    *Weltraumbahnhof* is no *Bahn*)."""
    nested: list[str] = []
    lex = lexicon()
    for part in split_compound(word):
        nested.append(part)
        if len(part) >= 7 and lex.get(part, 0.0) < EVERYDAY_ZIPF:
            nested.extend(_nested_parts(part))
    return tuple(nested)


class NameKeyFilter(Filter):
    """Replace each word by its cross-script name key; drop stop words, numbers, short keys.

    At index time only capitalised words are kept: names are capitalised in all three languages,
    and leaving out the lower-case bulk of English and Russian text halves the field and keeps
    common words from meeting sound-alikes in other languages (*vein*/*Wein*). Queries are keyed
    whatever their case. Words whose key is ambiguous (``=word``) are dropped too: they match only
    themselves, which the exact field already does; but a capitalised Latin word that is no
    common word itself keeps it marked (``names.query_key``: *Buffett* for *Баффет*).

    Takes the tokenizer's output directly (lower-casing and the stop list are part of the cached
    per-word function: one dictionary look-up per token instead of three generator stages).
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        key_of = _names_or_marked_token
        for t in tokens:
            index = t.mode == "index"
            key = key_of(t.text) if t.text[:1].isupper() or not index else None
            if key is None and index:
                key = acronym_term(t.text)
            if key is not None:
                t.text = key
                yield t
            elif index and getattr(t, "gaps", False) and not _is_stopword(t.text):
                # a word left out keeps its place (``caching.GAP``, asked for by the
                # caching analyzer, which indexes every field): "a b"~3 counts the same
                # words here as in the stemmed fields, which skip only stop words
                t.text = GAP
                yield t


#: the mark of a word in capitals that is a stop word in lower case (``^who`` for *WHO*)
ACRONYM_MARK = "^"


@lru_cache(maxsize=WORD_CACHE)
def acronym_term(word: str) -> str | None:
    """The name-key term of an acronym that reads as a stop word (*WHO*, *US*): the index
    keeps no case, so only this term tells the World Health Organization from *who*."""
    if len(word) >= 2 and word.isalpha() and word.isupper() and _is_stopword(word):
        return ACRONYM_MARK + fold(word)
    return None


@lru_cache(maxsize=WORD_CACHE)
def _names_token(word: str) -> str | None:
    word = word.lower()
    if len(word) < 2 or word in _all_stopwords() or not _LETTER.search(word):
        return None
    key = name_key(word)
    return key if len(key) >= 3 and key[0] != "=" else None


@lru_cache(maxsize=WORD_CACHE)
def _names_or_marked_token(word: str) -> str | None:
    """``_names_token``, or a capitalised name-like Latin word's refused key, marked
    (``names.query_key``: *Buffett* → ``!bufet``)."""
    key = _names_token(word)
    if key is not None or not word[:1].isupper() or word.lower() in _all_stopwords():
        return key
    marked = query_key(word)
    return marked if marked and marked[0] == EVIDENCE_MARK and len(marked) > 3 else None


@lru_cache(maxsize=WORD_CACHE)
def _is_stopword(word: str) -> bool:
    return word.lower() in _all_stopwords()


@cache
def _all_stopwords() -> frozenset[str]:
    return frozenset().union(*(stopwords_for_language(lang) for lang in LANGUAGES))


LANGUAGE_MARK = "\x1f"


class SnowballFilter(Filter):
    """Snowball stemming by PyStemmer, the Snowball project's own C stemmers.

    Whoosh's pure-Python ports of an older Snowball took 40-60 µs a German or Russian
    word, a tenth of a bulk import's time; these take one. Their stems are also
    current Snowball's: *findet* → *find*, *organization* no longer → *organ*.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._kept_whole = _unstemmed_words(lang)
        # the process's one stemmer of the language (compound parts stem with it too)
        self._stem_word = snowball(lang)

    def __getstate__(self) -> dict:
        return {"lang": self.lang}  # the C stemmer does not pickle (the index's TOC)

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["lang"])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SnowballFilter) and other.lang == self.lang

    __hash__ = None  # type: ignore[assignment]

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stem_word, kept_whole = self._stem_word, self._kept_whole
        for token in tokens:
            token.unstemmed = token.text  # UmlautStemFilter puts the umlauts back
            if getattr(token, "part", False):  # a German compound's part (DecompoundFilter)
                token.text = PART_MARK + part_key(token.text)
            elif not token.stopped and token.text not in kept_whole:
                token.text = stem_word(token.text)
            yield token


class UmlautStemFilter(Filter):
    """Folding after the German stemmer, which writes ä ö ü as a o u: the stem gets the
    umlauts of its word back (*wählen* → ``wähl``, *Wahlen* → ``wahl``) and, like the exact
    fields (``ExactFormFilter``), is followed by its folded form marked ``FOLD_MARK``; a
    query asks for that at ``FOLDED_WEIGHT``. So *Wahlen* ranks *Wahlen* above *wählen*
    and *Haus* *Haus* above *Häuser*, and finds both. Compound parts stay folded."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            folded = fold(t.text)
            if t.text[:1] == PART_MARK:
                t.text = folded
                yield t
                continue
            written = _umlaut_stem(getattr(t, "unstemmed", t.text), t.text)
            t.text = written
            yield t
            if t.mode == "query":
                t.text = FOLD_MARK + folded
                yield t
                if folded != written:
                    t.text = folded
                    yield t
            elif folded != written:
                t.text = FOLD_MARK + folded
                yield t


@lru_cache(maxsize=WORD_CACHE)
def _umlaut_stem(word: str, stem: str) -> str:
    """``stem`` (of ``word``, lower-case) with the umlauts ``word`` has where the stem has
    their plain letter, then folded as the exact fields fold (``exact_form``)."""
    if not any(letter in word for letter in "äöü"):
        return fold(stem)
    out = []
    for i, letter in enumerate(stem):
        if i < len(word) and word[i] in "äöü" and fold(word[i]) == letter:
            out.append(word[i])
        elif i < len(word) and word[i] == letter:
            out.append(letter)
        else:  # the stemmer changed the word here (ß → ss): the rest as it is
            out.append(stem[i:])
            break
    return exact_form("".join(out)).replace("ß", "ss")


@cache
def _unstemmed_words(lang: str) -> frozenset[str]:
    """Words Snowball must not stem: Russian indeclinable nouns, whose last vowel is no ending.

    Stemmed, *метро* met *метров* and *евро* met *евреи*; kept whole, they match only
    themselves, as they have no other forms. German: the listed places whose stem is a
    shorter word's (``place_stems``: *München* met *Münch*).
    """
    if lang == "de":
        return unstemmed_places()
    if lang != "ru":
        return frozenset()
    text = (DATA_DIR / "ru_indeclinable.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


class PrefixFilter(Filter):
    """Prefix each term with its language (``de:traktor``): one stemmed field serves all."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        prefix = self.prefix
        for t in tokens:
            t.text = prefix + t.text
            yield t


class StemFieldAnalyzer(Analyzer):
    """The analyzer of the ``*_stem`` fields: ``"de\x1f<text>"`` is stemmed as German.

    Each document is stemmed in its own language and its terms carry the language prefix,
    so one field holds every language without their stems meeting by accident. A value
    without a language mark yields nothing (its words are in the exact field anyway).
    """

    def __init__(self, per_language: dict[str, Analyzer]) -> None:
        self.per_language = per_language

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StemFieldAnalyzer) and other.per_language == self.per_language

    __hash__ = None  # type: ignore[assignment]

    def __call__(self, value: str, **kwargs):
        lang, mark, text = value.partition(LANGUAGE_MARK)
        inner = self.per_language.get(lang) if mark else None
        return inner(text, **kwargs) if inner is not None else iter(())


def stem_value(language: str, text: str) -> str:
    """The value a ``*_stem`` field is given for a text in ``language``."""
    return f"{language}{LANGUAGE_MARK}{text}"


@cache
def analyzer(kind: str) -> Analyzer:
    """The analyzer for a field kind (see the module docstring); one shared instance per kind."""
    return build_analyzer(kind)


def build_analyzer(
    kind: str, *, compounds: bool = True, digraphs: bool = True, plurals: bool = True
) -> Analyzer:
    """A fresh analyzer; the switches exist so benchmarks can price each feature."""
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()
    if kind == "exact":
        return chain | ExactFormFilter()
    if kind == "person":
        return chain | PersonFormFilter()
    if kind == "translit":
        return RegexTokenizer(TOKEN_PATTERN) | NameKeyFilter()
    if kind == "de":
        if compounds:
            chain = RegexTokenizer(TOKEN_PATTERN) | CaseMarkFilter() | LowercaseFilter()
        chain = chain | _PreFold() | StopFilter(lang="de")
        if compounds:
            chain = chain | DecompoundFilter()
        if digraphs or plurals:
            chain = chain | GermanNormalizeFilter(digraphs, plurals)
        return chain | SnowballFilter("de") | UmlautStemFilter()
    if kind in LANGUAGES:
        pre = FoldFilter() if kind == "ru" else _PreFold()
        return chain | pre | StopFilter(lang=kind) | SnowballFilter(kind) | FoldFilter()
    if kind.startswith("stem-") and kind[5:] in LANGUAGES:
        lang = kind[5:]
        base = build_analyzer(lang, compounds=compounds, digraphs=digraphs, plurals=plurals)
        return base | PrefixFilter(f"{lang}:")
    raise ValueError(f"unknown analyzer kind {kind!r}")
