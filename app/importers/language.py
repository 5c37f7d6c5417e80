"""Language of an article: py3langid restricted to languages a press archive meets.

Restricting the model avoids exotic guesses on short or mixed texts; anything too short
to judge gets '' rather than a coin toss.
"""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Languages we let the model choose from (European press, CIS agencies, wire services).
LANGUAGES = (
    "de", "en", "ru", "uk", "be", "kk", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk",
    "sv", "da", "no", "fi", "hu", "ro", "bg", "sr", "hr", "tr", "el", "lt", "lv", "et",
    "zh", "ja", "ar",
)  # fmt: skip
_LETTER = re.compile(r"[^\W\d_]")
MIN_LETTERS = 40


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def detect_language(text: str, default: str = "") -> str:
    """ISO 639-1 code, or `default` when the text is too short or the model unsure."""
    sample = text[:1200]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return default
    lang, prob = _identifier().classify(sample)
    if prob < 0.5:
        return default
    return str(lang)
