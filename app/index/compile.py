"""Compile the engine-neutral query tree to Whoosh queries."""

from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.fields import Schema

from app.index.absent import ABSENT_COLUMNS, Absent
from app.index.analysis import (
    FOLD_MARK,
    FOLDED_WEIGHT,
    LANGUAGES,
    PART_MARK,
    PART_WEIGHT,
    TOKEN_PATTERN,
    _is_stopword,
    acronym_term,
    exact_form,
    fold,
)
from app.index.dates import DateColumn, PublishedBetween
from app.index.proximity import Near
from app.index.schema import (
    BYLINE_FIELD,
    BYLINE_WEIGHT,
    FAMILIES,
    NAMES_FIELD,
    STEMMED_WEIGHT,
    TITLE_NAMES_FIELD,
    stem_analyzer,
    stem_field,
)
from app.lang import morph
from app.lang.compounds import part_query_word, split_compound
from app.lang.fold import fold_value
from app.lang.names import (
    CYRILLIC,
    EVIDENCE_MARK,
    english_w,
    key_variants,
    keyed_in_query,
    raw_name_key,
    sound_alikes,
)
from app.model import QueryError
from app.query import ast


def _part_boost(term: str, boost: float) -> float:
    """A compound-part match ranks below a whole-word match (``~`` marks a part's term)."""
    return boost * PART_WEIGHT if PART_MARK in term else boost


def _fallback(term: str, first: str) -> bool:
    """Whether ``term`` is a folded form of a position's first term (``ExactFormFilter``,
    ``UmlautStemFilter``): marked, or the same word but for its umlauts."""
    return FOLD_MARK in term or (term != first and fold(term) == fold(first))


def _terms(fieldname: str, words: list[str], boost: float) -> list[wq.Term]:
    """A position's terms; the folded forms of the word as typed rank lower (*Wahlen*
    above *wählen*), as do compound parts."""
    return [
        wq.Term(
            fieldname,
            w,
            boost=boost * FOLDED_WEIGHT if _fallback(w, words[0]) else _part_boost(w, boost),
        )
        for w in words
    ]


def _word_terms(fieldname: str, words: list[str], boost: float, text: str) -> list[wq.Query]:
    """``_terms`` of one position; a name key's spellings (after the first) in the other
    script's texts only, and a marked refused key (``names.query_key``) only there."""
    terms = _terms(fieldname, words, boost)
    if fieldname in _NAME_FIELDS and words[0].startswith(EVIDENCE_MARK):
        return [_other_script(terms[1:], text)]  # the exact field finds the word itself
    if fieldname in _NAME_FIELDS and len(terms) > 1:
        return [terms[0], _other_script(terms[1:], text)]
    return terms


def _any_form(kind: type[wq.Phrase], fieldname: str, groups: list[list[str]], slop: int, boost):
    """``_phrase``; where a word has folded forms (``_fallback``), the words as typed at
    full weight and any of their forms at ``FOLDED_WEIGHT``: "Wahlen in Kasachstan" ranks
    above "wählen in Kasachstan" and finds both."""
    if not any(_fallback(w, words[0]) for words in groups for w in words[1:]):
        return _phrase(kind, fieldname, groups, slop, boost)
    typed = kind(fieldname, [words[0] for words in groups], slop=slop, boost=boost)
    return _Or([typed, _phrase(kind, fieldname, groups, slop, boost * FOLDED_WEIGHT)])


class _Or(wq.Or):
    """A union of matchers; never Whoosh's array matcher, which preloads every posting of
    every clause on segments under 5,000 documents (3× slower on our many-field queries)."""

    matcher_type = wq.Or.DEFAULT_MATCHER


def _whole_words(groups: list[list[str]]) -> list[list[str]]:
    """Compound parts widen a single word only: a phrase of words is matched as written
    (a position keeps its parts' terms only if it has nothing else)."""
    return [[w for w in words if PART_MARK not in w] or words for words in groups]


