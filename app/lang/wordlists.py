"""wordfreq's word lists, loaded once per process and only down to the frequency needed.

``get_frequency_dict`` decodes every word (0.6 s for German); the binned list lets us stop at a
Zipf threshold, which is all the lexicon, the name-key guard and key terms need. The table is
also kept in the user cache folder, so later processes (each CLI call) load it in milliseconds
instead of importing wordfreq again.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from app.lang.once import loaded_once


def _cache_file(lang: str, min_zipf: float) -> Path:
    from platformdirs import user_cache_dir

    folder = Path(os.environ.get("CLIPPINGS_CACHE_DIR") or user_cache_dir("clippings"))
    return folder / f"zipf-{lang}-{min_zipf}-wordfreq{version('wordfreq')}.marshal"


@loaded_once
def zipf_table(lang: str, min_zipf: float = 2.5) -> dict[str, float]:
    """Words of ``lang`` (casefolded, as wordfreq stores them) with Zipf ≥ ``min_zipf``."""
    return cached(_cache_file(lang, min_zipf), lambda: _from_wordfreq(lang, min_zipf))


def cached(path: Path, build: Callable[[], dict]) -> dict:
    """A table kept in the user cache folder (marshal), built once when missing."""
    try:
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(table))
        partial.replace(path)
    except OSError:
        pass  # a read-only cache folder only costs speed
    return table


def cache_file(name: str) -> Path:
    """A cache file for a table derived from wordfreq's lists (their version in the name)."""
    return _cache_file(name, 0.0).with_name(f"{name}-wordfreq{version('wordfreq')}.marshal")


def _from_wordfreq(lang: str, min_zipf: float) -> dict[str, float]:
    from wordfreq import get_frequency_list

    table: dict[str, float] = {}
    for index, words in enumerate(get_frequency_list(lang)):
        zipf = 9 - index / 100  # bin i holds words of frequency 10 ** (-i / 100)
        if zipf < min_zipf:
            break
        for word in words:
            table.setdefault(word, zipf)
    return table


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a casefolded word, 0 when it is rarer than the loaded threshold."""
    return zipf_table(lang).get(word, 0.0)
