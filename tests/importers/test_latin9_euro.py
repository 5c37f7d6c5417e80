"""A single-byte text whose "¤" stands by an amount is ISO-8859-15: its euro sign is restored
without touching any other letter."""

from __future__ import annotations

from app.importers.encoding import decode

_EN = (
    "The council said the new market hall would cost more than €40m and open in spring. "
    "Rents in the centre are about €600 per square metre, the agent said, and the café "
    "on the corner will stay open during the works. "
) * 3
_DE = (
    "Die Miete in der Innenstadt liegt bei 14,50 € je Quadratmeter, sagte der Makler. Für "
    "Büros in Köln zahlen Mieter deutlich mehr als früher, die Größe der Wohnungen sinkt. "
) * 3


def test_latin9_euro_beside_an_amount() -> None:
    for text in (_EN, _DE):
        assert decode(text.encode("iso8859_15")) == text


def test_cp1252_and_a_lone_currency_sign_are_left_alone() -> None:
    text = _DE.replace("14,50 €", "14,50 € – „gut“")
    assert decode(text.encode("cp1252")) == text
    word = "Das Zeichen ¤ heißt Währungszeichen, sagte der Lehrer in der Schule in Köln. " * 3
    assert decode(word.encode("latin-1")) == word


def test_latin9_euro_after_an_abbreviated_amount() -> None:
    text = (
        _DE.replace("14,50 €", "rund 28 Mio. €")
        + "Die Kosten liegen bei 3 Millionen € für die Stadt. "
    )
    assert decode(text.encode("iso8859_15")) == text


def test_latin_text_with_one_high_byte_is_not_read_in_a_dos_code_page() -> None:
    text = (
        "The operator said trains would run every four minutes at peak hours from next "
        "month, and that the new signalling system had passed its final tests. "
        * 3
        + "Copyright© Mediacorp 2025. All rights reserved."
    )
    assert decode(text.encode("cp1252")) == text
