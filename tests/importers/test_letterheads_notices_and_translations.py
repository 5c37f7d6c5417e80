"""Sources and days of documents named only in their frame (blind batch 158).

- a translation's bracketed note names the original outlet ('Original: «Имя» (Latin)');
- a release's number beside its issuer under the label ('Nr. 87/2025 | Example GmbH');
- a logo's letters before the name they stand for ('ABC – Alpha Beta Courier');
- a brand's © notice naming the group offering it ('© X – ein Angebot von Y');
- an authority's letter's day beside its outgoing number ('02.12.2025 № 11-3/1894');
- a Belarusian or Ukrainian letterhead over the Russian one the text is written in;
- a headline ending in a place's abbreviated kind ('… ниже г. Минска') is no caption.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.compose import Hints
from app.importers.docfront import _numbered_issuer, _outgoing_day
from app.importers.sitename import copyright_owner, plain_source
from tests.importers.makers import article_of, articles_of, docx_with

DE_TEXT = (
    "Die Landwirte im Gebiet können einen Teil ihrer Ernte nicht rechtzeitig abtransportieren, "
    "weil es an Waggons fehlt, teilte der Getreideverband am Montag mit."
)
EN_TEXT = (
    "Farmers in the region cannot move part of their harvest in time because there are not "
    "enough grain wagons, the regional grain union said on Monday."
)
RU_TEXT = (
    "Аграрии области не могут вовремя вывезти часть урожая из-за нехватки вагонов, "
    "сообщили в региональном союзе зернопроизводителей в понедельник."
)


def _docx(paragraphs: list[str]):
    (art,) = articles_of("doc.docx", docx_with(paragraphs, table=False))
    return art


# --- a translation's note names the original outlet


def test_bracketed_translation_note_names_the_original_de() -> None:
    note = (
        "[Arbeitsübersetzung aus dem Russischen, nicht redigiert. Übersetzung: A. Roe, "
        "Sprachendienst, 02.12.2025. Original: «Степная правда» (Stepnaya Pravda), Talsk, "
        "example.kz, Rubrik «Экономика», veröffentlicht am 1. Dezember 2025.]"
    )
    art = _docx(
        [note, "Landwirte klagen über fehlende Waggons", "1. Dezember 2025", DE_TEXT, DE_TEXT]
    )
    assert art.title == "Landwirte klagen über fehlende Waggons"
    assert art.source == "Stepnaya Pravda"


def test_translation_note_without_a_latin_spelling_en() -> None:
    note = (
        "[Translated from the Russian by J. Roe, 02.12.2025. Original: «Вечерний Талск», "
        "example.ru, published on 1 December 2025. Names in English transcription.]"
    )
    art = _docx([note, "Farmers short of grain wagons", "1 December 2025", EN_TEXT, EN_TEXT])
    assert art.title == "Farmers short of grain wagons"
    assert art.source == "Vecherniy Talsk"


def test_translation_note_with_a_latin_original_ru() -> None:
    note = (
        "[Перевод с немецкого: И. Петров, 02.12.2025. Original: „Talboter Anzeiger“, "
        "01.12.2025, рубрика «Wirtschaft».]"
    )
    art = _docx([note, "Аграриям не хватает вагонов", "1 декабря 2025", RU_TEXT, RU_TEXT])
    assert art.title == "Аграриям не хватает вагонов"
    assert art.source == "Talboter Anzeiger"


def test_bracketed_note_that_is_no_translation_stays() -> None:
    art = _docx(["[Ergänzt am 2. Dezember um eine Stellungnahme des Verbands]", DE_TEXT, DE_TEXT])
    assert art.source != "Stepnaya Pravda"
    assert "Ergänzt am 2. Dezember" in art.body or art.title.startswith("[Ergänzt")


# --- a release's number beside its issuer


def test_numbered_issuer_shapes() -> None:
    assert _numbered_issuer("Nr. 87/2025 | Beispielhafen GmbH") == "Beispielhafen GmbH"
    assert _numbered_issuer("No. 12/2025 · Example Water plc") == "Example Water plc"
    assert _numbered_issuer("Водоканал Примера · № 14") == "Водоканал Примера"
    assert _numbered_issuer("Nr. 87/2025 | Seite 2") == ""  # a figure: no name
    assert _numbered_issuer("Nr. 87/2025 | Tel. 089 1234") == ""


def test_release_number_beside_its_issuer_names_the_source() -> None:
    art = _docx(
        [
            "Presseinformation",
            "Nr. 87/2025 | Beispielhafen GmbH",
            "Unternehmenskommunikation",
            "27. November 2025",
            "Winterdienst am Beispielhafen startklar",
            "Der Winter kann kommen: Am Beispielhafen stehen ab sofort rund 600 Einsatzkräfte "
            "und 230 Spezialfahrzeuge bereit, um die Flächen bei Schnee frei zu halten.",
            "Die Teams arbeiten rund um die Uhr in drei Schichten, hieß es am Donnerstag.",
        ]
    )
    assert art.source == "Beispielhafen GmbH"
    assert art.title == "Winterdienst am Beispielhafen startklar"


# --- a logo's letters before the name they stand for


def test_logo_letters_before_the_name() -> None:
    assert plain_source("TBZ – Talboter Bürgerzeitung") == "Talboter Bürgerzeitung"
    assert plain_source("HTC – Harbour Town Courier") == "Harbour Town Courier"
    assert plain_source("СВ – Северный вестник") == "Северный вестник"
    assert plain_source("DW – Made for minds") == "DW – Made for minds"  # a motto
    assert plain_source("SZ – Die Zeitung für Bayern") == "SZ – Die Zeitung für Bayern"


# --- a brand's notice naming the group offering it


def test_notice_of_a_brand_offered_by_a_group() -> None:
    assert copyright_owner("© EXAMPLO – ein Angebot von Beispiel Medien") == "EXAMPLO"
    assert copyright_owner("© Harbour Times — a service of Example Media Group") == "Harbour Times"
    assert copyright_owner("© «Северный вестник» – проект холдинга «Медиа-Север»") == (
        "Северный вестник"
    )
    assert copyright_owner("© Anna Beispiel – Fotografin") == ""  # a photo credit


# --- an authority's outgoing number and day


def test_outgoing_number_dates_the_letter() -> None:
    for line, day in (
        ("02.12.2025 № 11-3/1894 На № ________ от ________", datetime(2025, 12, 2)),
        ("03.11.2025 Nr. 4/17", datetime(2025, 11, 3)),
        ("15.10.2025 г. исх. № 118", datetime(2025, 10, 15)),
    ):
        hints = Hints()
        _outgoing_day(["MINISTERIUM", line, "Erklärung"], hints)
        assert hints.published == day, line
    hints = Hints()
    _outgoing_day(["02.12.2025 Nr. 4 der Reihe wurde verschoben, sagte der Sprecher"], hints)
    assert hints.published is None


# --- a Belarusian letterhead over the Russian one, and 'г. Минска' in the headline


def test_russian_letterhead_wins_over_the_belarusian() -> None:
    art = _docx(
        [
            "МІНІСТЭРСТВА ПРЫКЛАДНЫХ СПРАЎ РЭСПУБЛІКІ БЕЛАРУСЬ",
            "МИНИСТЕРСТВО ПРИКЛАДНЫХ ДЕЛ РЕСПУБЛИКИ БЕЛАРУСЬ",
            "ул. Примерная, 10, 220004, г. Минск",
            "02.12.2025 № 11-3/1894",
            "ЗАЯВЛЕНИЕ",
            "О качестве воды в реке ниже г. Гродно",
            "В связи с появившимися в ряде интернет-ресурсов сообщениями о гибели рыбы в реке "
            "ниже г. Гродно министерство сообщает следующее.",
            "Пробы воды, отобранные 30 ноября, отклонений от нормативов не показали.",
            "Министерство прикладных дел Республики Беларусь",
        ]
    )
    assert art.title == "О качестве воды в реке ниже г. Гродно"
    assert art.source == "Министерство прикладных дел Республики Беларусь"
    assert art.published == datetime(2025, 12, 2)


def test_headlines_ending_in_an_abbreviated_place_kind() -> None:
    tail = (
        "\nThe city council voted on Tuesday to repair the bridge over the river before the "
        "winter, the mayor said after the meeting.\nWork is due to start next month.\n"
    )
    assert article_of("Bridge repairs approved in St. Louis" + tail).title == (
        "Bridge repairs approved in St. Louis"
    )
    caption = "Workers at the bridge on Monday. Lehtikuva"
    assert article_of("Bridge repairs approved\n" + caption + tail).title == (
        "Bridge repairs approved"
    )


def test_original_headline_in_quotes_then_its_outlet() -> None:
    art = _docx(
        [
            "TRANSLATION – for internal use only",
            "Original: «Фермерам не хватает вагонов для вывоза зерна», Example 24 "
            "(example24.tv), 20.11.2025",
            "Translated from Russian by J. Roe, 21.11.2025",
            "Farmers short of grain wagons",
            "20.11.2025, 16:45",
            EN_TEXT,
            EN_TEXT,
        ]
    )
    assert art.source == "Example 24"  # not the headline in quotes


def test_wrapped_two_column_letterhead_keeps_no_tail_as_the_name() -> None:
    art = _docx(
        [
            "МІНІСТЭРСТВА ПРЫКЛАДНЫХ СПРАЎ",
            "МИНИСТЕРСТВО ПРИКЛАДНЫХ ДЕЛ РЭСПУБЛІКІ БЕЛАРУСЬ",
            "РЕСПУБЛИКИ БЕЛАРУСЬ",
            "ИНФОРМАЦИОННОЕ СООБЩЕНИЕ",
            "21.11.2025",
            "О мерах поддержки малого предпринимательства",
            RU_TEXT,
            RU_TEXT,
        ]
    )
    assert art.source != "Республики Беларусь"
