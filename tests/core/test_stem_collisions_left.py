"""Known false hits left open: the German Snowball stem or a sentence's opening capital
makes two words share a term, and no data the index has tells them apart (see each
reason). Strict xfails: a fix turns them into failures to be made ordinary tests."""

from __future__ import annotations

import pytest

from app.model import Article

TEXTS = {
    "wahlen": "Die Wahlen finden im Herbst statt.",
    "wahlweise": "Wahlweise gibt es Fisch oder Fleisch.",
    "weizen": "Die Bauern ernten mehr Weizen.",
    "weiz": "In Weiz beginnt das Stadtfest.",
    "strassen": "Viele Straßen bleiben gesperrt.",
    "strasser": "Der Abgeordnete Ernst Strasser trat zurück.",
}


@pytest.fixture
def clipped(archive):
    return archive, {
        key: archive.add(Article(title="Meldung", body=body, language="de")).id
        for key, body in TEXTS.items()
    }


@pytest.mark.xfail(
    strict=True,
    reason="Snowball stems Weizen to 'weiz', the town's own word; wordfreq lists both "
    "(3.8, 2.9) and only a lexicon of German paradigms tells Frau/Frauen from Weiz/Weizen",
)
def test_weizen_does_not_find_the_town_weiz(clipped):
    archive, ids = clipped
    assert archive.search("Weizen", limit=None).ids == [ids["weizen"]]


@pytest.mark.xfail(
    strict=True,
    reason="Snowball cuts -er (Strasser) and -e (Straße) to one stem 'strass'; an -er "
    "kept whole would part Kinder from Kind and Bilder from Bild as well",
)
def test_strassen_does_not_find_the_surname_strasser(clipped):
    archive, ids = clipped
    assert archive.search("Straßen", limit=None).ids == [ids["strassen"]]


@pytest.mark.xfail(
    strict=True,
    reason="a sentence's opening capital reads as a noun's, so the adverb Wahlweise is split "
    "into wahl + weise; its inflection does not tell it from nouns such as Funktionsweise",
)
def test_wahlen_does_not_find_an_opening_wahlweise(clipped):
    archive, ids = clipped
    assert archive.search("Wahlen", limit=None).ids == [ids["wahlen"]]
