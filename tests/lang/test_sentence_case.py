"""A capital that only opens a sentence gives no name key: "Tramp ships return …" made
Трамп find tramp steamers (benchmarks/eval: 'Трамп' and 'Трампа' each 1 false hit)."""

from __future__ import annotations

from app.lang.sentence_case import name_texts, sentence_case
from app.model import Article


def test_a_common_word_opening_sentences_only_is_written_in_lower_case() -> None:
    title, body = sentence_case("Tramp ships return", "Tramp steamers carry grain. Tramp!")
    assert (title, body) == ("tramp ships return", "tramp steamers carry grain. tramp!")


def test_a_word_capitalised_inside_a_sentence_keeps_its_capital_everywhere() -> None:
    title, body = sentence_case("Trump meets Putin", "Putin agreed. Then Trump left.")
    assert title == "Trump meets Putin" and body == "Putin agreed. Then Trump left."


def test_an_opener_followed_by_a_capitalised_word_starts_a_name() -> None:
    text = "Hunter Biden spoke. Hunter dogs barked. Rate rises."
    assert sentence_case("Talks", text)[1] == "Hunter Biden spoke. Hunter dogs barked. rate rises."


def test_an_abbreviation_ends_no_sentence_and_rare_words_and_names_stay() -> None:
    assert sentence_case("Talks", "Mr. Trump said so.")[1] == "Mr. Trump said so."
    assert sentence_case("Lukashenko visits", "Tokayev agreed.")[1] == "Tokayev agreed."
    # Russian: a word the dictionary knows as a name (Трамп: also the tramp steamer) stays
    assert sentence_case("Трамп заявил", "Буфет закрыт.") == ("Трамп заявил", "буфет закрыт.")


def test_a_title_in_title_case_tells_nothing() -> None:
    assert (
        sentence_case("Hotel Buffet Prices Rise", "Prices rose.")[0] == "hotel buffet prices rise"
    )


def test_a_russian_name_finds_no_english_word_that_opens_sentences(archive) -> None:
    tramp = Article(
        title="Tramp ships return to the Black Sea",
        body="Tramp steamers without fixed routes carry most of the grain.",
        language="en",
    )
    trump = Article(title="Talks", body="President Donald Trump met them.", language="en")
    russian = Article(title="Переговоры", body="Дональд Трамп встретился с ними.", language="ru")
    ids = {
        key: archive.add(a).id for key, a in (("tramp", tramp), ("trump", trump), ("ru", russian))
    }
    for query in ("Трамп", "Трампа", "Trump"):
        assert set(archive.search(query, limit=None).ids) == {ids["trump"], ids["ru"]}, query
    assert set(archive.search("tramp", limit=None).ids) == {ids["tramp"]}  # lower case: a word
    assert set(archive.search("Tramp", limit=None).ids) == {ids["tramp"], ids["ru"]}  # a name?


def test_german_capitalises_nouns_so_its_openers_stay() -> None:
    assert name_texts("de", "Kasachstan wählt", "Kasachstan wählt.")[0] == "Kasachstan wählt"
    assert name_texts("en", "Tramp ships", "Tramp ships.")[0] == "tramp ships"
