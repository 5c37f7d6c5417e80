"""The analyzers in a small in-memory Whoosh index: what finds what, and what must not."""

from __future__ import annotations

import pickle

import pytest
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from app.index.analysis import KINDS, LANGUAGES, analyzer, build_analyzer

DOCS = {
    "umsatz": ("de", "Belarus und Kasachstan wollen ihren Warenumsatz steigern."),
    "terminal": ("de", "Das neue Getreideterminal im Hafen ist fertig."),
    "forum": ("de", "Verschiedene Wirtschaftsforen finden in den Regionen statt."),
    "weide": ("de", "Die Weideflächen sind nach der Dürre geschrumpft."),
    "geraet": ("de", "Ein neues Gerät zur Bodenanalyse wurde vorgestellt."),
    "ratte": ("de", "Eine Ratte lief durch die Kanalisation."),
    "stadtrat": ("de", "Der Stadtrat beschloss den Haushalt."),
    "eisenbahn": ("de", "Die Eisenbahn erneuert die Gleise."),
    "mueller_de": ("de", "Die Expertin Müller erwartet eine schwache Ernte."),
    "mueller_en": ("en", "Analyst Jonas Mueller expects lower yields."),
    "luka_de": ("de", "Lukaschenkos Berater kündigten Abkommen an."),
    "luka_en": ("en", "Lukashenko's office confirmed the contract."),
    "luka_ru": ("ru", "Делегация встретилась с Лукашенкой в Минске."),
    "tokayev_ru": ("ru", "В ходе визита Токаева подписаны соглашения."),
    "kaz_ru": ("ru", "Премьер посетил производство в Казахстане."),
    "turin": ("en", "Carmakers met at the fair in Turin."),
    "seele": ("de", "Sie spielte mit viel Seele."),
    "windstrom": ("de", "Die Windstromeinspeisung erreichte am Sonntag einen Rekord."),
    "metro_ru": ("ru", "Новую станцию метро откроют в декабре."),
    "metres_ru": ("ru", "Длина моста составит триста метров."),
    "euro_ru": ("ru", "Курс евро вырос на бирже."),
    "jews_ru": ("ru", "Община евреи города отметила праздник."),
}


@pytest.fixture(scope="module")
def searcher():
    fields = {"id": ID(stored=True), "body": TEXT(analyzer=analyzer("exact"))}
    fields.update({f"body_{lang}": TEXT(analyzer=analyzer(lang)) for lang in LANGUAGES})
    fields["names"] = TEXT(analyzer=analyzer("translit"))
    schema = Schema(**fields)
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for name, (lang, text) in DOCS.items():
            writer.add_document(id=name, body=text, names=text, **{f"body_{lang}": text})
    with ix.searcher() as s:
        yield s


def find(searcher, word: str) -> set[str]:
    """What the query compiler does: the word through every field's query analyzer, ORed."""
    schema = searcher.schema
    terms = [
        wq.Term(field, t.text)
        for field in ("body", *(f"body_{lang}" for lang in LANGUAGES), "names")
        for t in schema[field].analyzer(word, mode="query")
    ]
    return {hit["id"] for hit in searcher.search(wq.Or(terms), limit=None)} if terms else set()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Umsatz", {"umsatz"}),
        ("Terminal", {"terminal"}),
        ("Forum", {"forum"}),
        ("Wirtschaftsforum", {"forum"}),
        ("Weide", {"weide"}),
        ("Rat", {"stadtrat"}),  # not Gerät, not Ratte
        ("Ei", set()),  # not Eisenbahn
        ("Muller", {"mueller_de", "mueller_en"}),
        ("Mueller", {"mueller_de", "mueller_en"}),
        ("Müller", {"mueller_de", "mueller_en"}),
        ("Lukashenko", {"luka_de", "luka_en", "luka_ru"}),
        ("Лукашенко", {"luka_de", "luka_en", "luka_ru"}),
        ("Lukašenko", {"luka_de", "luka_en", "luka_ru"}),
        ("Tokajew", {"tokayev_ru"}),
        ("Kasachstan", {"umsatz", "kaz_ru"}),
        ("Turin", {"turin"}),
        ("Zelle", set()),  # not Seele
        ("Strom", {"windstrom"}),  # a part of a compound's part
        ("Windstrom", {"windstrom"}),
        ("Einspeisung", {"windstrom"}),
        ("метро", {"metro_ru"}),  # an indeclinable noun: not метров
        ("метр", {"metres_ru"}),
        ("метрами", {"metres_ru"}),
        ("евро", {"euro_ru"}),  # not евреи
        ("евреи", {"jews_ru"}),
    ],
)
def test_what_a_word_finds(searcher, word: str, expected: set[str]) -> None:
    assert find(searcher, word) == expected


