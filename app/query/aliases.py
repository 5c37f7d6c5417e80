"""A source or a place named in another script or spelling finds it as it is stored.

Sources are stored under one name per agency ("TASS", "RIA Novosti") and datelines as the
text prints them ("МОСКВА", "Moscow"), but analysts type what they think in:
``source:ТАСС``, ``source:"РИА Новости"``, ``dateline:Moskau``. Groups of names (the source
profiles' aliases, the places list) say which names mean one thing; a ``source:`` or
``dateline:`` term naming one of them also finds every other name of its group. A bare word
or phrase naming a source (``ТАСС``) is widened the same way, to bare words: it then finds the
articles from that source under whichever name they are stored, and every mention of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from app.lang import morph
from app.lang.fold import fold
from app.query.ast import And, Node, Not, Or, Phrase, Term
from app.query.exonyms import foreign_in

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

#: field → a table of each name (lower case) → all names of its group, read when needed
Tables = Mapping[str, Callable[[], Mapping[str, tuple[str, ...]]]]


#: how a German umlaut or ß is written without it: *Muenchen*, *Zuerich*, *Aegypten*
_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def spellings(name: str) -> dict[str, None]:
    """The ways a user types ``name`` (lower case): as written, without accents and umlauts
    (*Munchen*: ``fold``), and with each umlaut as its digraph (*Muenchen*)."""
    lower = " ".join(name.lower().split())
    return dict.fromkeys((lower, fold(lower), fold(lower.translate(_DIGRAPHS))))


def alias_table(groups: Iterable[Iterable[str]], union: bool = False) -> dict[str, tuple[str, ...]]:
    """Each name → all names of its group, for groups of one thing's names; a name is
    found by any of its ``spellings`` (a name as written wins over another's spelling).
    A name in two groups means the first one's, or with ``union`` both (an agency's
    profile and the outlet list naming one outlet)."""
    table: dict[str, tuple[str, ...]] = {}
    folded: dict[str, tuple[str, ...]] = {}

    def add(into: dict[str, tuple[str, ...]], key: str, names: tuple[str, ...]) -> None:
        if union and key in into:
            into[key] = tuple(dict.fromkeys((*into[key], *names)))
        else:
            into.setdefault(key, names)

    for group in groups:
        names = tuple(dict.fromkeys(n.strip() for n in group if n.strip()))
        if len(names) > 1:
            for name in names:
                add(table, name.lower(), names)
                for spelling in spellings(name):
                    add(folded, spelling, names)
    for spelling, names in folded.items():
        table.setdefault(spelling, names)
    return table


def _named(table: Mapping[str, tuple[str, ...]], said: str) -> tuple[str, ...] | None:
    """The group ``said`` names, as typed or without its accents and umlauts."""
    lower = said.lower()
    return table.get(lower) or table.get(fold(lower))


def with_aliases(
    node: Node,
    tables: Tables,
    bare: str | None = None,
    names: tuple[str, ...] = (),
    exonyms: tuple[str, ...] = (),
) -> Node:
    """``node`` with each term or phrase in a field of ``tables`` that names a known thing
    widened to an OR of all its names; with ``bare``, unfielded ones too, by that field's
    table, and a capitalised one by the tables of ``names`` (places: ``Ägypten`` also finds
    "Египет" and "Egypt", which no transliteration meets); there, the other names of a
    table of ``exonyms`` only in documents of their languages (``exonyms.foreign_in``:
    *Österreich* finds no German "Austria Wien"). A table is read only when its field is
    queried (reading the source profiles costs a cold process a fifth of a second)."""
    again = (tables, bare, names, exonyms)
    match node:
        case Term(field=str(field), wildcard=False) | Phrase(field=str(field)) if field in tables:
            return _widened(node, field, tables[field]) or node
        case Term(field=None, wildcard=False) | Phrase(field=None, slop=0) if bare in tables:
            widened = _widened(node, None, tables[bare])
            capital = (node.text if isinstance(node, Term) else node.words[0])[:1].isupper()
            for field in names if widened is None and capital else ():
                widened = _widened(node, None, tables[field], True, field in exonyms)
                if widened is not None:
                    break
            return widened or node
        case And(children):
            return And(tuple(with_aliases(c, *again) for c in children))
        case Or(children):
            return Or(tuple(with_aliases(c, *again) for c in children))
        case Not(child):
            return Not(with_aliases(child, *again))
    return node


def _widened(
    node: Term | Phrase,
    field: str | None,
    table: Callable[[], Mapping[str, tuple[str, ...]]],
    inflected: bool = False,
    exonyms: bool = False,
) -> Node | None:
    """An OR of every name of the group ``node`` names, in ``field``; None if it names none.
    With ``exonyms``, a name other than the one typed is kept out of the documents of the
    languages ``exonyms.foreign_in`` gives it."""
    said = " ".join((node.text if isinstance(node, Term) else " ".join(node.words)).split())
    names = _named(table(), said)
    if names is None and inflected and " " not in said and _CYRILLIC.search(said):
        # a Russian place name in any case: "Египте", "Москве" (their dictionary forms)
        names = next(filter(None, (table().get(lemma) for lemma in morph.lemmas(said))), None)
    if names is None or (inflected and not _as_written(said, names)):
        return None
    foreign = foreign_in(names) if exonyms else {}
    typed = said.lower()
    return Or(
        tuple(
            _outside(Term(name, field), foreign.get(name, frozenset()))
            if typed not in spellings(name)
            else Term(name, field)
            for name in names
        )
    )


def _outside(term: Term, languages: frozenset[str]) -> Node:
    """``term`` in documents of any language but ``languages``."""
    if not languages:
        return term
    return And((term, Not(Or(tuple(Term(lang, "lang") for lang in sorted(languages))))))


def acronym(word: str) -> bool:
    """Whether a name is an acronym: two or more letters, all capitals (*OSZE*, *ЕС*)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _as_written(said: str, names: tuple[str, ...]) -> bool:
    """Whether a bare word names the group as an analyst writes it: an acronym of the group
    only in capitals or as the list spells it (*Nato*), since acronyms read as words
    (*who*, *Gus*, *Uno*); other names in any case."""
    if said in names or acronym(said):
        return True
    lower = said.lower()
    return not any(acronym(name) and lower in spellings(name) for name in names)


