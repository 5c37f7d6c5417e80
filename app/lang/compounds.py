"""German decompounding over wordfreq's German word list.

Why this algorithm: German writes compounds as one word (*Warenumsatz*, *Getreideterminal*), so a
search for *Umsatz* misses them unless the index also holds the parts. Packaged splitters either
pull in large models or dictionaries of unclear licence; wordfreq is already a dependency and its
German list (casefolded, ß→ss) is a maintained lexicon with frequencies. The splitter:

* looks for the segmentation of the word into the **fewest** known parts (dynamic programming over
  split points, memoised), breaking ties by the highest summed Zipf frequency;
* a part is a lexicon word of at least ``MIN_PART`` (4) letters with Zipf ≥ ``MIN_ZIPF`` and not
  more frequent in English than in German (the German list is full of English words: *and*, *beam*).
  Only the **head** (last part) may be a short word, and only from a short list of real German
  heads (*Rat*, *Amt*, *Bau*, …): that lets *Stadtrat* and *Wohnungsbau* split while *separat*
  (*Sepa* + *rat*? *sepa* is too rare) and *Gerät* (*ge* is too short) do not;
* a non-final part may carry a linking element (*-s-*, *-es-*, *-n-*, *-en-*, *-e-*, *-er-*,
  *-ens-*) or have lost its final *-e* (*Schul-*), as German word formation does;
* the head must be a known word, so *Ratte* (*Rat* + *te*) and *Eisenbahn* → *Ei* never arise;
* a word that is itself frequent is split only if none of its parts is rarer than the whole
  (Koehn & Knight compare with the geometric mean, which lets *separat* → *Sepa* + *rat* through:
  the minimum does not). Rare and unknown compounds (*Getreideterminal*) always split.

The analyzer keeps the whole compound and adds the parts at the same position, at index time only;
queries are not split, so *Warenumsatz* still finds only itself.

Cost: one lexicon load per process (~0.3 s, ~15 MB) and a memoised split per distinct word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.lang import WORD_CACHE
from app.lang.once import loaded_once
from app.lang.stemming import snowball
from app.lang.wordlists import zipf_table


def _words(text: str) -> list[str]:
    return text.split()


#: shortest lexicon part (non-head) and shortest head outside ``SHORT_HEADS``
MIN_PART = 4
#: parts must be at least this frequent in German (Zipf scale: 3 = once per million words)
MIN_ZIPF = 2.5
#: four-letter parts are often abbreviations (*Sepa*, *Schw*): they must be this frequent
SHORT_ZIPF = 3.3
#: a word that is itself frequent splits only if no part is much rarer than the whole word
MARGIN = 0.2
#: how many of wordfreq's German words form the lexicon
LEXICON_SIZE = 150_000
#: three-letter German nouns that commonly end a compound
SHORT_HEADS = frozenset(
    _words(
        "amt arm bad bau bus eis gas hof hut lob lohn mut not ohr ort rad rat rum see tag tal tat "
        "tee tor weg zug zoo öl"
    )
)
_VOWEL = re.compile("[aeiouyäöü]")
#: a short head noun opens a compound without a link only before a head this long
#: (*Seestraße*, *Bauarbeiten*; *Hofmann* is no *Hof* + *Mann*)
LONG_HEAD = 7
#: numbers and quantities that open a modifier the lexicon lacks alone (*Einbahn-*,
#: *Einweg-*, *Zweibett-*, *Mehrfamilien-*): the modifier is the number + a lexicon word
QUANTITY_PREFIXES = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "acht", "zehn", "mehr", "viel")
INFLECTIONS = ("enden", "ender", "endes", "ende", "end", "en", "er", "es", "em", "e", "n", "s")
LINKS = ("ens", "es", "en", "er", "s", "n", "e")
#: the links after which a short head noun may also begin a compound (*Ratspräsident*): the
#: genitive *-s-* marks the noun, where a bare *Rat-*, *Hof-* would split *Hofmann*
SHORT_LINKS = ("s", "es")
# Function words and prefixes that look like parts but are not (*Vorrat* is not *vor* + *rat*).
_NOT_PARTS = frozenset(
    _words(
        "aber alle auch auf aus bei beim dass dem den der des die doch durch eine einem einen "
        "einer eines etwa gegen hier ihre immer kein mehr mich mit nach nicht noch nur ohne oder "
        "sein sich sind über unter viel vom von vor wenn wer wie wird zum zur zwei drei vier "
        "fünf sechs sieben acht neun zehn ganz sehr eben erst selbst schon dies diese dieser "
        "seit weil also dann denn dort jetzt heute sowie damit zwischen während wieder achte"
    )
)


@loaded_once
def lexicon() -> dict[str, float]:
    """German words usable as compound parts, with their Zipf frequency."""
    english = zipf_table("en", MIN_ZIPF)
    words: dict[str, float] = {}
    for word, zipf in zipf_table("de", MIN_ZIPF).items():
        if not word.isalpha() or (len(word) < MIN_PART and word not in SHORT_HEADS):
            continue
        if word in _NOT_PARTS or not _VOWEL.search(word):
            continue
        if len(word) <= MIN_PART and zipf < SHORT_ZIPF:
            continue
        if len(word) <= 6 and english.get(word, 0.0) > zipf and word not in SHORT_HEADS:
            continue  # the listed heads are German (*See*, *Bad*, *Gas*: Bodensee, Freibad)
        words[word] = zipf
        if len(words) >= LEXICON_SIZE:
            break
    return words


def _modifier(chunk: str, lex: dict[str, float]) -> str | None:
    """The lexicon word a non-final chunk stands for, allowing linking elements and e-elision."""
    if chunk.endswith("e") and chunk in lex and lex[chunk] >= lex.get(chunk[:-1], 0.0):
        return chunk  # *Reise-* in *Reisebüro* is no *Reis* with a linking *-e-*
    for link in LINKS:
        if chunk.endswith(link):
            stem = chunk[: -len(link)]
            if len(stem) >= MIN_PART and stem in lex:
                return stem
            if link in SHORT_LINKS and stem in SHORT_HEADS and stem in lex:
                return stem  # *Rats-* in *Ratspräsident*, *Amts-* in *Amtszeit*
    if len(chunk) >= MIN_PART and chunk in lex:
        return chunk
    if len(chunk) >= MIN_PART and chunk + "e" in lex:
        return chunk + "e"
    return None


def _counted_modifier(chunk: str, rest: str, lex: dict[str, float]) -> str | None:
    """A number + a modifier (*Einbahn-*, *Zweijahres-*) before ``rest`` of ``LONG_HEAD``
    letters or more: before a shorter one, *ein* is mostly a verb's particle
    (*eindringlich*, *einschneidende*)."""
    if len(rest) < LONG_HEAD:
        return None
    for prefix in QUANTITY_PREFIXES:
        inner = chunk[len(prefix) :]
        if chunk.startswith(prefix) and len(inner) >= MIN_PART:
            word = _modifier(inner, lex)
            if word is not None and not word.startswith(QUANTITY_PREFIXES):
                return prefix + word
    return None


def _zipf(part: str, lex: dict[str, float]) -> float:
    """A part's frequency: a quantity-prefixed modifier's (*einbahn*) is its word's (*bahn*)."""
    if part in lex:
        return lex[part]
    prefix = next((p for p in QUANTITY_PREFIXES if part.startswith(p)), "")
    return lex.get(part[len(prefix) :], 0.0)


