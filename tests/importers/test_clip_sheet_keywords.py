"""A monitoring clip sheet's keywords under their label (blind batch 158).

The label ('Keywords', 'Schlagworte', 'Ключевые слова') stands alone over its terms
split by semicolons; the terms are no headline. A headline with one semicolon stays.
"""

from __future__ import annotations

from app.importers.compose import keyword_list
from tests.importers.makers import article_of

EN = (
    "MONITOR MEDIA\n"
    "Publication\n"
    "Harbourtown Courier\n"
    "Date\n"
    "Wednesday 3 December 2025\n"
    "Keywords\n"
    "harbour; tidal power; marine reserve\n"
    "Tidal turbine trial off the harbour wall wins council backing\n"
    "Plans to test a tidal turbine off the harbour wall have taken a step "
    "forward after the council agreed to lease a strip of seabed to a "
    "university consortium on Tuesday.\n"
    "The trial would run for three years before the device is moved to a "
    "full-scale site further offshore, the consortium said.\n"
)

DE = (
    "Medienbeobachtung · Kunde: Beispiel AG\n"
    "Medium\n"
    "Talboter Anzeiger\n"
    "Datum\n"
    "4. Dezember 2025\n"
    "Schlagworte\n"
    "Windkraft; Bürgerbeteiligung; Netzausbau\n"
    "Neuer Windpark am Eichberg liefert ersten Strom\n"
    "Nach knapp zwei Jahren Bauzeit liefern die fünf Anlagen am Eichberg "
    "seit Montag Strom ins Netz, wie die Betreibergesellschaft am Dienstag "
    "mitteilte.\n"
    "Die Bürger der Gemeinde sind mit rund einem Drittel an dem Projekt "
    "beteiligt, hieß es weiter.\n"
)

RU = (
    "МОНИТОРИНГ СМИ\n"
    "Издание\n"
    "Северный вестник\n"
    "Дата\n"
    "5 декабря 2025\n"
    "Ключевые слова\n"
    "уголь; добыча; разрез Южный\n"
    "Разрез «Южный» нарастит добычу угля в следующем году\n"
    "Угольный разрез «Южный» в следующем году планирует увеличить добычу до "
    "пяти миллионов тонн, сообщили в компании во вторник.\n"
    "Основные потребители угля – местная электростанция и котельные района, "
    "добавили там.\n"
)


def test_keyword_list_shapes() -> None:
    assert keyword_list("harbour; tidal power; marine reserve")
    assert keyword_list("уголь; добыча; разрез Южный")
    assert not keyword_list("Storm hits coast; thousands without power")  # two parts
    assert not keyword_list("Er kam; er sah; er siegte über die Gallier im Norden des Landes.")


def test_keywords_are_no_headline_en() -> None:
    art = article_of(EN, "clip.txt")
    assert art.title == "Tidal turbine trial off the harbour wall wins council backing"


def test_keywords_are_no_headline_de() -> None:
    art = article_of(DE, "clip.txt")
    assert art.title == "Neuer Windpark am Eichberg liefert ersten Strom"


def test_keywords_are_no_headline_ru() -> None:
    art = article_of(RU, "clip.txt")
    assert art.title == "Разрез «Южный» нарастит добычу угля в следующем году"


def test_headline_with_one_semicolon_stays() -> None:
    text = (
        "Storm hits coast; thousands without power\n"
        "A storm swept over the coast on Tuesday night, leaving thousands of homes without "
        "power and closing several roads, the authorities said on Wednesday.\n"
        "Crews worked through the night to restore the lines, the utility said.\n"
    )
    assert article_of(text).title == "Storm hits coast; thousands without power"
