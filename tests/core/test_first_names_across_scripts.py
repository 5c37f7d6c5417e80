"""A first name crosses scripts as its surname does: "Ангела Меркель" missed the texts
saying "Angela Merkel" (a first name common as a word has no name key: *angela*,
*владимир*), "Alexander Lukaschenko" missed "Александр Лукашенко" (the two keys differ by
an e), "Kassym-Jomart Tokajew" missed "Касым-Жомарт Токаев" (Kazakh *J* for Ж). The
shipped list of first names (``app/lang/data/first_names.txt``) gives each spelling and
Russian case of one name one key."""

from __future__ import annotations

import pytest

from app.lang.names import first_name_key, name_key
from app.model import Article

ARTICLES = {
    "de_merkel": Article(title="Gipfel", body="Bundeskanzlerin Angela Merkel reiste an.",
                         language="de"),
    "ru_merkel": Article(title="Саммит", body="Канцлер Ангела Меркель прибыла в Минск.",
                         language="ru"),
    "ru_putin": Article(title="Звонок", body="Президент Владимир Путин провел разговор.",
                        language="ru"),
    "de_putin": Article(title="Krise", body="2015 war für Wladimir Putin ein Krisenjahr.",
                        language="de"),
    "ru_lukashenko": Article(title="Визит", body="Президент Александр Лукашенко встретился "
                             "с делегацией.", language="ru"),
    "de_tokayev": Article(title="Treffen", body="Präsident Kassym-Jomart Tokajew sprach.",
                          language="de"),
    "ru_tokayev": Article(title="Экспорт", body="Глава государства Касым-Жомарт Токаев "
                          "заявил об экспорте.", language="ru"),
    # another Vladimir beside Putin, and an angel: no "Vladimir Putin", no Angela
    "ru_other": Article(title="Переговоры", body="Владимир Зеленский ответил. Путин молчал. "
                        "Ангел на открытке.", language="ru"),
}  # fmt: skip


@pytest.fixture
def filled(archive):
    return archive, {key: archive.add(a).id for key, a in ARTICLES.items()}


def found(filled, query: str) -> set[str]:
    archive, ids = filled
    hits = set(archive.search(query, limit=None).ids)
    return {key for key, i in ids.items() if i in hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"Ангела Меркель"', {"de_merkel", "ru_merkel"}),
        ('"Angela Merkel"', {"de_merkel", "ru_merkel"}),
        ('"Vladimir Putin"', {"ru_putin", "de_putin"}),
        ('"Wladimir Putin"', {"ru_putin", "de_putin"}),
        ('"Владимир Путин"', {"ru_putin", "de_putin"}),
        ("Alexander Lukaschenko", {"ru_lukashenko"}),
        ('"Alexander Lukaschenko"', {"ru_lukashenko"}),
        ('"Kassym-Jomart Tokajew"', {"de_tokayev", "ru_tokayev"}),
        ('"Касым-Жомарт Токаев"', {"de_tokayev", "ru_tokayev"}),
    ],
)
def test_a_name_with_its_first_name_in_either_script(filled, query, expected) -> None:
    assert found(filled, query) == expected


def test_no_new_hits_for_words_and_other_names(filled) -> None:
    assert found(filled, "Angel") == set()  # an angel is no Angela
    assert found(filled, '"Vladimir Zelensky"') == {"ru_other"}
    assert found(filled, '"Vladimir Putin"') == {"ru_putin", "de_putin"}


def test_the_list_reads_spellings_cases_and_genitives() -> None:
    assert first_name_key("Владимира") == first_name_key("Wladimirs") == name_key("vladimir")
    assert first_name_key("Александру") == first_name_key("Alexander")
    assert first_name_key("Жомарт") == first_name_key("Jomart")
    assert first_name_key("Ангелу") == first_name_key("Angela")  # Ангелу Меркель
    assert first_name_key("Ангел") is None  # a plural of Ангела, or an angel
    assert first_name_key("Путин") is None
    assert first_name_key("Angel") is None