def _phrase(kind: type[wq.Phrase], fieldname: str, groups: list[list[str]], slop: int, boost):
    """A phrase (or ``Near``) of the first word at each position; where a position has more
    (the forms of a Russian word), ``alternatives`` holds them all: the array evaluator
    (``app.index.evaluate``) takes any of them there. ``words`` stays one word a position,
    for Whoosh's own matcher and the snippets' phrase marks."""
    phrase = kind(fieldname, [words[0] for words in groups], slop=slop, boost=boost)
    if any(len(words) > 1 for words in groups):
        phrase.alternatives = [list(words) for words in groups]
    return phrase


def _ru_stems(form: str) -> list[str]:
    return [t.text for t in stem_analyzer("ru")(form, mode="query")]


def _other_script(variants: list[wq.Query], text: str) -> wq.Query:
    """A spelling variant of a name key (``key_variants``: *Trump* → ``tramp``) is how the
    other script writes the name, so it is looked for in that script's articles only:
    *Trump* finds Russian *Трамп* but not an English *Tramp*."""
    russian = wq.Term("language", "ru")
    within = russian if CYRILLIC.search(text) is None else wq.Not(russian)
    return wq.And([_Or(variants) if len(variants) > 1 else variants[0], within])


_NAME_FIELDS = frozenset({NAMES_FIELD, TITLE_NAMES_FIELD})


def _a_name(text: str) -> bool:
    """Whether a phrase is a name: two or more words, each written with a capital, in
    Latin letters (*Warren Buffett*): its words pin each other down."""
    words = [w for w in TOKEN_PATTERN.findall(text) if not _is_stopword(w)]
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and CYRILLIC.search(text) is None


def _name_phrase(kind, fieldname: str, text: str, slop: int, boost: float) -> wq.Query | None:
    """A name's words as name keys in the other script's texts, each word taken as a name
    though its key is refused (*Warren*: a warren; *Buffet*: a buffet), since the phrase
    is a name (``_a_name``): "Warren Buffett" finds "Уоррен Баффет". None if it is none."""
    if not _a_name(text):
        return None
    groups = []
    for word in TOKEN_PATTERN.findall(text):
        if _is_stopword(word):
            continue
        key = raw_name_key(word)
        if len(key) < 3:
            return None
        cyrillic = CYRILLIC.search(word) is not None
        groups.append(list(dict.fromkeys((*key_variants(key, cyrillic), *english_w(word, key)))))
    return _other_script([_phrase(kind, fieldname, groups, slop, boost)], text)


def _with_sound_alikes(groups: list[list[str]], text: str, analyzer) -> list[list[str]]:
    """A name's positions also taking the words its words sound like, as ``analyzer``
    makes them (``names.sound_alikes``): "Warren Buffett" finds "Warren Buffet", which a
    buffet alone does not."""
    words = [w for w in TOKEN_PATTERN.findall(text) if analyzer(w, mode="query")]
    if len(words) != len(groups):
        return groups
    widened = []
    for word, terms in zip(words, groups, strict=True):
        terms = list(terms)
        for alike in sound_alikes(word)[1:]:
            for token in analyzer(alike, mode="query"):
                if token.text not in terms:
                    terms.append(token.text)
        widened.append(terms)
    return widened


def _content_words(text: str) -> int:
    """How many words of ``text`` are no stop words: the positions a phrase must fill."""
    return sum(1 for word in TOKEN_PATTERN.findall(text) if not _is_stopword(word))


_WORD = re.compile(r"\w+")


def words_within(value: str) -> str:
    """The pattern of a value's words side by side, in order, as whole words of a longer
    value: 'source:Zeitung' finds "Börsen-Zeitung", 'source:Interfax' "Interfax-Kazakhstan",
    'source:"Interfax Kazakhstan"' too (a hyphen, a space or a slash between the words), but
    'source:"Kazakhstan Interfax"' does not; nor does 'source:Inter' (a word is whole)."""
    words = _WORD.findall(value) or [value]
    return r"(?:.*\W)?" + r"\W+".join(map(re.escape, words)) + r"(?:\W.*)?\Z"


_KEYWORD_FIELDS = {"source": "source", "dateline": "dateline", "section": "section"}


