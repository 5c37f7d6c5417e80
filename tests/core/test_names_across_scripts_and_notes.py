"""Names whose Russian spelling is not a letter-for-letter transliteration (*Trump* /
*Трамп*, *Hunter* / *Хантер*), proximity across scripts, and notes in search."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from app.lang.names import key_variants, name_key
from app.model import Article

RU = Article(
    title="Главное",
    body="Песков: Путин и Трамп могут встретиться до конца года. Встреча Путина и Трампа.",
    language="ru",
    source="RIA Novosti",
)
EN = Article(
    title="Trump says he may meet Putin",
    body="President Donald Trump said a meeting could come before the end of the year.",
    language="en",
)
DE = Article(title="Trumps Zölle", body="Die Zölle von Donald Trump belasten.", language="de")
TRAMP = Article(
    title="Tramp ships return to the Black Sea",
    body="Tramp steamers without fixed routes carry most of the grain.",
    language="en",
)
HUNTER_EN = Article(title="Hunter Biden testifies", body="He appeared.", language="en")
HUNTER_RU = Article(title="Хантер Байден дал показания", body="Он выступил.", language="ru")


@pytest.fixture
def filled(archive):
    articles = {"ru": RU, "en": EN, "de": DE, "tramp": TRAMP}
    articles |= {"hunter_en": HUNTER_EN, "hunter_ru": HUNTER_RU}
    return archive, {key: archive.add(a).id for key, a in articles.items()}


def found(archive, query: str) -> set[int]:
    return set(archive.search(query, limit=None).ids)


def test_trump_and_трамп_find_each_other_but_not_an_english_tramp(filled):
    archive, ids = filled
    trump = {ids["ru"], ids["en"], ids["de"]}
    assert found(archive, "Trump") == trump
    assert found(archive, "Trumps") == trump  # a German genitive is no other word
    assert {ids["en"], ids["de"]} <= found(archive, "Трамп")
    assert {ids["en"], ids["de"]} <= found(archive, "Трампа")
    assert found(archive, "Hunter") == {ids["hunter_en"], ids["hunter_ru"]}
    assert found(archive, "Хантер") == {ids["hunter_en"], ids["hunter_ru"]}


def test_proximity_crosses_scripts(filled):
    archive, ids = filled
    assert found(archive, "(Putin OR Путин) w/10 Trump") == {ids["ru"], ids["en"]}
    assert ids["ru"] in found(archive, '"Putin Trump"~5')
    assert ids["ru"] in found(archive, "Putin NEAR/3 Trump")
    # a name the text does not have is not made up by the keys
    assert ids["ru"] not in found(archive, '"Tokayev Trump"~5')


def test_key_variants_swap_the_letters_russian_renders_either_way():
    assert name_key("Trump") == "trump"  # no longer refused as "two German words"
    assert "tramp" in key_variants(name_key("Trump"))
    assert "trump" in key_variants(name_key("Трамп"), cyrillic=True)
    assert "Xanter" in key_variants(name_key("Hunter"))
    assert "hunter" in key_variants(name_key("Хантер"), cyrillic=True)
    assert name_key("Putin") in key_variants(name_key("Путин"), cyrillic=True)
    assert len(key_variants("aaaaaa", cyrillic=True)) == 8  # three letters swapped at most


def test_key_variants_swap_one_way_only():
    """Russian у is Latin u, Latin a Russian а: Путин's key took Patina's (putin -> patin),
    and Patina's Путин's; Trump's а (Трамп) and Hunter's х (Хантер) stay."""
    assert key_variants(name_key("Путин"), cyrillic=True) == ("putin",)
    assert key_variants(name_key("Patina")) == ("patin",)


def test_a_russian_name_finds_no_look_alike_with_another_vowel(archive):
    patina = archive.add(
        Article(
            title="Die Patina der Altstadt",
            body="Die Patina der alten Fassaden zieht Touristen an.",
            language="de",
        )
    ).id
    putin = archive.add(
        Article(title="Putin in Minsk", body="Wladimir Putin traf Lukaschenko.", language="de")
    ).id
    assert found(archive, "Путин") == {putin}
    assert found(archive, "Putin") == {putin}
    assert patina in found(archive, "Patina")


def test_a_note_is_searchable_and_follows_its_edits(archive):
    kept = archive.add(Article(title="Главное", body="Песков сказал.", language="ru")).id
    other = archive.add(Article(title="Kremlin readout published", body="Text.", language="en"))
    assert found(archive, "Kremlin readout") == {other.id}
    archive.update(kept, {"notes": "Check with Kremlin readout"})
    assert found(archive, "note:Kremlin") == {kept}
    assert found(archive, 'notes:"Kremlin readout"') == {kept}
    # by default too, but below the clipping whose own text says it
    assert archive.search("Kremlin readout").ids == [other.id, kept]
    archive.update(kept, {"notes": "Ask the desk"})
    assert found(archive, "note:Kremlin") == set()
    assert found(archive, "Kremlin readout") == {other.id}


def test_a_name_in_the_title_in_the_other_script_ranks_above_body_mentions(archive):
    """*Putin* found a TASS clipping titled *Путин …* below every Latin body mention
    (a sponsor "Putin International"): the name keys counted as one low-weight field."""
    for n in range(4):
        archive.add(
            Article(
                title=f"Wrestlers travel to Baku {n}",
                body="The team, sponsored by Putin International, flew to Baku on Monday.",
                language="en",
            )
        )
    tass = archive.add(
        Article(
            title="Путин назвал сроки выборов в Казахстане важным сигналом",
            body="Президент России обсудил с президентом Казахстана подготовку к выборам.",
            language="ru",
            source="TASS",
        )
    ).id
    assert archive.search("Putin").ids[0] == tass
    assert archive.search("title:Putin").ids == [tass]


def test_the_ranking_eval_runs_and_its_name_cases_pass():
    """benchmarks/eval_ranking.py over its own clippings: the cross-script title case holds."""
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_ranking.py"
    spec = importlib.util.spec_from_file_location("eval_ranking", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ranks = dict(module.run())
    assert ranks["Putin"] is not None and ranks["Putin"] <= module.TOP
    assert ranks["Путин"] == 1
