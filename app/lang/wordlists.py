"""wordfreq's word lists, loaded once per process and only down to the frequency needed.

``get_frequency_dict`` decodes every word (0.6 s for German); the binned list lets us stop at a
Zipf threshold, which is all the lexicon, the name-key guard and key terms need.
"""

from __future__ import annotations

from functools import cache


@cache
def zipf_table(lang: str, min_zipf: float = 2.5) -> dict[str, float]:
    """Words of ``lang`` (casefolded, as wordfreq stores them) with Zipf ≥ ``min_zipf``."""
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
