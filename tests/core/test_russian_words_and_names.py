"""Russian words through Archive.search: inflected forms of one lexeme find each other, and a
common word does not meet its sound-alikes in other scripts (the name keys are for names)."""

from __future__ import annotations

import pytest

from app.model import Article


@pytest.fixture
def docs(archive):
    texts = {
        "ru_egypt": ("ru", "Туристы возвращаются", "Туроператоры снова летают в Египет."),
        "ru_egypt_loc": ("ru", "Отдых подорожал", "Цены на отели в Египте выросли."),
        "ru_talks": (
            "ru",
            "Переговоры в Минске",
            "Лукашенко провел телефонный разговор с Токаевым о поставках зерна.",
        ),
        "ru_vote": ("ru", "Парламент", "Досрочные выборы назначены на осень."),
        "ru_export": ("ru", "Заводы", "Минский завод увеличил экспорт тракторов."),
        "en_president": (
            "en",
            "Bill signed",
            "The President said the Export Council would meet again.",
        ),
        "en_vibor": ("en", "Note issue", "Interest is paid at VIBOR plus a margin."),
        "en_tokayev": ("en", "Conference", "Kazakh leader Tokayev met Lukashenko in Minsk."),
        "de_merkel": ("de", "Besuch", "Bundeskanzlerin Merkel reiste nach Minsk."),
        "ru_merkel": ("ru", "Визит", "Меркель прилетела в Минск."),
    }
    ids = {}
    for key, (lang, title, body) in texts.items():
        ids[key] = archive.add(Article(title=title, body=body, language=lang)).id
    return archive, ids


def found(archive, query: str) -> set[int]:
    return set(archive.search(query, limit=None).ids)


def names(ids, *keys) -> set[int]:
    return {ids[k] for k in keys}


@pytest.mark.parametrize("word", ["Египте", "Египет", "Египта", "Египту", "Египтом", "египте"])
def test_every_case_of_a_word_with_a_fleeting_vowel_finds_every_other(docs, word):
    archive, ids = docs
    assert found(archive, word) == names(ids, "ru_egypt", "ru_egypt_loc")


def test_an_analysts_phrase_finds_the_word_in_another_case(docs):
    archive, ids = docs
    assert found(archive, '"в Египте"') == names(ids, "ru_egypt", "ru_egypt_loc")
    assert found(archive, "в Египте") == names(ids, "ru_egypt", "ru_egypt_loc")


def test_proximity_inflects_its_words(docs):
    archive, ids = docs
    # the text says "Токаевым"; Snowball stems "Токаев" to "тока" and "Токаевым" to "токаев"
    both = names(ids, "ru_talks")
    # the names in any script: "Tokayev met Lukashenko" in English too
    assert found(archive, '"Лукашенко Токаев"~10') == both | names(ids, "en_tokayev")
    assert found(archive, '"Лукашенко Токаевым"~10') == both | names(ids, "en_tokayev")
    assert found(archive, '"Лукашенко Токаев"~10 lang:ru') == both
    assert found(archive, '"Лукашенко поставках"~10') == names(ids, "ru_talks")
    assert found(archive, '"Лукашенко поставка"~10') == names(ids, "ru_talks")  # inflected
    assert found(archive, '"Лукашенко зерно"~3') == set()  # too far apart: still proximity
    # an exact phrase inflects too, and stays in order
    assert found(archive, '"поставка зерно"') == names(ids, "ru_talks")
    assert found(archive, '"зерно поставка"') == set()


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("президента", set()),  # no Russian text has it; the English "President" must not
        ("экспорт", {"ru_export"}),
        ("экспортом", {"ru_export"}),  # rarer form, common word: counted by its lemma
        ("выборы", {"ru_vote"}),
        ("выборах", {"ru_vote"}),
    ],
)
def test_a_common_lower_case_word_does_not_meet_its_sound_alikes_in_another_script(
    docs, query, wanted
):
    archive, ids = docs
    assert found(archive, query) == names(ids, *wanted)


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Lukashenko", {"ru_talks", "en_tokayev"}),
        ("Лукашенко", {"ru_talks", "en_tokayev"}),
        ("Tokajew", {"ru_talks", "en_tokayev"}),
        ("tokayev", {"ru_talks", "en_tokayev"}),  # lower case, but rare: still a name
        ("лукашенко", {"ru_talks", "en_tokayev"}),  # frequent, but the dictionary's surname
        ("меркель", {"de_merkel", "ru_merkel"}),
        ("Merkel", {"de_merkel", "ru_merkel"}),
        ("Меркель", {"de_merkel", "ru_merkel"}),
        ("Президента", {"en_president"}),  # capitalised: the user's sign of a name
    ],
)
def test_names_still_cross_scripts(docs, query, wanted):
    archive, ids = docs
    assert found(archive, query) == names(ids, *wanted)


def test_the_first_search_after_warm_up_needs_no_dictionary_load(docs):
    from app.lang import morph

    archive, _ = docs
    archive.warm_up()
    assert morph._analyzer.cache_info().currsize == 1


def test_an_inflected_proximity_match_is_marked_where_it_stands(docs):
    archive, _ = docs
    (hit,) = archive.search('"Лукашенко Токаев"~10 lang:ru').hits
    assert "<b>Лукашенко</b>" in hit.snippet
    assert "<b>Токаевым</b>" in hit.snippet
    assert "<b>зерна</b>" not in hit.snippet
