"""German compound parts through Archive.search: recall for real compound nouns, and no false
hits from verbs read as compounds, from a part's stem meeting another word, or from an English
name meeting a German part (tryout 16: Zug, Reis, Potter)."""

from __future__ import annotations

import pytest

from app.model import Article

CLIPPINGS = {
    "zugesetzt": (
        "de",
        "Lange Haft",
        "Die Monate in Haft haben dem Unternehmer sehr zugesetzt, hat er zugegeben.",
    ),
    "protestzug": (
        "de",
        "Demonstration am Samstag",
        "Ein Protestzug mit tausend Menschen zog am Samstag durch die Innenstadt.",
    ),
    "reisebuero": (
        "de",
        "Buchungen steigen",
        "Viele Familien buchen ihre Zeitreise jetzt im Reisebüro am Markt.",
    ),
    "reisfeld": (
        "de",
        "Dürre in Asien",
        "Die Reisfelder im Delta brauchen Wasser; die Ernte fällt kleiner aus.",
    ),
    "pottwal": (
        "de",
        "Forschung vor der Küste",
        "Forscher zählten vor der Insel zwölf Pottwale und zwei Kälber.",
    ),
    "potter_en": (
        "en",
        "Author visits school",
        "The novelist Jane Potter read from her new book to the pupils.",
    ),
    "reise_ru": (
        "ru",
        "Туристы возвращаются",
        "Турагентства сообщают о росте продаж путёвок этой зимой.",
    ),
    "muell": (
        "de",
        "Neue Tonnen",
        "Die Mülltrennung im Bezirk wird ab Januar strenger kontrolliert.",
    ),
    "mueller": (
        "de",
        "Bürgermeister tritt an",
        "Bürgermeister Müller will die Stadtwerke neu aufstellen.",
    ),
    "wahl": (
        "de",
        "Kommunalwahl im Frühjahr",
        "Die Wahlen zum Stadtrat finden im April statt; die Parlamentswahl folgt im Herbst.",
    ),
}


@pytest.fixture
def clipped(archive):
    ids = {}
    for key, (lang, title, body) in CLIPPINGS.items():
        ids[key] = archive.add(Article(title=title, body=body, language=lang)).id
    return archive, ids


def found(archive, query: str) -> list[int]:
    return archive.search(query, limit=None).ids


def test_lower_case_verbs_are_not_split_into_compound_parts(clipped):
    archive, ids = clipped
    # "zugesetzt", "zugegeben" (zu-ge-setzt) once gave a part "Zuge" and so met "Zug"
    assert found(archive, "Zug") == [ids["protestzug"]]
    assert found(archive, "zugesetzt") == [ids["zugesetzt"]]  # the word itself still found


def test_a_part_matches_its_own_word_not_a_word_sharing_its_stem(clipped):
    archive, ids = clipped
    assert found(archive, "Reis") == [ids["reisfeld"]]  # not "Reisebüro", "Zeitreise"
    assert found(archive, "Reise") == [ids["reisebuero"]]  # not "Reisfelder"
    assert found(archive, "Reisen") == [ids["reisebuero"]]  # the part's own inflection


def test_a_whole_word_ranks_before_a_compound_part(clipped):
    archive, ids = clipped
    ranked = found(archive, "Wahlen")
    assert set(ranked) == {ids["wahl"]}
    extra = archive.add(
        Article(title="Neue Wahlen", body="Die Wahlen werden vorgezogen.", language="de")
    ).id
    part_only = archive.add(
        Article(title="Rathaus", body="Die Bürgermeisterwahlen sind entschieden.", language="de")
    ).id
    ranked = found(archive, "Wahlen")
    assert ranked.index(extra) < ranked.index(part_only)


def test_an_english_name_does_not_match_inside_a_german_compound(clipped):
    archive, ids = clipped
    assert found(archive, "Potter") == [ids["potter_en"]]  # not the "Pott" of "Pottwale"
    assert found(archive, "Pottwal") == [ids["pottwal"]]
    assert found(archive, "Wal") == [ids["pottwal"]]  # a German part still matches
    # a name in -er is no inflection of a part: Müller is not the Müll of Mülltrennung
    assert found(archive, "Müller") == [ids["mueller"]]
    assert found(archive, "Mueller") == found(archive, "Muller") == [ids["mueller"]]
    assert ids["muell"] in found(archive, "Müll")  # the part itself still matches


def test_parts_do_not_break_phrases(clipped):
    archive, ids = clipped
    assert found(archive, '"Protestzug mit tausend"') == [ids["protestzug"]]
    assert found(archive, '"buchen ihre Zeitreise"') == [ids["reisebuero"]]
