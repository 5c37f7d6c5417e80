"""A press database's record (news-database export, press-archive export): its fields are
the article's metadata, whichever container carries the text."""

from datetime import datetime

from app.importers.compose import compose
from app.importers.profiles import default_profiles

P = default_profiles()


def _art(text: str):
    return compose(text, P)


def test_news_database_record_english():
    a = _art(
        "Page 1 of 2\nHarbour ferry to run every ten minutes from March\n"
        "The Westbay Courier (Westbay)\nMarch 3, 2025 Monday\nFinal Edition\n"
        "Copyright 2025 Westbay Courier Ltd All Rights Reserved\nSection: News; Pg. 7\n"
        "Length: 310 words\nByline: Ann Porter\nBody\n"
        "The harbour ferry will run every ten minutes from next month, the operator said on "
        "Sunday after a trial of the faster timetable.\nPassengers welcomed the change.\n"
        "Load-Date: March 5, 2025\nEnd of Document\n"
    )
    assert a.title == "Harbour ferry to run every ten minutes from March"
    assert a.source == "The Westbay Courier"
    assert a.published == datetime(2025, 3, 3)
    assert a.section == "News"
    assert a.author == "Ann Porter"
    assert a.body.startswith("The harbour ferry will run")
    assert "Load-Date" not in a.body and "Length:" not in a.body


def test_news_database_record_german_without_body_marker():
    a = _art(
        "Stadtrat beschließt neues Radwegenetz für die Innenstadt\nNordstadt Anzeiger\n"
        "12. Februar 2025 Mittwoch\nSection: Lokales; S. 3\nLength: 280 words\n"
        "Der Stadtrat hat am Dienstagabend ein neues Radwegenetz für die Innenstadt "
        "beschlossen, das bis 2027 umgesetzt werden soll.\nDie Kosten liegen bei vier "
        "Millionen Euro.\nLoad-Date: February 14, 2025\nEnd of Document\n"
    )
    assert a.title == "Stadtrat beschließt neues Radwegenetz für die Innenstadt"
    assert a.source == "Nordstadt Anzeiger"
    assert a.published == datetime(2025, 2, 12)
    assert a.section == "Lokales"
    assert a.body.startswith("Der Stadtrat hat")


def test_press_archive_record_with_agency_dateline():
    a = _art(
        "Weserland Rundschau vom 07.10.2025, Seite 2 / Politik\n"
        "Bund stockt Mittel für Brückensanierung auf\n"
        "Berlin (dpa). Der Bund stellt in diesem Jahr zusätzlich 300 Millionen Euro für die "
        "Sanierung maroder Autobahnbrücken bereit, wie das Ministerium mitteilte.\n"
        "Die Länder begrüßten den Schritt.\n"
        "Quelle: Weserland Rundschau, 07.10.2025, S. 2\nRessort: Politik\n"
        "Dokumentnummer: WR_20251007_2_0003\n"
        "Dauerhafte Adresse des Dokuments: https://archiv.example/doc/WR_0003\n"
    )
    assert a.title == "Bund stockt Mittel für Brückensanierung auf"
    assert a.source == "dpa"
    assert a.dateline == "Berlin"
    assert a.published == datetime(2025, 10, 7)
    assert a.section == "Politik"
    assert "Dokumentnummer" not in a.body and "Quelle:" not in a.body


def test_press_archive_record_own_story_russian_text():
    a = _art(
        "Nordkurier Digital vom 21.01.2025, Seite 9 / Kultur\n"
        "Театр открывает новый сезон премьерой\n"
        "Городской театр открыл новый сезон премьерой спектакля по пьесе Островского, "
        "билеты на первые показы раскуплены.\nСледующий показ состоится в субботу.\n"
        "Quelle: Nordkurier Digital, 21.01.2025\nDokumentnummer: NK_20250121_9\n"
    )
    assert a.title == "Театр открывает новый сезон премьерой"
    assert a.source == "Nordkurier Digital"
    assert a.section == "Kultur"
    assert a.published == datetime(2025, 1, 21)


def test_look_alike_text_mentioning_length_is_unchanged():
    text = (
        "Bridge works finish early\nBy Tom Reed\n"
        "The bridge works finished two weeks early. Length: 400 metres of deck were "
        "replaced, the council said in a statement on Friday.\nIt reopens on Monday.\n"
    )
    a = _art(text)
    assert a.title == "Bridge works finish early"
    assert a.section == ""
    assert "Length: 400 metres" in a.body
