"""Which documents a place's other name is looked for in when a search widens to it.

A bare *Österreich* also finds "Austria" and "Австрия" (``aliases.with_aliases``). But a
German text that writes *Austria* names a club, a bank or an agency by it (*Austria Wien*,
*Bank Austria*, *Austria Presse Agentur*): German calls the country *Österreich*, and its
texts use the English name inside names (*Made in Germany*, *Vienna Insurance Group*,
*Munich Re*: wordfreq counts *austria* at Zipf 4.3 in German). So a name the search widened
to is not looked for in documents of a language that has a name of its own in the group:

* German: the group's Latin name clearly commoner in German than in English (``MARGIN``:
  *Österreich* 5.2 against 0, *Wien* 5.2 against 2.8; not *Minsk*, the same in both);
* English: likewise the other way (*Moscow* 4.4 against 2.7; not *Austria*, 4.1 against 4.3);
* Russian: any Cyrillic name (a Russian text writes *Austria* in Latin letters only in a name).

The name as typed is looked for everywhere: a search for *Austria* finds *Austria Wien*.
"""

from __future__ import annotations

from functools import lru_cache

from app.lang.compounds import MIN_ZIPF  # the word lists' threshold: loaded once
from app.lang.names import CYRILLIC
from app.lang.wordlists import zipf_table

#: how much commoner (Zipf) in German than in English, or the other way, a place's name is
#: when it is that language's own name for the place
MARGIN = 1.0


def _zipf(name: str, lang: str) -> float:
    return zipf_table(lang, MIN_ZIPF).get(name.casefold(), 0.0)


def _own(latin: tuple[str, ...], lang: str, other: str) -> str | None:
    """The Latin name ``lang`` clearly calls the place by, if any."""
    margins = {name: _zipf(name, lang) - _zipf(name, other) for name in latin}
    best = max(margins, key=margins.__getitem__, default=None)
    return best if best is not None and margins[best] >= MARGIN else None


@lru_cache(maxsize=1024)
def foreign_in(names: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each name of one place's group → the document languages it is not looked for in
    when a search widens to it (see the module docstring); names with none are left out."""
    latin = tuple(name for name in names if not CYRILLIC.search(name))
    owners = {"de": _own(latin, "de", "en"), "en": _own(latin, "en", "de")}
    cyrillic = len(latin) < len(names)
    foreign: dict[str, frozenset[str]] = {}
    for name in latin:
        languages = {lang for lang, own in owners.items() if own not in (None, name)}
        if cyrillic:
            languages.add("ru")
        if languages:
            foreign[name] = frozenset(languages)
    return foreign
