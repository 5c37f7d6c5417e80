"""The Snowball stemmers (PyStemmer, the Snowball project's own C stemmers), one per
language for the process: the index's stemming filter and the compound parts' keys
(``compounds.part_key``) stem German with the same one."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import Stemmer

SNOWBALL_ALGORITHMS = {"de": "german", "en": "english", "ru": "russian"}


@cache
def snowball(lang: str) -> Callable[[str], str]:
    """The language's ``stemWord``, with no cache of its own (0): words reach it once, from
    the caching analyzer or a memoised caller, and its cache of lists made every full
    garbage collection in the app 75 ms longer."""
    return Stemmer.Stemmer(SNOWBALL_ALGORITHMS[lang], 0).stemWord
