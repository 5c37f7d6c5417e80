"""Blind batch 220's families (newsletters and digests), from small made-up inputs."""

from __future__ import annotations

from app.importers.sitename import unshouted


def test_short_word_joined_by_ampersand_to_a_word_is_unshouted() -> None:
    # a sender's name in capitals, two words joined by '&': both are words
    assert unshouted("HIER & DA") == "Hier & Da"
    assert unshouted("SONNE & MOND") == "Sonne & Mond"


def test_short_acronym_beside_ampersand_stays() -> None:
    # no vowel: an acronym; no '&': a short word stays as printed ("BBC News")
    assert unshouted("KINO & TV") == "Kino & TV"
    assert unshouted("BBC NEWS") == "BBC News"
