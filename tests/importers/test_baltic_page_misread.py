"""A Western or Central European text that charset-normalizer reads in a Baltic page
(cp1257) is decoded in cp1252 / cp1250 when the Baltic reading holds unlikely letters:
spacing accents inside words ("ˇilina") and Polish letters no Baltic language writes
("Hlavatż"); a Lithuanian or Latvian text keeps its page."""

from __future__ import annotations

from app.importers.encoding import _not_baltic_after_all

_EN = (
    "The regional carrier will buy ten new trains for the line from Žilina to Košice, "
    "spokesman Peter Novotný told the agency on Monday. The first trains are due in 2027, "
    "Novotný said, and the old units from the depot in Žilina will be scrapped. "
) * 2


def test_slovak_names_in_a_cp1252_text_misread_as_baltic() -> None:
    data = _EN.replace("š", "s").encode("cp1252")
    misread = data.decode("cp1257")
    assert "Novotnż" in misread and "ˇilina" in misread
    assert _not_baltic_after_all(data, misread, "cp1257") == _EN.replace("š", "s")


def test_a_central_european_text_goes_to_cp1250() -> None:
    text = "Dopravca kúpi desať nových vlakov pre Žilinu, uviedol hovorca Novotný v pondelok. " * 3
    data = text.encode("cp1250")
    assert _not_baltic_after_all(data, data.decode("cp1257"), "cp1257") == text


def test_baltic_texts_keep_their_page() -> None:
    for text in (
        "Vyriausybė pritarė biudžeto projektui, kuriame numatyta daugiau lėšų švietimui ir "
        "sveikatos apsaugai, pranešė Finansų ministerija. Žemės ūkio ministras Łukasz Żmuda. ",
        "Valdība ceturtdien apstiprināja budžeta projektu, kurā paredzēts vairāk līdzekļu "
        "izglītībai un veselības aprūpei, paziņoja Finanšu ministrija. ",
    ):
        data = (text * 2).encode("cp1257")
        assert _not_baltic_after_all(data, data.decode("cp1257"), "cp1257") is None
    assert _not_baltic_after_all(b"x", "x", "cp1252") is None
