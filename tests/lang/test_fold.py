"""Folding: what the exact field and the name key treat as the same letters."""

from __future__ import annotations

import pytest

from app.lang.fold import fold, fold_digraphs


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Müller", "muller"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("ẞ", "ss"),
        ("Ёлка", "елка"),
        ("Łódź", "lodz"),
        ("Ørsted", "orsted"),
        ("Đoković", "dokovic"),
        ("ıstanbul", "istanbul"),
        ("Café", "cafe"),
        ("Œuvre", "oeuvre"),
        ("Йошкар-Ола", "йошкар-ола"),  # й is a letter of its own, not и + breve
        ("Київ", "київ"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_sharp_s_is_two_letters_not_one() -> None:
    """Whoosh's accent_map makes ß a single s, merging Maße with Mase."""
    assert fold("Maße") == "masse" != fold("Mase")


def test_long_text_is_folded_too() -> None:
    text = "Die Straße nach Łódź " * 10
    assert fold(text) == "die strasse nach lodz " * 10


@pytest.mark.parametrize(
    ("word", "plain"),
    [("mueller", "muller"), ("schroeder", "schroder"), ("baer", "bar")],
)
def test_umlaut_digraphs(word: str, plain: str) -> None:
    assert fold_digraphs(word) == plain


@pytest.mark.parametrize(
    "word", ["quelle", "neue", "steuer", "bauer", "feuer", "uebel", "tokaev", "nikolaev", "zuev"]
)
def test_ue_that_is_not_an_umlaut_stays(word: str) -> None:
    assert fold_digraphs(word) == word


def test_digraph_umlaut_form_for_the_stemmer() -> None:
    assert fold_digraphs("mueller", umlaut=True) == "müller"
    assert fold_digraphs("schroeder", umlaut=True) == "schröder"


def _fold_by_translate(text: str) -> str:
    """The plain ``str.translate`` folding that the regex replacer must equal."""
    import unicodedata

    from app.lang import fold as module

    text = text.translate(str.maketrans(module._SPECIAL_FOLDS))
    text = text.translate(str.maketrans(module._KEEP))
    if not text.isascii():
        text = module._COMBINING.sub("", unicodedata.normalize("NFKD", text))
        text = unicodedata.normalize("NFC", text.translate(str.maketrans(module._RESTORE)))
    return text.lower()


def test_long_and_short_texts_fold_like_translate() -> None:
    """Words are translated, long texts replaced by a regex: both give the same letters."""
    import random

    from app.lang import fold as module

    letters = [*module._SPECIAL_FOLDS, *module._KEEP, *module._RESTORE, *"aéиЙ\u0306\u0301ﬁ² x"]
    rng = random.Random(7)
    for _ in range(2000):
        word = "".join(rng.choice(letters) for _ in range(rng.randrange(12)))
        for text in (word, word * rng.randrange(10, 40)):
            assert fold(text) == module._fold(text) == _fold_by_translate(text), repr(text)