def merged_counts(
    counts: Mapping[str, int],
    table: Mapping[str, tuple[str, ...]],
    prefer: Iterable[str] = (),
) -> dict[str, int]:
    """Facet ``counts`` with the names of one thing added up under one label ('BBC' 3 and
    'BBC News' 2 → 'BBC' 5), most first: a name of the group in ``prefer`` (the names the
    query filters by, so its facet row shows the filter), else the name filed most. Why: a
    ``source:`` click finds every name of the group, so the sidebar listed one outlet
    twice, each with a count smaller than what a click on it found."""
    wanted = {" ".join(p.lower().split()): p for p in prefer}
    label: dict[int, str] = {}
    total: dict[int, int] = {}
    bucket_of: dict[str, int] = {}
    for name, n in counts.items():  # most filed first: the first of a group labels it
        keys = _group_keys(table, name)
        bucket = len(label)
        for key in keys:
            if key in bucket_of:
                bucket = bucket_of[key]
                break
        for key in keys:
            if key in wanted:
                label[bucket] = wanted[key]
            bucket_of.setdefault(key, bucket)
        label.setdefault(bucket, name)
        total[bucket] = total.get(bucket, 0) + n
    merged: dict[str, int] = {}
    for bucket, name in label.items():
        merged[name] = merged.get(name, 0) + total[bucket]
    return dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))


#: each filed name's group keys per table: a facet refresh asks for the same few thousand
_KEYS: dict[tuple[int, str], tuple[str, ...]] = {}


def _group_keys(table: Mapping[str, tuple[str, ...]], name: str) -> tuple[str, ...]:
    """``name`` and the other names of its group, in lower case."""
    found = _KEYS.get((id(table), name))
    if found is None:
        group = (other.lower() for other in _named(table, name) or ())
        found = _KEYS[(id(table), name)] = tuple(dict.fromkeys((name.lower(), *group)))
    return found