def test_compound_parts_share_the_position_of_the_compound() -> None:
    tokens = [
        (t.text, t.pos)
        for t in analyzer("de")("Der Warenumsatz steigt", mode="index", positions=True)
    ]
    assert ("warenumsatz", 1) in tokens and ("~umsatz", 1) in tokens and ("steigt", 2) in tokens


def test_only_capitalised_words_are_decompounded() -> None:
    # German writes nouns with a capital: a lower-case "zugesetzt" is a participle, no Zug
    tokens = [t.text for t in analyzer("de")("Protestzug zugesetzt", mode="index")]
    assert "~zug" in tokens and not any(t.startswith("~zuge") for t in tokens)
    assert [t.text for t in analyzer("de")("zugesetzt", mode="index")] == ["zugesetzt"]


def test_queries_are_not_decompounded() -> None:
    # not split into "ware" and "umsatz": the word, its umlaut spellings' folded stem (a
    # fallback) and its own part key (to find it inside longer compounds), at one position
    tokens = [(t.text, t.pos) for t in analyzer("de")("Warenumsatz", mode="query", positions=True)]
    assert tokens == [("warenumsatz", 0), ("°warenumsatz", 0), ("~warenumsatz", 0)]
    # an English word or name has no part key: Potter is no part of Pottwale
    assert [t.text for t in analyzer("de")("Potter", mode="query")] == ["pott", "°pott"]


def test_translit_is_the_same_at_index_and_query_time() -> None:
    text = "Лукашенко und Tokajew in Kasachstan"
    index = [t.text for t in analyzer("translit")(text, mode="index")]
    query = [t.text for t in analyzer("translit")(text, mode="query")]
    assert index == query == ["lukaSenk", "tokav", "kasaXstan"]


def test_translit_drops_numbers_and_stop_words() -> None:
    assert [t.text for t in analyzer("translit")("the 2030 und и Minsk")] == ["minsk"]


@pytest.mark.parametrize("kind", KINDS)
def test_analyzers_are_cached_and_picklable(kind: str) -> None:
    """Whoosh pickles the schema (and its analyzers) into the index."""
    assert analyzer(kind) is analyzer(kind)
    clone = pickle.loads(pickle.dumps(analyzer(kind)))
    assert [t.text for t in clone("Warenumsatz Лукашенко")] == [
        t.text for t in analyzer(kind)("Warenumsatz Лукашенко")
    ]


def test_features_can_be_switched_off_for_benchmarks() -> None:
    plain = build_analyzer("de", compounds=False)
    assert [t.text for t in plain("Warenumsatz", mode="index")] == ["warenumsatz"]


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown analyzer kind"):
        analyzer("fr")


def test_names_field_indexes_capitalised_words_but_keys_every_query_word() -> None:
    names = analyzer("translit")
    assert [t.text for t in names("tractors from Minsk", mode="index")] == ["minsk"]
    assert [t.text for t in names("lukaschenko", mode="query")] == ["lukaSenk"]


def test_ambiguous_keys_stay_out_of_the_names_field() -> None:
    assert [t.text for t in analyzer("translit")("Zelle Seele", mode="index")] == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_word_whose_name_key_is_empty_is_indexed(kind: str) -> None:
    """«Ъ», Kommersant's nickname, keeps no letter in a name key: indexing a Russian
    review that cited it raised IndexError (names.query_key read the empty key's first
    character), and the whole import stopped in the index step."""
    text = "Как пишет «Ъ», цены выросли. Ъ"
    for mode in ("index", "query"):
        tokens = [t.text for t in analyzer(kind)(text, mode=mode)]
        assert tokens or kind == "translit", (kind, mode)  # translit keys Latin words only
