"""A Western text that charset-normalizer reads as Central European is decoded in its
Western page: cp1252's "£" is cp1250's "Ł" beside figures, and Latin-1's "ê" is Latin-2's "ę"
inside the Portuguese names of an English text ("Agência Brasil"); Polish and Czech texts
keep their page."""

from __future__ import annotations

from app.importers.encoding import _western_after_all, decode

_EN = (
    "Stormont departments have been told they must find £140 million in savings before the "
    "end of March, after pressures of “around £400m” emerged in the monitoring round. The "
    "minister said there was “no room for new spending” this year. "
) * 2


def test_pound_beside_figures_is_cp1252() -> None:
    data = _EN.encode("cp1252")
    misread = data.decode("cp1250")  # what charset-normalizer guesses for some such texts
    assert "Ł140" in misread
    assert _western_after_all(data, misread, "cp1250") == _EN
    assert decode(data) == _EN


def test_central_european_letters_inside_words_stay() -> None:
    for text in (
        "Prezydent Łodzi ogłosił w środę, że miasto kupi 40 nowych tramwajów. Źródło: Urząd. ",
        "Škoda Transportation dodá městu Plzeň 20 tramvají, oznámil ve středu dopravní podnik. ",
    ):
        data = (text * 3).encode("cp1250")
        assert _western_after_all(data, data.decode("cp1250"), "cp1250") is None
        assert decode(data) == text * 3


_PT_NAMES = (
    "Brazil is set to harvest a record soybean crop this season, the national supply company "
    "Conab said on Tuesday. Farmers in Paraná and Goiás expect higher yields than last year, "
    "and exports from the port of Paranaguá are forecast to rise, according to Agência Brasil. "
) * 2


def test_names_with_western_letters_in_an_english_text_are_not_central_european() -> None:
    data = _PT_NAMES.encode("latin-1")
    misread = data.decode("iso8859_2")
    assert "Agęncia" in misread
    assert _western_after_all(data, misread, "iso8859_2") == _PT_NAMES
    # a Polish text whose page reads the same way keeps its letters
    polish = ("Rząd ogłosił, że w tym roku rolnicy zbiorą więcej zbóż niż w zeszłym, "
              "i jak podano, eksport przez port w Gdańsku też wzrośnie. ") * 3  # fmt: skip
    data = polish.encode("iso8859_2")
    assert _western_after_all(data, data.decode("iso8859_2"), "iso8859_2") is None
