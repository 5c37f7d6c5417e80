"""A listed place name whose Snowball stem is a shorter word's is kept whole (tryout 21:
*München* found "BKA-Chef Holger Münch")."""

from __future__ import annotations

import pytest

from app.lang.place_stems import place_word, unstemmed_places
from app.model import Article


@pytest.fixture
def clipped(archive):
    texts = {
        "city": "Die Messe in München öffnet am Montag.",
        "genitive": "Der Bürgermeister Münchens eröffnete die Messe.",
        "surname": "Das sagte BKA-Chef Holger Münch am Montag.",
        "ukrainer": "Ein Ukrainer gewann das Turnier.",
        "adjective": "Das Münchener Unternehmen wächst.",
    }
    return archive, {
        key: archive.add(Article(title="Meldung", body=body, language="de")).id
        for key, body in texts.items()
    }


def test_a_place_does_not_find_the_surname_its_stem_is(clipped):
    archive, ids = clipped
    assert set(archive.search("München", limit=None).ids) == {
        ids["city"],
        ids["genitive"],
        ids["adjective"],
    }
    assert set(archive.search("Münch", limit=None).ids) == {ids["surname"]}


def test_a_place_whose_stem_only_longer_words_share_is_still_stemmed(clipped):
    archive, ids = clipped
    assert "ukraine" not in unstemmed_places()
    assert ids["ukrainer"] in archive.search("Ukraine", limit=None).ids


def test_the_genitive_reads_as_the_place():
    assert place_word("münchens") == "münchen"
    assert place_word("münchener") == "münchen"
    assert place_word("munchen") == "munchen"
    assert place_word("athens") is None
