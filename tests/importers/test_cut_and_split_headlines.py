"""Titles across the blind batches: a line of a printed page's columns (read across, it
opens in lower case or stops on 'von', 'for', 'в') is no headline, the heading over the
byline is; a headline printed over two lines is taken whole; a translation's frame
('Dokument: Arbeitsübersetzung …', 'TRANSLATION – for internal use only', 'Translated
from Russian by …', a long translator's note) is no headline (invented clippings)."""

from __future__ import annotations

from app.importers.compose import _cut_line, compose
from app.importers.docfront import document_front


def test_column_lines_under_the_byline_give_way_to_the_heading_de() -> None:
    text = (
        "Seite 7\nStadtwerke\nWasserwerk soll bis 2030 erneuert werden\n"
        "Kosten von 40 Millionen Euro – Gebühren steigen nicht\nVon Anna Beispiel\n"
        "Die Stadtwerke Musterstadt\nwollen ihr altes Wasserwerk in den\n"
        "unter dem Hang liegenden Becken\nkommenden Jahren erneuern. Das geht aus dem\n"
        "Wirtschaftsplan hervor, den der\nAufsichtsrat am Mittwoch beschlossen hat.\n"
        "Die Arbeiten sollen im Frühjahr beginnen und bis 2030 dauern, teilte die Stadt mit.\n"
    )
    assert compose(text, ()).title == "Wasserwerk soll bis 2030 erneuert werden"


def test_column_lines_under_the_desk_give_way_to_the_heading_ru() -> None:
    text = (
        "ОБЛАСТНОЙ ВЕСТНИК\n№ 12 (345)\nВторник, 25 ноября 2025 года\nЭкономика\n"
        "Порт готовится к зиме\nговорят, что в следующем году график\n"
        "отправок сдвинут на неделю раньше и\nнавигации отправит в районы\n"
        "северной части моря два судна с\n"
        "Порт рассчитывает завершить отгрузку до конца декабря, сообщили в компании.\n"
    )
    assert compose(text, ()).title == "Порт готовится к зиме"


def test_column_line_ending_on_a_preposition_gives_way_en() -> None:
    text = (
        "12 THE EXAMPLE HERALD · Monday, 24 November 2025\nTransport\n"
        "Rail link to the port opens in spring\nBy Jane Doe\n"
        "The new rail link will carry\ncontainers straight from the quay and\n"
        "inland terminal to the freight yard, which has waited for\n"
        "years for a link of its own, the council and\nthe port authority said on Monday. The\n"
        "The line cost 80 million pounds and took four years to build, officials said.\n"
    )
    assert compose(text, ()).title == "Rail link to the port opens in spring"


def test_a_headline_wrapped_over_two_lines_is_taken_whole() -> None:
    de = (
        "Kanton verschärft Regeln für\nFerienwohnungen\n"
        "Liestal (Keystone-SDA) – Der Kanton will die Vermietung von Wohnungen über "
        "Plattformen stärker regulieren. Die Regierung hat am Mittwoch eine Vorlage "
        "verabschiedet, die eine Obergrenze von 90 Nächten pro Jahr vorsieht.\n"
    )
    assert compose(de, ()).title == "Kanton verschärft Regeln für Ferienwohnungen"
    en = (
        "Council sets out plans for\nnew cycle lanes\n"
        "LEEDS (Reuters) - The city council on Tuesday set out plans for 40 kilometres of "
        "new cycle lanes, to be built over the next three years at a cost of 30 million "
        "pounds, officials said.\n"
    )
    assert compose(en, ()).title == "Council sets out plans for new cycle lanes"


def test_a_colon_over_the_rest_of_the_headline_joins_it() -> None:
    text = (
        "Presseinformation\n20. November 2025\nStraßenbahn zum Hafen:\n"
        "Neubaustrecke geht am 14. Dezember in Betrieb\n"
        "Linie 5 fährt ab dem Fahrplanwechsel bis zum Hafen – Ersatzverkehr endet\n"
        "Ab dem Fahrplanwechsel am 14. Dezember fahren die Straßenbahnen der Linie 5 "
        "erstmals bis zum Hafen. Die rund zwei Kilometer lange Strecke wurde in zwei Jahren "
        "gebaut.\nMit der Verlängerung erhalten Fahrgäste eine direkte Umsteigemöglichkeit.\n"
    )
    art = compose(text, ())
    assert art.title == "Straßenbahn zum Hafen: Neubaustrecke geht am 14. Dezember in Betrieb"


def test_look_alikes_keep_their_headline() -> None:
    # a German verb's particle ends many headlines: 'legt … vor', 'bricht … ein'
    text = (
        "Startseite\nLokales\nVerkehrswende in Hamburg\nSenat legt Radwege-Bilanz vor\n"
        "Die Stadt hat im vergangenen Jahr 60 Kilometer Radwege gebaut oder saniert, so "
        "viele wie nie zuvor, teilte der Senat am Dienstag mit.\n"
    )
    assert compose(text, ()).title == "Senat legt Radwege-Bilanz vor"
    assert not _cut_line("Containerumschlag bricht im dritten Quartal ein")
    assert not _cut_line("iPhone sales slow in Europe")
    assert not _cut_line("Impfung gegen Hepatitis A")
    assert _cut_line("восточной части Карского моря два судна с")
    assert _cut_line("Die Ampelregelung an der Brücke gilt montags bis samstags von")


def test_a_translation_frame_is_no_headline() -> None:
    text, _ = document_front(
        "Dokument: Arbeitsübersetzung aus dem Russischen – nur für den internen Gebrauch\n"
        "Usbekistan senkt Einfuhrzölle auf Baumaterialien\nAutorin: Jana Beispiel\n"
        "Usbekistan setzt die Einfuhrzölle auf eine Reihe von Baumaterialien bis Ende 2026 aus.\n"
        "[Anm. d. Übers.: Der Erlass trägt im Original eine andere Nummer.]"
    )
    assert "Arbeitsübersetzung" not in text and "Anm. d. Übers." not in text
    text, _ = document_front(
        "TRANSLATION – for internal use only\n"
        "Original: «Казахстан и Азербайджан удвоят перевозки», Example 24 (example24.tv)\n"
        "Translated from Russian by John Roe, 21.11.2025\n"
        "Translator’s note: Figures are given as in the original. The port lies in the west of "
        "the country and handles most of the ferry traffic across the sea, while the other "
        "port lies on the opposite shore and serves the rail ferries.\n"
        "Economy\nKazakhstan and Azerbaijan to double ferry traffic\n"
        "Перевод с английского — Ольга Иванова"
    )
    assert text.split("\n")[:2] == ["Economy", "Kazakhstan and Azerbaijan to double ferry traffic"]
    assert "Ольга" not in text
    # a headline about translation stays
    text, _ = document_front("Übersetzung – ein Handwerk stirbt aus\nOriginal und Fälschung")
    assert "Übersetzung – ein Handwerk stirbt aus" in text and "Original und Fälschung" in text