def compile_query(node: ast.Node, schema: Schema, dates: DateColumn | None = None) -> wq.Query:
    return _Compiler(schema, dates).node(node)


class _Compiler:
    def __init__(self, schema: Schema, dates: DateColumn | None) -> None:
        self.schema = schema
        self.dates = dates or DateColumn()
        self.names = NAMES_FIELD in schema
        self.title_names = TITLE_NAMES_FIELD in schema
        self.byline = BYLINE_FIELD in schema
        self._respelling = False

    def node(self, node: ast.Node) -> wq.Query:
        match node:
            case ast.MatchAll():
                return wq.Every()
            case ast.And(children):
                return wq.And([self.node(c) for c in children])
            case ast.Or(children):
                return _Or([self.node(c) for c in children])
            case ast.Not(child):
                return wq.Not(self.node(child))
            case ast.DateRange(start, end):
                return PublishedBetween(start, end, self.dates)
            case ast.Term():
                return self.term(node)
            case ast.Phrase():
                return self.phrase(node)
            case ast.Absent(field):
                return self.absent(field)
        raise TypeError(node)

    def absent(self, field: str) -> wq.Query:
        """No value in the field: the facet columns say so for source, tags and dates;
        the text fields by having no term at all."""
        if field in ABSENT_COLUMNS:
            return Absent(ABSENT_COLUMNS[field])
        name = _KEYWORD_FIELDS.get(field, field)
        if name not in self.schema:
            return wq.NullQuery
        return wq.Not(wq.Every(name))

    # -- words -------------------------------------------------------------

    def text_fields(self, field: str | None, names: bool = True) -> list[tuple[str, float]]:
        """(index field, boost) pairs a word in ``field`` is looked up in; the name keys
        only with ``names`` (see ``keyed_in_query``)."""
        families = FAMILIES if field is None else {field: FAMILIES[field]}
        pairs: list[tuple[str, float]] = []
        for family, weight in families.items():
            pairs.append((family, weight))
            pairs.append((stem_field(family), weight * STEMMED_WEIGHT))
        if self.names and names and field in (None, "title") and self.title_names:
            pairs.append((TITLE_NAMES_FIELD, FAMILIES["title"]))  # as a title mention
        if self.names and names and field is None:
            pairs.append((NAMES_FIELD, STEMMED_WEIGHT * 0.5))
        if self.byline and field is None:
            pairs.append((BYLINE_FIELD, BYLINE_WEIGHT))
        return pairs

    def term(self, node: ast.Term) -> wq.Query:
        field = node.field
        if field == "tag":
            return self.tag(node)
        if field == "lang":
            return wq.Term("language", node.text.lower())
        if field in _KEYWORD_FIELDS:
            return self.keyword(_KEYWORD_FIELDS[field], node.text, node.wildcard)
        if field == "author":
            return self.analyzed("author", node.text, 1.0) or wq.NullQuery
        if node.wildcard:
            return self.wildcard(node)
        if field in (None, "title") and self.names and acronym_term(node.text):
            return self.acronym(acronym_term(node.text), field)
        fields = self.text_fields(field, names=keyed_in_query(node.text))
        parts = [self.analyzed(name, node.text, boost) for name, boost in fields]
        parts = [p for p in parts if p is not None]
        parts += self.compound_spellings(node.text.split("-"), field)
        return _Or(parts) if parts else wq.NullQuery

    def acronym(self, term: str, field: str | None) -> wq.Query:
        """An acronym that reads as a stop word (*WHO*, *US*), as written in capitals only
        (``analysis.acronym_term``): in lower case it is in nearly every English text."""
        terms = [wq.Term(NAMES_FIELD, term)] if field is None else []
        if self.title_names:
            terms.append(wq.Term(TITLE_NAMES_FIELD, term, boost=FAMILIES["title"]))
        return _Or(terms) if len(terms) > 1 else (terms[0] if terms else wq.NullQuery)

    def compound_spellings(self, words: list[str], field: str | None) -> list[wq.Query]:
        """A German compound's other spellings, at ``PART_WEIGHT``: *Energiepolitik* also
        finds "Energie-Politik" and "Energie Politik" (its parts as a phrase), and those
        (``Energie-Politik``, ``"Energie Politik"``) find *Energiepolitik*, also with a
        linking *s* (``"Parlament Wahl"``: *Parlamentswahl*)."""
        if self._respelling or field not in (None, *FAMILIES):
            return []
        if not all(w.isalpha() for w in words):
            return []
        self._respelling = True  # a spelling's own spellings are not asked for
        try:
            if len(words) == 1:
                parts = split_compound(words[0].lower())
                if len(parts) < 2 or not part_query_word(words[0]):
                    return []
                return [_Or([self.phrase(ast.Phrase(parts, field))], boost=PART_WEIGHT)]
            if len(words) != 2 or not words[0][:1].isupper():  # German writes nouns so
                return []
            head, tail = words
            joined = [head + link + tail.lower() for link in ("", "s")]
            # not checked by split_compound, whose lexicon misses heads such as *Export*
            return [_Or([self.term(ast.Term(w, field)) for w in joined], boost=PART_WEIGHT)]
        finally:
            self._respelling = False

    def analyzed(self, fieldname: str, text: str, boost: float) -> wq.Query | None:
        """``text`` through the field's query analyzer(s): terms, alternatives or a phrase.

        A stem field is asked in every language: the query's language is unknown.
        """
        if fieldname.endswith("_stem"):
            parts = [
                self._analyzed(fieldname, stem_analyzer(lang), text, boost) for lang in LANGUAGES
            ]
            parts = [p for p in parts if p is not None]
            return _Or(parts) if len(parts) > 1 else (parts[0] if parts else None)
        return self._analyzed(fieldname, self.schema[fieldname].analyzer, text, boost)

    def _analyzed(self, fieldname: str, analyzer, text: str, boost: float) -> wq.Query | None:
        groups = self._groups(analyzer, text, names=fieldname in _NAME_FIELDS)
        if not groups or (fieldname in _NAME_FIELDS and len(groups) < _content_words(text)):
            return None  # a word without a name key: the others' keys alone are not it
        if len(groups) == 1:
            (words,) = groups.values()
            terms = _word_terms(fieldname, words, boost, text)
            return terms[0] if len(terms) == 1 else _Or(terms)
        groups = _whole_words(list(groups.values()))
        # the words side by side, any of a position's terms there ("Energie-Politik" in the
        # name keys was both words anywhere: 22 clippings for one); a field without
        # positions (the title's name keys) takes the words in any order: Whoosh refuses
        # a phrase there, and "Brexit-Deal" would fail the whole search
        if self.schema[fieldname].supports("positions"):
            return _any_form(wq.Phrase, fieldname, groups, 1, boost)
        return wq.And(
            [_Or([wq.Term(fieldname, w, boost=boost) for w in words]) for words in groups]
        )

    @staticmethod
    def _groups(analyzer, text: str, names: bool = False) -> dict[int, list[str]]:
        """The terms of ``text`` at each position; a Russian word's with the stems of all
        forms of its lexeme (*Египте* → ``египт``, ``египет``: see ``app.lang.morph``); a
        name key (``names``) with its spellings' keys (``key_variants``: *Trump*/*Трамп*)."""
        russian = analyzer is stem_analyzer("ru")
        groups: dict[int, list[str]] = {}
        for token in analyzer(text, mode="query", positions=True, chars=True):
            terms = groups.setdefault(token.pos, [])
            word = text[token.startchar : token.endchar]
            cyrillic = CYRILLIC.search(word) is not None
            spellings = (*key_variants(token.text, cyrillic), *english_w(word, token.text))
            for term in spellings if names else (token.text,):
                if term not in terms:
                    terms.append(term)
            if russian:
                for form in morph.forms(text[token.startchar : token.endchar])[1:]:
                    for stem in _ru_stems(form):
                        if stem not in terms:
                            terms.append(stem)
        return groups

    def wildcard(self, node: ast.Term) -> wq.Query:
        """The pattern as typed, and at ``FOLDED_WEIGHT`` its folded form: ``Wahl*`` ranks
        *Wahlkampf* above *Wähler* and finds both, ``Wähl*`` finds *Wahlkampf* too."""
        pattern = exact_form(node.text)
        if pattern.strip("*?") == "":
            raise QueryError(f"the wildcard {node.text!r} needs at least one letter")
        folded = fold(node.text)
        patterns = [(pattern, 1.0), (FOLD_MARK + folded, FOLDED_WEIGHT)]
        if folded != pattern:
            patterns.append((folded, FOLDED_WEIGHT))
        weights = {node.field: FAMILIES[node.field]} if node.field else dict(FAMILIES)
        if self.byline and not node.field:
            weights[BYLINE_FIELD] = BYLINE_WEIGHT
        queries = []
        for family, boost in weights.items():
            for text, weight in patterns:
                if text.endswith("*") and not any(c in text[:-1] for c in "*?"):
                    queries.append(wq.Prefix(family, text[:-1], boost=boost * weight))
                else:
                    queries.append(wq.Wildcard(family, text, boost=boost * weight))
        return _Or(queries)

    def phrase(self, node: ast.Phrase) -> wq.Query:
        if node.field == "tag":
            return self.tag(ast.Term(" ".join(node.words), "tag"))
        if node.field in _KEYWORD_FIELDS:
            return self.keyword(_KEYWORD_FIELDS[node.field], " ".join(node.words), False)
        if node.field == "lang":
            raise QueryError("lang: takes a language code such as de, en or ru")
        text = " ".join(node.words)
        fields = (
            [("author", 1.0)]
            if node.field == "author"
            else self.text_fields(node.field, names=keyed_in_query(text))
        )
        # "a b" is the words in order, side by side; "a b"~N within N words in any order
        kind, slop = (Near, node.slop) if node.slop else (wq.Phrase, 1)
        parts = [] if node.slop else self.compound_spellings(list(node.words), node.field)
        for name, boost in fields:
            if name in _NAME_FIELDS and not self.schema[name].supports("positions"):
                continue  # the title's keys, or an index built before the keys had positions
            if name.endswith("_stem"):
                analyzers = [stem_analyzer(lang) for lang in LANGUAGES]
            else:
                analyzers = [self.schema[name].analyzer]
            for analyzer in analyzers:
                groups = list(self._groups(analyzer, text, names=name in _NAME_FIELDS).values())
                if name in _NAME_FIELDS and len(groups) < _content_words(text):
                    # a word has no name key: the keys alone would not be the phrase, but
                    # in a name each word is a name (Warren of "Warren Buffett")
                    named = _name_phrase(kind, name, text, slop, boost)
                    if named is not None:
                        parts.append(named)
                    continue
                if name not in _NAME_FIELDS and _a_name(text):
                    groups = _with_sound_alikes(groups, text, analyzer)
                if len(groups) > 1:
                    parts.append(_any_form(kind, name, _whole_words(groups), slop, boost))
                elif groups:
                    parts.extend(_word_terms(name, groups[0], boost, text))
        return _Or(parts) if parts else wq.NullQuery

    # -- metadata ------------------------------------------------------------

    def tag(self, node: ast.Term) -> wq.Query:
        name = fold_value("/".join(part.strip() for part in node.text.lower().split("/")))
        if node.wildcard:
            if name.endswith("*") and not any(c in name[:-1] for c in "*?"):
                return wq.Prefix("tags", name[:-1])
            return wq.Wildcard("tags", name)
        return wq.Term("tags", name)

    def keyword(self, fieldname: str, text: str, wildcard: bool) -> wq.Query:
        """A metadata value (the field holds each as one term): the whole value, or words
        of it, so that 'source:Globe' finds 'The Globe and Mail' as a user expects."""
        value = fold_value(" ".join(text.split()))  # as the field holds it
        if wildcard:
            return wq.Wildcard(fieldname, value)
        return wq.Regex(fieldname, words_within(value))
