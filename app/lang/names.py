"""A phonetic *name key* that makes transliterations of one name equal across scripts.

*Lukashenko*, *Lukaschenko*, *Lukašenko*, *Лукашенко*, *Лукашенкой* and *Lukaschenkos* all
become ``lukaSenk``; *Tokayev*/*Tokajew*/*Токаева* become ``tokaev``; *Kazakhstan*/*Kasachstan*/
*Казахстане* become ``kasaXstan``.

How (each step exists because two schemes disagree):

1. Cyrillic loses its Russian case ending first (*Токаевым* → *Токаев*; not a dictionary
   form's last letters: *Газпром*), while it is still unambiguous, then maps letter by letter
   to a key alphabet: ``S`` for the hushing sibilants
   ш/ж (English *sh*/*zh*, German *sch*, scholarly *š*/*ž*), ``X`` for х and ч (English *kh* and
   *ch*, German *ch* and *tsch*, scholarly *x* and *č*: German writes х as *ch*, English writes ч
   as *ch*, so the two cannot be kept apart), ``s`` for с, з and ц (German writes з as *s*,
   English as *z*; German *z* is ц), ``i`` for и/й/ы and the glide of я/ю/е.
2. Latin maps the same way: scholarly letters (š č ž) first, then folding, the umlaut digraphs
   (*Mueller* = *Müller*), then the multi-letter spellings longest first (*schtsch*, *tsch*, *sch*,
   *sh*, *zh*, *kh*, *ch*, *ts*/*tz*, …), w → v, y/j → i, c → k or s.
3. Both: an ``i`` between vowels goes (*Tokajew*/*Tokayev* vs scholarly *Tokaev*), doubled
   letters collapse (German writes intervocalic с as *ss*: *Wassili*), then a small set of
   endings is stripped: a possessive or genitive *s* and one final *a*/*o*/*i*/*u*/*oi*/*ia*/*aia*
   (the nominative vowel that the Cyrillic side lost in step 1). Never a final *e*: that would
   make German *Ratte* the key of *Rat*. Last, the surname suffix -ов/-ев/-ёв becomes ``v``
   (German writes ё as *o*: *Gorbatschow*, English as *e*: *Gorbachev*).

Collapsing sounds makes unrelated common words meet (*Zelle*/*Seele* → ``sele``). ``name_key``
therefore refuses keys that two frequent words *of the same language* with different stems
share (``ambiguous_keys``, computed from wordfreq): such a word gets ``=`` + its folded form,
which only matches itself. Cross-language meetings (*Kasachstan*/*Kazakhstan*) are the point.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from app.lang import DATA_DIR, WORD_CACHE, morph
from app.lang.fold import fold, fold_digraphs
from app.lang.wordlists import cache_file, cached, zipf_table


def _words(text: str) -> list[str]:
    return text.split()


CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOWELS_CYR = set("аеёиоуыэюяіїєў")

# Russian case endings, longest first; the stem keeps at least three letters.
_CYR_ENDINGS = tuple(
    sorted(
        _words(
            "ами ями ого его ому ему ыми ими ией ия ие ии ию ий ый ой ая яя ое ее ую юю "
            "ом ем ым им ах ях ам ям ых их а я у ю е и ы о ь й"
        ),
        key=len,
        reverse=True,
    )
)

_CYR_KEY = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "S",
        "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "X", "ц": "s",
        "ч": "X", "ш": "S", "щ": "SX", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
        "я": "ia", "і": "i", "ї": "i", "є": "ie", "ў": "u", "ґ": "g",
    }
)  # fmt: skip

# Scholarly and Slavic Latin letters that folding would merge with the plain ones.
_LATIN_SPECIAL = str.maketrans(
    {
        "š": "sh",
        "ž": "zh",
        "ż": "zh",
        "č": "ch",
        "ć": "ch",
        "ś": "s",
        "ź": "z",
        "ŝ": "sh",
        "ĉ": "ch",
        "Š": "sh",
        "Ž": "zh",
        "Č": "ch",
    }
)

_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"schtsch|shch|sch(?=tsch)", "SX"),
        (r"tsch|tch", "X"),
        (r"sch|sh|zh", "S"),
        (r"kh|ch", "X"),
        (r"ck", "k"),
        (r"ph", "f"),
        (r"ts|tz|z", "s"),
        (r"x", "ks"),
        (r"q", "k"),
        (r"w", "v"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"[yj]", "i"),
    )
)

_CYR_GLIDE = re.compile(r"(?:(?<=[аеиоуыэюяьъ])|^)е")
_DOUBLES = re.compile(r"(.)\1+")
_GLIDE = re.compile(r"(?<=[aeou])i(?=[aeiou])")
# -ов/-ев/-ёв: German writes ё as o (Gorbatschow), English as e (Gorbachev).
_SURNAME = re.compile(r"(?<=.{3})[eo]v$")
_ENDINGS = ("aia", "oi", "ia", "a", "o", "i", "u")


def _strip_cyrillic(word: str) -> str:
    for ending in _CYR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _case_stem(word: str) -> str:
    """``_strip_cyrillic``, except that where it cut two letters or more off a word whose
    dictionary form begins it and ends in a consonant, that form wins (*Газпром*,
    *Газпрому*: ``газпром``, not ``газпр`` as if Газпр+ом, Газпр+ому; *Максим*, *Рустам*
    alike): cut so, the nominative met no *Gazprom* while *Газпрома* and *Газпромом* did.
    A form ending in a vowel is cut as before (*Сибирский*): the Latin side drops that too."""
    stem = _strip_cyrillic(word)
    if len(word) - len(stem) < 2:
        return stem
    lemmas = [
        lemma
        for lemma in morph.lemmas(word)
        if word.startswith(lemma) and lemma[-1:] not in _VOWELS_CYR and lemma[-1:] != "й"
    ]
    return max([stem, *lemmas], key=len)


def _glide(word: str) -> str:
    """е at the start or after a vowel or soft/hard sign is *ye*/*je* in every scheme but ISO."""
    return _CYR_GLIDE.sub("ie", word)


def _latin(word: str) -> str:
    word = fold(word.translate(_LATIN_SPECIAL))
    word = fold_digraphs(word)
    for pattern, repl in _LATIN_RULES:
        word = pattern.sub(repl, word)
    return word


def _strip_endings(key: str) -> str:
    if len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


@lru_cache(maxsize=WORD_CACHE)
def raw_name_key(word: str) -> str:
    """The phonetic key of one word, without the ambiguity guard."""
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s$", "", word).replace("'", "").replace(".", "")
    if CYRILLIC.search(word):
        word = _glide(fold(_case_stem(word.replace("ё", "е")))).translate(_CYR_KEY)
    else:
        word = _latin(word)
    word = _DOUBLES.sub(r"\1", _GLIDE.sub("", word))
    return _SURNAME.sub("v", _strip_endings(word))


@lru_cache(maxsize=WORD_CACHE)
def name_key(word: str) -> str:
    """The token the ``names`` field indexes for ``word`` (same at index and query time).

    A key that frequent words of one language share is replaced by ``=`` + the folded word,
    so common words keep their own identity instead of matching their sound-alikes. A
    listed first name takes its line's key (``first_name_key``).
    """
    listed = first_name_key(word)
    if listed is not None:
        return listed
    key = raw_name_key(word)
    if key in ambiguous_keys():
        return "=" + fold(word)
    return key


FIRST_NAMES_FILE = DATA_DIR / "first_names.txt"


def first_name_key(word: str) -> str | None:
    """The key of a first name of the shipped list in any of its spellings and, in Russian,
    cases (*Владимира*), or with a genitive *s* (*Wladimirs*); None for any other word.
    Why: a first name common as a word has its key refused (*Angela*, *Владимир*: no key,
    so "Vladimir Putin" never met "Владимир Путин"), and some are spelt apart from their
    transliteration (*Alexander*, *Александр*; Kazakh *Jomart*, *Жомарт*)."""
    lower = word.lower().replace("ё", "е")
    table = _first_names()
    if CYRILLIC.search(lower):
        candidates = (lower, *morph.name_lemmas(lower))
    else:
        lower = fold(lower)
        candidates = (lower, lower.removesuffix("'s").removesuffix("s"))
    return next((table[c] for c in candidates if c in table), None)


@cache
def _first_names() -> dict[str, str]:
    """Each listed spelling (lower case, Latin folded) → its line's key: the raw key of
    the line's first spelling."""
    table: dict[str, str] = {}
    for line in FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        names = [n.strip() for n in line.split(",") if n.strip()]
        if not names or line.startswith("#"):
            continue
        key = raw_name_key(names[0])
        for name in names:
            lower = name.lower().replace("ё", "е")
            table.setdefault(lower if CYRILLIC.search(lower) else fold(lower), key)
    return table


#: the mark of a refused key that a capitalised Latin word still takes, being no common word
#: itself (``name_like``): *Buffett* is ``!bufet``, where *buffet*, *Büfett* and *буфет* have
#: no key; in the index and in queries (``query_key``)
EVIDENCE_MARK = "!"


def query_key(word: str) -> str | None:
    """The names-field token of a word: its ``name_key``, or for a capitalised Latin word
    whose key common words share (*Buffett*: *buffet*, *буфет*) but that is no common word
    itself, ``EVIDENCE_MARK`` + its raw key. A query looks that up in Cyrillic texts only
    (``key_variants``), where a refused key is never indexed, so what it meets there is a
    name written with a capital (*Баффет*); *Баффет* finds the marked key in Latin texts."""
    key = name_key(word)
    if not key:  # a word of no letters the key keeps, such as «Ъ» (Kommersant)
        return None
    if key[0] != "=":
        return key
    if word[:1].isupper() and not CYRILLIC.search(word) and name_like(word):
        return EVIDENCE_MARK + raw_name_key(word)
    return None


def name_like(word: str) -> bool:
    """Whether a Latin word whose key common words share may be a name: it is no frequent
    word itself (*Buffet*, *Rate*: ``NAME_QUERY_ZIPF``) nor a German noun (*Büfett*)."""
    return not _common(word.casefold()) and not german_noun(word)


#: how much commoner (Zipf) in German than in English a word is when it is a German word,
#: not a name: names travel (*buffett*: de 2.97, en 3.18), *büfett* (de 2.6) does not
GERMAN_MARGIN = 1.0


@lru_cache(maxsize=WORD_CACHE)
def german_noun(word: str) -> bool:
    """Whether a capitalised word is a German word rather than a name: German writes its
    nouns with a capital, so only frequency tells *Büfett* from *Buffett*. A loanword that
    English shares (*Buffet*) passes here; ``name_like`` knows it as a common word."""
    word = word.casefold()  # as wordfreq writes words: ß as ss
    german = zipf_table("de", 2.5).get(word, 0.0)
    return german > 0 and zipf_table("en", 2.5).get(word, 0.0) < german - GERMAN_MARGIN


#: how many letters of a key ``key_variants`` swaps (2**n keys at most)
MAX_SWAPS = 3
#: the letters whose rendering in the other script is not knowable from the spelling, by
#: the script the key was written in: Latin *u* may be Russian а (*Trump*, *Трамп*) and *h*
#: х; Russian а may be Latin *u* and х *h*. Never the other way: Russian у is Latin *u*
#: (*Путин* is no *Patina*), Latin *a* is Russian а
_SWAPS = {False: {"u": "a", "h": "X"}, True: {"a": "u", "X": "h"}}
_SWAPPABLE = {cyr: re.compile("[" + "".join(swaps) + "]") for cyr, swaps in _SWAPS.items()}


@lru_cache(maxsize=WORD_CACHE)
def key_variants(key: str, cyrillic: bool = False) -> tuple[str, ...]:
    """``key`` and the keys of the name's likely spellings in the other script.

    Russian writes the English short *u* as а (*Trump* → *Трамп*, *Hunter* → *Хантер*,
    *Buffett* → *Баффет*) but as у elsewhere (*Putin*, *Sunak*), and English *h* as х
    (*Hunter*, *Harris*): which one a spelling takes is not knowable from the letters, so a
    query tries both, for the first ``MAX_SWAPS`` such letters, in the direction from the
    script of the word the key is of (``cyrillic``; ``_SWAPS``). Only at query time (the
    index keeps one key a word). A key the ambiguity guard refused (a common word's sound)
    is asked for marked (``EVIDENCE_MARK``): only a word written as a name has it so
    (*Баффет* finds *Buffett*, not *Büfett*). The caller looks for the variants in the
    other script's texts only; a marked ``key`` (``query_key``) has only variants there.
    """
    marked = key.startswith(EVIDENCE_MARK)
    key = key.removeprefix(EVIDENCE_MARK)
    swaps = _SWAPS[cyrillic]
    spots = [m.start() for m in _SWAPPABLE[cyrillic].finditer(key)][:MAX_SWAPS]
    variants = [key]
    for spot in spots:
        variants += [v[:spot] + swaps[key[spot]] + v[spot + 1 :] for v in variants]
    if marked:  # a Latin word's refused key: Cyrillic texts index no refused key at all
        return (EVIDENCE_MARK + key, *dict.fromkeys(variants))
    refused = ambiguous_keys()
    return tuple(
        dict.fromkeys(v if v == key or v not in refused else EVIDENCE_MARK + v for v in variants)
    )


_VOWEL_KEY = re.compile(r"v(?=[aeiou])")


def english_w(word: str, key: str) -> tuple[str, ...]:
    """Keys of the Russian spellings of a Latin name opening with *w* + vowel, which Russian
    writes with у (*Warren* Уоррен, *Walter* Уолтер, *Wilson* Уилсон, *West* Уэст), as it
    writes German *w* with в (*Wagner* Вагнер, the key's own ``v``)."""
    if word[:1] not in ("W", "w") or CYRILLIC.search(word) or not _VOWEL_KEY.match(key):
        return ()
    rest = key[1:]
    return ("u" + rest, "uo" + rest[1:]) if rest[:1] == "a" else ("u" + rest,)


def sound_alikes(word: str) -> tuple[str, ...]:
    """The common German and English words whose key a Latin word's key is (*Buffett*:
    *buffet*, *büfett*), the word itself first; just the word when its key is not refused.
    Only a phrase of names asks (``"Warren Buffett"`` finds "Warren Buffet"): there the
    other words tell the name from the word."""
    key = raw_name_key(word)
    if CYRILLIC.search(word) or key not in ambiguous_keys():
        return (word.lower(),)
    return tuple(dict.fromkeys((word.lower(), *_sound_alike_table().get(key, ()))))


@cache
def _sound_alike_table() -> dict[str, list[str]]:
    """Refused key → the common de/en words that have it (built once, kept in the cache)."""

    def build() -> dict[str, list[str]]:
        table: dict[str, list[str]] = defaultdict(list)
        refused = ambiguous_keys()
        for lang in ("de", "en"):
            for word in zipf_table(lang, COMMON_ZIPF):
                if word.isalpha() and (key := raw_name_key(word)) in refused:
                    table[key].append(word)
        return dict(table)

    return cached(cache_file(f"sound-alikes-{len(ambiguous_keys())}"), build)


#: a lower-case query word this frequent (Zipf) in de, en or ru is a word, not a name
NAME_QUERY_ZIPF = 3.5
_QUERY_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’]s\b")


def keyed_in_query(text: str) -> bool:
    """Whether a query word is also looked up by its name key, across scripts.

    The key collapses sounds and endings, so a common word meets a common word of another
    language (*президента* → *President*, *выборы* → *VIBOR*). A word is therefore taken as a
    name only when the user capitalised it (*Merkel*, *Лукашенко*) or it is rare in all three
    languages (*tokayev*) or Russian morphology knows it only as a name (*путин*); a Russian
    word counts by its dictionary form too (*экспортом* is as common as *экспорт*). Every
    word of a hyphenated term must qualify.
    """
    words = _QUERY_WORD.findall(_POSSESSIVE.sub("", text))  # Buffett's: its "s" is no word
    return all(word[:1].isupper() or not _common_in_lower_case(word.lower()) for word in words)


def _common_in_lower_case(word: str) -> bool:
    """``_common``, and for a Latin word typed in lower case also a word as common as the
    index takes a sentence's first word to be a word (``sentence_case.COMMON_ZIPF``):
    *tramp* (Zipf 3.2) found Трамп, as *Tramp* opening a sentence had."""
    if _common(word):
        return True
    return not CYRILLIC.search(word) and any(
        word in zipf_table(lang, COMMON_ZIPF) for lang in ("en", "de")
    )


@lru_cache(maxsize=WORD_CACHE)
def _common(word: str) -> bool:
    if morph.is_name(word):
        return False
    candidates = {word, *morph.lemmas(word)}
    return any(
        candidate in zipf_table(lang, NAME_QUERY_ZIPF)
        for lang in GUARD_LANGUAGES
        for candidate in candidates
    )


#: words at or above this Zipf frequency count as "common" for the ambiguity guard
COMMON_ZIPF = 3.0
GUARD_LANGUAGES = ("de", "en", "ru")
DATA_FILE = DATA_DIR / "ambiguous_name_keys.txt"


@cache
def ambiguous_keys() -> frozenset[str]:
    """Keys that two common words of one language share (see ``build_ambiguous_keys``).

    Read from a file that ships with the app, because building it takes seconds.
    """
    try:
        text = DATA_FILE.read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset(build_ambiguous_keys())
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _signature(lang: str) -> Callable[[str], str]:
    """Which words count as forms of one word: same stem (Russian: same ending-less stem,
    as the key cuts it: *альбом*, *альбома*, *альбомом*)."""
    if lang == "ru":
        return lambda word: fold(_case_stem(word.replace("ё", "е")))
    from whoosh.lang import stemmer_for_language

    stem = stemmer_for_language(lang)
    return lambda word: fold_digraphs(fold(stem(word)))


#: how much commoner (Zipf) in English or German a Latin word may be than the Russian name
#: it transliterates: *washington* 5.0 against *вашингтон* 4.5 is that name, *best* 6.1
#: against the name *бест* 3.0 is a word
QUOTED_MARGIN = 1.5


def _quoted_names(listed: list[str]) -> set[str]:
    """The Latin words of the Russian list that are a Russian name quoted in its Latin
    spelling (*washington* beside *вашингтон*): every Cyrillic word of their key is a name,
    one about as long as the Latin word (*исландия* is no *island*), and the Latin word is
    not a much commoner word elsewhere (``QUOTED_MARGIN``); keys of 4+ letters."""
    ru = zipf_table("ru", COMMON_ZIPF)
    names: dict[str, list[str]] = defaultdict(list)
    plain: set[str] = set()
    for word in listed:
        if CYRILLIC.search(word):
            if morph.is_name(word):
                names[raw_name_key(word)].append(word)
            else:
                plain.add(raw_name_key(word))
    quoted = set()
    for word in listed:
        key = raw_name_key(word)
        if CYRILLIC.search(word) or len(key) < 4 or key in plain or key not in names:
            continue
        near = [n for n in names[key] if abs(len(n) - len(word)) <= 1]
        elsewhere = max(zipf_table(lang, COMMON_ZIPF).get(word, 0.0) for lang in ("en", "de"))
        if near and elsewhere - max(ru[n] for n in near) <= QUOTED_MARGIN:
            quoted.add(word)
    return quoted


def build_ambiguous_keys() -> list[str]:
    """Keys shared by two common words of one language that are not forms of one word.

    *Zelle*/*Seele*, *Rate*/*Ratte*, *цель*/*сель*: a native reader keeps them apart, so the
    name key must too. Two spellings of one name in one language (*Mueller*/*Muller*) have the
    same stem after digraph folding and do not count. Cross-language meetings are not checked:
    that is what the key is for; nor is a Latin word of the Russian list whose key a Russian
    name has. Why: Russian texts quote names in Latin (*washington*), and each then met its
    own transliteration (*вашингтон*) as "two Russian words", so the guard made *Вашингтон*
    find nothing of *Washington*. Only names: a Latin common word (*general*) stays apart
    from its Russian look-alike (*генерал*), which would flood a query with the other.
    """
    ambiguous: set[str] = set()
    for lang in GUARD_LANGUAGES:
        signature = _signature(lang)
        by_key: dict[str, set[str]] = defaultdict(set)
        listed = [w for w in zipf_table(lang, COMMON_ZIPF) if w.isalpha() and len(w) >= 3]
        quoted = _quoted_names(listed) if lang == "ru" else set()
        for word in listed:
            if word not in quoted:
                by_key[raw_name_key(word)].add(signature(word))
        ambiguous.update(k for k, signatures in by_key.items() if _distinct(signatures))
    return sorted(ambiguous)


def _distinct(signatures: set[str]) -> bool:
    """Two or more words, not one word and its genitive: German Snowball leaves *Trumps*
    and *Putins* whole, which made *trump* "two German words" and dropped the name."""
    return len({s.removesuffix("s") for s in signatures}) > 1


def write_ambiguous_keys(path: Path = DATA_FILE) -> int:
    """Rebuild the shipped file (run ``python -m app.lang.names`` after changing the key)."""
    keys = build_ambiguous_keys()
    path.parent.mkdir(parents=True, exist_ok=True)
    header = f"# name keys shared by common words (zipf >= {COMMON_ZIPF}); app.lang.names\n"
    path.write_text(header + "\n".join(keys) + "\n", encoding="utf-8")
    return len(keys)


if __name__ == "__main__":
    print(write_ambiguous_keys(), "keys written to", DATA_FILE)
