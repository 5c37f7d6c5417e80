"""Dateline shapes of sites nobody profiled: the place in ordinary case ("Magdeburg.",
"Wien –"), the agency's marker before the place, place-date-agency lines, and a dateline
paragraph below a caption or standfirst."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.agency import bare_dateline, parse_dateline


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("(NTB) - OSLO, MAY 3 - Norway's oil fund grew", "Oslo", "NTB"),
        ("(XYZ) – LISBON – Portugal's economy", "Lisbon", "XYZ"),
        ("Riga, 3. Mai, LETA", "Riga", "LETA"),
        ("VILNIUS, MAY 3, BNS. Lithuania's exports rose", "Vilnius", "BNS"),
    ],
)
def test_unknown_agency_datelines(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line, ())
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Kassel. Die Stadt hat am Montag ihren Haushalt beschlossen.", "Kassel"),
        ("Graz – Der Gemeinderat stimmte am Dienstag zu.", "Graz"),
        ("Frankfurt/Main – Die Börse schloss fester.", "Frankfurt/Main"),
        ("Казань. Власти города объявили о ремонте.", "Казань"),
    ],
)
def test_place_in_ordinary_case(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("FRANKFURT AM MAIN – Der Flughafen erwartet mehr Reisende.", "Frankfurt am Main"),
        ("RIO DE JANEIRO – Brazil's central bank held rates on Wednesday.", "Rio de Janeiro"),
    ],
)
def test_capitals_place_with_a_particle(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    "line",
    ["Update – Die Regierung hat entschieden.", "Nein. Das sagte er.", "Wirtschaft – Die Lage."],
)
def test_words_that_open_a_sentence_are_no_place(line: str) -> None:
    assert bare_dateline(line) is None


def test_dateline_below_a_standfirst_and_caption() -> None:
    text = (
        "Werftenkrise an der Küste: Auftrag geplatzt\n"
        "Die Werft verliert ihren größten Kunden. Hunderte Stellen stehen auf dem Spiel.\n"
        "Jana Roth\n"
        "14.05.2025 - 16:05 Uhr\n"
        "Das Dock der Werft am Hafen: Seit Wochen ruhen hier die Arbeiten.\n"
        "(Foto: IMAGO/Max Muster)\n"
        "Rostock. Die Werft hat ihren größten Auftrag verloren, wie ein Sprecher am "
        "Mittwoch bestätigte. Betroffen sind rund 600 Beschäftigte.\n"
        "Die Landesregierung will nun mit anderen Reedereien sprechen, hieß es."
    )
    art = extract("w.txt", text.encode("utf-8"))[0].article
    assert art.dateline == "Rostock"
    assert art.title == "Werftenkrise an der Küste: Auftrag geplatzt"
    assert art.body.startswith("Rostock. Die Werft")
    assert "Das Dock der Werft" not in art.body


def test_dateline_below_a_caption_with_its_credit_in_brackets() -> None:
    text = (
        "Fish prices climb as catches shrink\n"
        "SOMEWIRE - Mar 14, 2025 - 18:22\n"
        "Fish is displayed at a market in Osaka on March 10, 2025. (Somewire)\n"
        "OSAKA - Fish prices in Japan rose for the fifth week in a row, market data "
        "showed on Friday, as catches of mackerel and sardines shrank."
    )
    art = extract("f.txt", text.encode("utf-8"))[0].article
    assert (art.dateline, art.title) == ("Osaka", "Fish prices climb as catches shrink")
    assert art.body.startswith("OSAKA - Fish prices")


def test_caption_alt_text_above_the_caption_is_no_title() -> None:
    text = (
        "Inflation in Tirol sinkt auf 2,9 Prozent\n"
        "Vor allem Energie verteuerte sich weniger stark als zuletzt\n"
        "18. März 2025, 10:14\n"
        "Regal mit Preisschildern\n"
        "Lebensmittel wurden im Februar um 3,8 Prozent teurer als vor einem Jahr.\n"
        "Foto: APA/Max Muster\n"
        "Innsbruck – Die Inflation in Tirol hat sich im Februar etwas abgeschwächt, wie "
        "die Landesstatistik am Dienstag mitteilte."
    )
    art = extract("i.txt", text.encode("utf-8"))[0].article
    assert (art.title, art.dateline) == ("Inflation in Tirol sinkt auf 2,9 Prozent", "Innsbruck")
    assert "Lebensmittel wurden" not in art.body


def test_numeric_date_and_quoted_credit_between_slashes() -> None:
    text = (
        "Электростанция увеличила выработку\n"
        "ХУДЖАНД, 02.03.2024 /ИА «Согд»/. Выработка электроэнергии в регионе выросла на 5% "
        "по сравнению с прошлым годом.\n"
        "Об этом сообщили в местной энергокомпании."
    )
    art = extract("s.txt", text.encode("utf-8"))[0].article
    assert art.dateline == "Худжанд" and art.source == "Sogd"
    assert art.body.startswith("ХУДЖАНД, 02.03.2024 /ИА «Согд»/. Выработка")
