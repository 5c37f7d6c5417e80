"""Loads what any first search loads, before an archive is open: the source and place
alias tables, the Russian morphology dictionary, and per language the analyzers, stemmers,
word lists, compound lexicon and spelling dictionary that compiling a query and marking
its snippets read.

Why: the first search after start took 0.4-0.75 s for this (later ones 20-80 ms; 0.6-0.8 s
on a 3,500-article archive on a loaded machine), and in the GUI the archive's own warm-up
(``Archive.warm_up``: index readers) only began after the first results, so a search
typed as the window appeared paid for all of it. None of this needs the archive: the GUI
runs it on a thread right after the window's first paint, beside the archive being opened.
The tables load once (``app.lang.once``): a search that needs one the warm-up is loading
waits for that load instead of doing it again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from app.index.compile import compile_query
from app.index.schema import build_schema
from app.index.snippets import TermMatcher, first_spans, match_spans
from app.lang import morph, spelling
from app.lang.names import sound_alikes

#: per language a common word (one a search of it finds everywhere) and a sentence with it
WARM_TEXTS = {
    "de": ("Regierung", "Die Bundesregierung in Berlin kündigte am Montag Exporthilfen an."),
    "en": ("government", "The government in London announced export credits on Monday."),
    "ru": ("правительство", "Правительство в Москве в понедельник объявило о кредитах."),
}
#: a misspelt word per language: its did-you-mean loads the spelling dictionary
MISSPELT = {"de": "Regierunng", "en": "goverment", "ru": "правительствоо"}


def warm_analysis(stop: Callable[[], bool] | None = None) -> bool:
    """Load it all now; ``stop`` is asked between steps (False when it stopped)."""
    from app.archive import parsed_query  # the archive imports this module

    schema = build_schema()
    aliases = partial(parsed_query, "source:Reuters dateline:Moskau NATO")  # the alias tables
    # a phrase of names' sound-alikes: built once a machine (3 s), read in 0.05 s
    steps: list[Callable[[], object]] = [aliases, morph.load, partial(sound_alikes, "Buffett")]
    for lang, (word, text) in WARM_TEXTS.items():
        steps.append(partial(_mark, schema, word, text, lang))
        steps.append(partial(spelling.dictionary_candidates, MISSPELT[lang]))
    for step in steps:
        if stop is not None and stop():
            return False
        step()
    return True


def _mark(schema, word: str, text: str, lang: str) -> None:
    """Compile ``word`` as a search does and mark it in ``text`` and a title."""
    from app.archive import parsed_query

    matcher = TermMatcher.from_query(compile_query(parsed_query(word), schema))
    first_spans(text, ("lead", "body"), matcher, schema, lang)
    match_spans(text, ("title",), matcher, schema, lang)
