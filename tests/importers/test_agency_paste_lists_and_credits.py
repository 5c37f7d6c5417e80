"""Agency pages pasted whole (blind batch 40): a list of stamped headlines by the article
does not date it, printed zones after ISO stamps count, an editor's initials before the
agency in a closing credit, a summary's bullets over the stamp, initials bylines, a footer
address, "Linktipp"/"Weiterlesen" boxes and captions that only restate the headline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from charset_normalizer import from_bytes

from app.importers import boilerplate as bp
from app.importers import encoding
from app.importers.agency import bare_dateline
from app.importers.compose import compose
from app.importers.dates import find_dates
from app.importers.encoding import decode
from app.importers.profiles import default_profiles

_TEXT = (
    "Die Stadtwerke wollen bis 2030 rund 40 neue Ladepunkte in der Innenstadt errichten. Das "
    "teilte der Geschäftsführer am Dienstag bei einer Pressekonferenz im Rathaus mit.\n"
    "Die Kosten von rund zwei Millionen Euro tragen Stadt und Land gemeinsam. Die ersten "
    "Säulen sollen im Frühjahr am Marktplatz und am Bahnhof in Betrieb gehen.\n"
)


def test_printed_zone_after_an_iso_stamp_and_a_three_digit_offset() -> None:
    (hit,) = find_dates("Published: 2025-03-04 21:30 GMT+8")
    assert hit.value == datetime(2025, 3, 4, 21, 30, tzinfo=timezone(timedelta(hours=8)))
    (hit,) = find_dates("March 4, 2025 17:05 GMT+700")
    assert hit.value.utcoffset() == timedelta(hours=7)
    (hit,) = find_dates("2025-03-04 10:00 +0300")
    assert hit.value.utcoffset() == timedelta(hours=3)


def test_a_list_of_stamped_headlines_by_the_headline_does_not_date_the_article() -> None:
    text = (
        "Beispiel Radio\nStartseite\nMeistgelesen\n"
        "Neue Buslinie zum Flughafen eröffnet\n04.03.2025 18:02\n"
        "Stadtrat beschließt Haushalt\n04.03.2025 16:40\n"
        "Wirtschaft\nStadtwerke bauen 40 neue Ladepunkte\n"
        "Die Stadt setzt auf Elektromobilität.\nBeispiel Radio\n03.03.2025 11:25\n" + _TEXT
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen 40 neue Ladepunkte"
    assert art.published == datetime(2025, 3, 3, 11, 25)


def test_a_typographic_hyphen_after_the_place_is_a_dateline() -> None:
    found = bare_dateline(
        "Musterstadt \u2010 Die Stadtwerke haben am Montag neue Tarife vorgestellt."
    )
    assert found is not None and found.place == "Musterstadt"


def test_editors_initials_before_the_agency_in_the_closing_credit() -> None:
    text = (
        "beispiel.de\nNachrichten\nStadtwerke bauen 40 neue Ladepunkte\n"
        "Veröffentlicht am 03.03.2025 um 12:14 Uhr\n" + _TEXT.rstrip("\n") + " (abc/KNA)\n"
    )
    assert compose(text, default_profiles()).source == "KNA"


def test_summary_bullets_over_the_agency_credit_and_stamp() -> None:
    text = (
        "Beispiel News\nHome\nSchweiz\nStadtwerke bauen 40 neue Ladepunkte\n"
        "Das Wichtigste in Kürze\n"
        "· Die Stadtwerke bauen bis 2030 rund 40 neue Ladepunkte in der Innenstadt.\n"
        "· Die Kosten tragen Stadt und Land.\n"
        "· Die ersten Säulen gehen im Frühjahr in Betrieb.\n"
        "Keystone-SDA\n03.03.2025 - 14:15\n" + _TEXT
    )
    art = compose(text, default_profiles())
    assert art.body.startswith("Die Stadtwerke wollen bis 2030")
    assert art.source == "Keystone-SDA"


def test_initials_and_surname_over_the_stamp_are_the_byline() -> None:
    text = (
        "Пример\nГлавная › Экономика\nЭкспорт угля вырос на 3 процента\nА.Иванова\n"
        "2025-03-03 11:47\n"
        "Экспорт угля за десять месяцев вырос на 3,1 процента, сообщили в таможенном "
        "управлении во вторник. Основным покупателем остается соседняя страна.\n"
    )
    assert compose(text, default_profiles()).author == "А.Иванова"


def test_a_latest_news_heading_by_the_stamps_is_no_author() -> None:
    text = (
        "Beispiel Radio\n03.03.2025 (Mo)\nNeueste Nachrichten\n"
        "Neue Buslinie zum Flughafen eröffnet\n2025-03-02 17:05:12\n"
        "Nachrichten > Wirtschaft\nStadtwerke bauen 40 neue Ladepunkte\n"
        "Veröffentlicht: 2025-03-01 10:42:15\n" + _TEXT
    )
    assert compose(text, default_profiles()).author == ""


def test_labelled_address_linktipp_and_weiterlesen_are_chrome() -> None:
    assert bp.is_boilerplate("Адрес: Пример-город, ул. Примерная 8, Агентство Пример")
    assert bp.is_boilerplate("Anschrift: Musterweg 1, 12345 Musterstadt")
    assert not bp.is_boilerplate("Adresse: unbekannt, sagte die Polizei.")
    assert bp.is_teaser("Linktipp: Kirchenaustritte – die Zahlen im Überblick")
    assert bp.is_teaser_marker("Weiterlesen")
    assert not bp.is_teaser("Weiterlesen will er trotz allem nicht.")


def test_a_caption_with_its_archive_marker_and_credit() -> None:
    assert bp.is_caption("Die Staumauer am Bergsee. (Archivbild) - keystone")
    assert not bp.is_caption("Die Staumauer am Bergsee soll höher werden - sagt Keystone.")


def test_a_caption_restating_the_headline_between_paragraphs_goes() -> None:
    text = (
        "Example Agency\nHome > Economy\n"
        "Exampleland, Japan sign agreement on hydrogen supply chain\n"
        "Tue 04-03-2025 16:48 PM\n"
        "Exampleland and Japan have signed a memorandum of understanding to develop a supply "
        "chain for low-carbon hydrogen, the energy ministry said on Tuesday.\n"
        "Exampleland and Japan sign agreement on hydrogen\n"
        "Under the memorandum, the two sides will cooperate on production, storage and "
        "shipping of hydrogen and ammonia, as well as on common technical standards.\n"
    )
    body = compose(text, default_profiles()).body
    assert "sign agreement" not in body and "Under the memorandum" in body


def test_c1_bytes_are_read_in_a_windows_page(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Die Regierung in Prag hat den Kredit für das Kraftwerk Temelín gebilligt. "
        "Oppositionschef Babiš will die Verträge prüfen lassen. "
    ) * 3
    # the guess a longer paste got: an ISO page first, which reads "š" (0x9A) as a control
    pages = ["iso8859_13"]
    monkeypatch.setattr(encoding, "from_bytes", lambda data: from_bytes(data, cp_isolation=pages))
    assert from_bytes(text.encode("cp1252"), cp_isolation=pages).best().encoding == pages[0]
    assert decode(text.encode("cp1252")) == text


def test_agency_profiles_for_the_caption_and_blurb_and_the_slashed_name() -> None:
    text = (
        "Example News\nHome > General\nRail link on track, says minister\n"
        "04/03/2025 05:42 PM\n"
        "KUALA LUMPUR, March 4 (Bernama) -- The rail link is on schedule to begin services "
        "in 2027, the transport minister said on Tuesday.\n"
        "The minister speaks to reporters today. --fotoBERNAMA (2025) COPYRIGHT RESERVED\n"
        "He said progress had reached 89.7 per cent as of the end of February, with track "
        "laying on the northern section already completed.\n"
        "BERNAMA provides up-to-date authentic and comprehensive news and information.\n"
    )
    body = compose(text, default_profiles()).body
    assert "fotoBERNAMA" not in body and "provides up-to-date" not in body
    text = (
        "Улан-Батор, 3 марта /МОНЦАМЭ/. Экспорт угля за два месяца вырос на 3,1 процента, "
        "сообщили в таможенном управлении.\n"
    )
    assert compose(text, default_profiles()).source == "Montsame"
