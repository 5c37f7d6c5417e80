"""An analyst's review cover over a clipping's credit (blind batch 158).

The cover line may name the review's scope ('ОБЗОР РЕГИОНАЛЬНЫХ СМИ | Region | date | Для
служебного пользования', 'Regional press review | …'), the office compiling it and the
review's numbered part ('Раздел 3. Экономика (выдержка)') stand under it: all frame. The
clipping's credit under them ('«Outlet», 04.12.2025, № 47, с. 3, рубрика «X»') names the
outlet, the day and the desk, and the headline follows it.
"""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import articles_of, docx_with

RU = [
    "ОБЗОР РЕГИОНАЛЬНЫХ СМИ | Северный край | 5 декабря 2025 г. | Для служебного пользования",
    "Управление пресс-службы и информации Губернатора Северного края",
    "Раздел 2. Экономика и промышленность (выдержка, 1 материал)",
    "«Северный вестник», 04.12.2025, № 47, с. 3, рубрика «Экономика»",
    "Разрез «Южный» нарастит добычу угля",
    "Угольный разрез «Южный» в следующем году планирует увеличить добычу до пяти миллионов "
    "тонн, сообщил директор предприятия на встрече с депутатами.",
    "Основные потребители угля – местная электростанция и котельные района, добавили там.",
]
DE = [
    "Regionaler Pressespiegel | Talkreis | 5. Dezember 2025 | Nur für den Dienstgebrauch",
    "Pressestelle des Landratsamts Talkreis",
    "Teil 3: Wirtschaft und Verkehr",
    "Talboter Anzeiger, 04.12.2025, Nr. 47, S. 3, Rubrik «Wirtschaft»",
    "Neuer Windpark am Eichberg liefert ersten Strom",
    "Nach knapp zwei Jahren Bauzeit liefern die fünf Anlagen am Eichberg seit Montag Strom "
    "ins Netz, wie die Betreibergesellschaft am Dienstag mitteilte.",
    "Die Bürger der Gemeinde sind mit rund einem Drittel an dem Projekt beteiligt.",
]
EN = [
    "Regional press review | Harbour County | 5 December 2025 | Internal use only",
    "Press Office, Harbour County Council",
    "Section 1. Energy and environment",
    "Harbourtown Courier, 04.12.2025, p. 3, section: Business",
    "Tidal turbine trial off the harbour wall wins council backing",
    "Plans to test a tidal turbine off the harbour wall have taken a step forward after "
    "the council agreed to lease a strip of seabed to a university consortium.",
    "The trial would run for three years before the device is moved further offshore.",
]


def _one(paragraphs: list[str]):
    (art,) = articles_of("review.docx", docx_with(paragraphs, table=False))
    return art


def test_ru_cover_office_and_part_over_the_credit() -> None:
    art = _one(RU)
    assert art.title == "Разрез «Южный» нарастит добычу угля"
    assert art.source == "Severnyy Vestnik"
    assert art.section == "Экономика"
    assert art.published == datetime(2025, 12, 4)


def test_de_cover_office_and_part_over_the_credit() -> None:
    art = _one(DE)
    assert art.title == "Neuer Windpark am Eichberg liefert ersten Strom"
    assert art.source == "Talboter Anzeiger"
    assert art.published == datetime(2025, 12, 4)


def test_en_cover_office_and_part_over_the_credit() -> None:
    art = _one(EN)
    assert art.title == "Tidal turbine trial off the harbour wall wins council backing"
    assert art.source == "Harbourtown Courier"
    assert art.published == datetime(2025, 12, 4)


def test_numbered_part_without_a_cover_stays() -> None:
    paragraphs = [
        "Teil 3: Die Rückkehr des Wassers",
        "Im Ahlenmoor steht das Wasser an diesem Morgen knöcheltief zwischen den Torfmoosen, "
        "vor zehn Jahren wäre das undenkbar gewesen, sagen die Forscher.",
        "Die Gräben sind verschlossen, kleine Dämme halten den Regen zurück.",
    ]
    assert _one(paragraphs).title == "Teil 3: Die Rückkehr des Wassers"
