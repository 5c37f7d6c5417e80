"""A Western text whose pound signs charset-normalizer reads as Central European (cp1252's
"£" is cp1250's "Ł") is decoded in cp1252; Polish and Czech texts keep their page."""

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