def _is_head(chunk: str, lex: dict[str, float]) -> bool:
    return chunk in lex and (len(chunk) >= MIN_PART or chunk in SHORT_HEADS)


@lru_cache(maxsize=WORD_CACHE)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a German compound (lexicon forms), or ``()`` if it is not one.

    Takes a lower-case word; ß may be written either way. ``split_compound("warenumsatz")`` →
    ``("ware", "umsatz")``.
    """
    word = word.replace("ß", "ss")
    if len(word) < 2 * MIN_PART - 1 or not word.isalpha():
        return ()
    lex = lexicon()
    # An inflected form of a known simple word (*haltenden* of *halten*) is not a compound.
    for suffix in INFLECTIONS:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= MIN_PART and base in lex:
            if not split_compound(base):
                return ()
            break
    best = _best(word, lex, {}, whole=False)
    if best is None:
        return ()
    # Koehn & Knight's insight, made strict: a frequent word whose parts are rarer than itself
    # (*separat* vs *Sepa*, *Unternehmen* vs *untere*) is a word of its own, not a compound.
    whole = lex.get(word, 0.0)
    if min(_zipf(part, lex) for part in best[0]) < whole - MARGIN:
        return ()
    return best[0]


def _best(
    word: str,
    lex: dict[str, float],
    memo: dict[str, tuple[tuple[str, ...], float] | None],
    whole: bool = True,
) -> tuple[tuple[str, ...], float] | None:
    """Fewest parts, then highest summed Zipf, for ``word`` read as modifiers + head.

    ``whole=False`` (the word itself) asks for two parts or more even when the word is in the
    lexicon: frequent compounds such as *Bundesregierung* are in it too.
    """
    if whole and word in memo:
        return memo[word]
    result: tuple[tuple[str, ...], float] | None = None
    if whole and _is_head(word, lex):
        result = ((word,), lex[word])
    for cut in range(MIN_PART - 1, len(word) - 2):
        modifier = _modifier(word[:cut], lex)
        if modifier is None and _short_modifier(word[:cut], word[cut:], lex):
            modifier = word[:cut]
        if modifier is None:
            modifier = _counted_modifier(word[:cut], word[cut:], lex)
        if modifier is None:
            continue
        rest = _best(word[cut:], lex, memo)
        if rest is None:
            continue
        candidate = ((modifier, *rest[0]), _zipf(modifier, lex) + rest[1])
        if result is None or _better(candidate, result):
            result = candidate
    if whole:
        memo[word] = result
    return result


def _short_modifier(chunk: str, rest: str, lex: dict[str, float]) -> bool:
    """Whether a short head noun (*See*) opens the compound without a link: only before
    a head word of ``LONG_HEAD`` letters or more (*Seestraße*, not *Hofmann*)."""
    return chunk in SHORT_HEADS and chunk in lex and len(rest) >= LONG_HEAD and rest in lex


def _better(a: tuple[tuple[str, ...], float], b: tuple[tuple[str, ...], float]) -> bool:
    if len(a[0]) != len(b[0]):
        return len(a[0]) < len(b[0])
    return a[1] > b[1]


@lru_cache(maxsize=WORD_CACHE)
def singular_of_latin_plural(word: str) -> str:
    """*Foren* → *forum*, *Zentren* → *zentrum*, *Gremien* → *gremium*, *Themen* → *thema*.

    Snowball stems *Forum* to ``forum`` but *Foren* to ``for``, so the seed clipping's
    *Wirtschaftsforen* would never meet a query for *Forum*. Also rewrites the head of a compound
    (*Wirtschaftsforen* → *wirtschaftsforum*). Takes a lower-case word.
    """
    if len(word) < 5 or not word.endswith("en"):
        return word
    lex = lexicon()
    base = word[:-2]
    if lex.get(base + "um", 0.0) >= PLURAL_ZIPF:
        return base + "um"
    if base.endswith("m") and lex.get(base + "a", 0.0) >= PLURAL_ZIPF:
        return base + "a"
    parts = split_compound(word)
    if parts and word.endswith(parts[-1]):
        head = singular_of_latin_plural(parts[-1])
        if head != parts[-1]:
            return word[: -len(parts[-1])] + head
    return word


#: shortest masculine base of a feminine *-in* noun: *Termin*, *Benzin* are no *Term*, *Benz*
MIN_MASCULINE = 5
FEMININE_SUFFIXES = ("innen", "in")


@lru_cache(maxsize=WORD_CACHE)
def masculine_of(word: str) -> str | None:
    """The masculine noun a feminine *-in*/*-innen* noun is derived from (*präsidentin*,
    *bundeskanzlerinnen* → *präsident*, *bundeskanzler*), or ``None``.

    German forms the feminine of a person noun so, and the masculine reads as the generic
    form: a search for *Präsident* means *Präsidentin* too. Snowball stems some of them to
    the masculine (*Kanzlerin* → ``kanzl``), not others (*Präsidentin* → ``prasidentin``).
    The base must be a lexicon word, or a compound whose head is one, of ``MIN_MASCULINE``
    letters or more ending in a consonant (*Verein* is no *Vere*), that is no adjective
    (``_adjective``: *Schwerin* is no *schwer*); and the word is no name (``_travels``:
    *Konstantin* is no *konstant*, *Augustin* no *August*). Takes a lower-case word.
    """
    plain = word.replace("ß", "ss")
    for suffix in FEMININE_SUFFIXES:
        if not plain.endswith(suffix):
            continue
        base = plain[: -len(suffix)]
        if len(base) < MIN_MASCULINE or _VOWEL.match(base[-1]) or _travels(plain):
            return None
        lex = lexicon()
        parts = () if base in lex else split_compound(base)
        head = parts[-1] if parts else base
        if head in lex and len(head) >= MIN_MASCULINE and base.endswith(head):
            return None if _adjective(head) else word[: -len(suffix)]
        return None
    return None


def _travels(word: str) -> bool:
    """Whether English writes ``word`` too: a German feminine (*Präsidentin*, *Kanzlerin*)
    is no English word, where a name travels (*Konstantin*, *Franklin*, *Griffin*)."""
    return word in zipf_table("en", MIN_ZIPF)


def _adjective(word: str) -> bool:
    """Whether a word inflects as an adjective: its dative *-em* is a word (*konstantem*,
    *schwerem*); no noun has that form (*Freundin*'s *Freund*: *Freunde*, *Freundes*)."""
    return word + "em" in lexicon()


#: the singular of a Latin/Greek plural must be at least this frequent to be believed
PLURAL_ZIPF = 3.0


_german_stem = None


def _stem(word: str) -> str:
    """The analysis's own German Snowball stem (one stemmer for both)."""
    global _german_stem
    if _german_stem is None:
        _german_stem = snowball("de")
    return _german_stem(word)


@lru_cache(maxsize=WORD_CACHE)
def part_key(word: str) -> str:
    """The key a compound part is indexed and queried by: its Snowball stem, except that it
    keeps the *-e* of a noun of its own (*Reise* → ``reise``, not ``reis``, which is *Reis*)
    and an *-er* (*Müller* → ``muller``, not *Müll*'s ``mull``). A part matches its own word
    and that word's inflections (*Reisen*), not another word its stem happens to share; an
    *-er* plural (*Kinder*) then matches only itself, not *Kind*. Only parts are keyed so: for
    whole words the *-e* test would part *fragt* from *Frage*. Takes a lower-case word."""
    plain = word.replace("ß", "ss")
    base = plain[:-1] if plain.endswith(("ern", "ers")) else plain
    stem = _stem(base)
    if base.endswith("er") and len(stem) == len(base) - 2:
        return stem + "er"  # *Müller* is no *Müll*, *Wähler* no *Wahl*, *Potter* no *Pott*
    return stem + "e" if plain.startswith(stem + "e") and _e_noun(stem) else stem


@lru_cache(maxsize=WORD_CACHE)
def _e_noun(stem: str) -> bool:
    """Whether ``stem`` + *e* is a noun of its own apart from the word ``stem``: *Reise* (plural
    *Reisen*) beside *Reis*, not *Schuhe* (the plural of *Schuh*). Both are words; the *-e*
    word is clearly the more frequent (E_MARGIN) and its *-en* form is about as frequent as
    itself, as a feminine noun's plural is, where a plural *-e*'s dative *-en* is rarer."""
    lex = lexicon()
    with_e = lex.get(stem + "e", 0.0)
    plain = lex.get(stem, 0.0)
    return (
        plain > 0.0
        and with_e > plain + E_MARGIN
        and lex.get(stem + "en", 0.0) >= with_e - EN_MARGIN
    )


#: how much more frequent (Zipf) the *-e* word must be than the word without it
E_MARGIN = 0.5
#: how much rarer (Zipf) its *-en* form may be
EN_MARGIN = 0.3


@lru_cache(maxsize=WORD_CACHE)
def part_query_word(word: str, capital: bool = True) -> bool:
    """Whether a query word may match inside German compounds: a German lexicon word, or one
    not clearly more frequent in English than in German. *Potter* (an English word and name)
    is not the *Pott* of *Pottwale*, nor *Trump* the *Trumpf*. A listed short head that is
    commoner in English (*See*, *Bad*, *Not*) only with a ``capital``, as German writes the
    noun: *see* and *not* typed so are English words. Takes a lower-case word."""
    plain = word.replace("ß", "ss")
    if len(plain) < 3 or not plain.isalpha():
        return False
    if plain in lexicon() and (capital or plain not in SHORT_HEADS):
        return True
    # too short or too English for the lexicon: a part unless clearly more English than German
    # (*Wal* 3.5 in both; *Potter* 4.1 in English, 3.8 in German, *Smith*, *Trump*)
    english = zipf_table("en", MIN_ZIPF).get(plain, 0.0)
    return english <= zipf_table("de", MIN_ZIPF).get(plain, 0.0) + ENGLISH_MARGIN


#: how much more frequent in English (Zipf) a query word may be and still match a part
ENGLISH_MARGIN = 0.2
