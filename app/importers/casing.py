"""A headline sent in capitals, written as the text under it writes its words.

Wire terminals and agency mail services send headlines in capitals ("KOF-BAROMETER SINKT
IM NOVEMBER"). Shown in a list of titles they shout, and no casing rule fits every language
(German capitalises its nouns). The text under the headline uses most of its words, and
uses them in their right case; a word the text never uses is written in lower case (a
short one, likely an acronym, stays), the first word capitalised.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MIN_WORDS = 3
# Short words a text may happen not to use; any other short word is kept (an acronym: "EU")
_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "by", "and", "or", "but", "as",
    "is", "are", "was", "not", "new", "der", "die", "das", "den", "dem", "des", "ein",
    "eine", "im", "am", "auf", "aus", "bei", "mit", "von", "vom", "zum", "zur", "zu", "um",
    "als", "und", "oder", "ist", "für", "bis", "wie", "neu", "в", "во", "на", "с", "со",
    "и", "а", "к", "по", "за", "от", "до", "из", "о", "об", "у", "не", "но", "как", "для",
    "что"
})  # fmt: skip


def is_shouted(title: str) -> bool:
    """Whether `title` is set in capitals (a few words at least: "EU" is an acronym)."""
    letters = [c for c in title if c.isalpha()]
    return len(_WORD.findall(title)) >= _MIN_WORDS and all(c.isupper() for c in letters)


def cased_title(title: str, text: str) -> str:
    """`title` in the case its words have in `text`, if it is set in capitals."""
    if not is_shouted(title):
        return title
    seen: dict[str, Counter[str]] = {}
    for word in _WORD.findall(text):
        seen.setdefault(word.lower(), Counter())[word] += 1

    def written(m: re.Match[str]) -> str:
        word = m.group(0)
        forms = seen.get(word.lower())
        if forms:
            # the form the text uses most, a sentence's capital first letter aside
            # (a form in capitals, from a dateline or another headline, only where the
            # text writes the word in no other case: 'CHIPATA, 1 May' beside 'Chipata')
            lower = word.lower()
            if forms[lower]:
                return lower
            cased = [(n, f) for f, n in forms.most_common() if not f.isupper()]
            return cased[0][1] if cased else forms.most_common(1)[0][0]
        short = len(word) <= 3 and word.lower() not in _SMALL_WORDS
        return word if short else word.lower()  # an acronym ("EU") stays

    cased = _WORD.sub(written, title)
    return cased[:1].upper() + cased[1:]


def _letters(word: str) -> int:
    """The letters of a word, its dots and hyphens left out ('U.S.' has two)."""
    return sum(c.isalpha() for c in word)


def cased_section(section: str) -> str:
    """A rubric set in capitals ('ГОРОДСКАЯ СРЕДА', 'LOCAL NEWS') in normal case, as rubrics
    are filed: its first word capitalised, a Cyrillic rubric's other words in lower case, a
    Latin one's capitalised, each part of a hyphened one too ('Mecklenburg-Vorpommern'); an
    acronym of short words ('ЖКХ', 'NRW', 'UAE') stays."""
    words = section.split()
    letters = [c for c in section if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return section
    if all(_letters(w) <= 3 for w in words):
        return section  # 'NRW', 'U.S.': acronyms, dotted or not
    cyrillic = any("А" <= c <= "я" or c in "Ёё" for c in letters)

    def cased(i: int, w: str) -> str:
        if _letters(w) <= 3 and w.lower() not in _SMALL_WORDS:
            return w  # an acronym inside the rubric ('ЖКХ и тарифы')
        if i == 0 and cyrillic:
            return w.capitalize()
        if cyrillic or w.lower() in _SMALL_WORDS:
            return w.lower() if i else w.capitalize()
        # each part of a Latin word joined by hyphens ('MECKLENBURG-VORPOMMERN')
        return "-".join(part.capitalize() for part in w.split("-"))

    return " ".join(cased(i, w) for i, w in enumerate(words))
