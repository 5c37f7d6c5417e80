"""Blind batch 113's families: a language switcher set with bars ("RU | EN | DE | 中文"), a
header's "+++" news ticker of other stories, a weekday and an at sign between a stamp's
date and time ("November 21, 2025, Friday @ 15:42 | By Name"), a labelled "Published:
Month Day, Year" under the text over the header bar's copy date, a video report's player
prompt inside the text."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.boilerplate import is_boilerplate
from app.importers.compose import _stamped_item
from app.importers.dates import find_dates

from .makers import articles_of

DE = (
    "Die Stadtverwaltung hat am Montag neue Regeln für den Wasserverbrauch beschlossen, die ab "
    "dem ersten Dezember für alle Haushalte und Betriebe in der Gemeinde gelten sollen."
)
DE_MORE = (
    "Der Bürgermeister sagte, man habe lange mit den Versorgern verhandelt und sei am Ende zu "
    "einem Ergebnis gekommen, das die Kosten für die meisten Familien stabil halten werde."
)
EN = (
    "The city council approved new rules on water use on Monday, which will apply to all "
    "households and businesses in the district from the first of December onwards."
)
EN_MORE = (
    "The mayor said the council had negotiated with the suppliers for months and reached a "
    "result that would keep costs stable for most families in the coming winter."
)
RU = (
    "Городская администрация в понедельник утвердила новые правила расхода воды, которые "
    "вступят в силу с первого декабря для всех жителей и предприятий района."
)
RU_MORE = (
    "Глава города сообщил, что переговоры с поставщиками шли несколько месяцев и завершились "
    "решением, которое позволит сохранить тарифы для большинства семей стабильными."
)


def _one(text: str):
    (art,) = articles_of("clip.txt", text.encode())
    return art


# --- a language switcher whose bars count as words -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "RU | EN | DE | FR | ES | 中文 | عربي",
        "Қазақша | Русский | English | Deutsch | 中文",
        "DE | EN | RU | UZ | TR | FA | AR",
    ],
)
def test_barred_language_switcher_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_barred_row_of_words_is_no_switcher() -> None:
    assert not is_boilerplate("Berlin | Hamburg | München | Köln | Frankfurt | Stuttgart | Bonn")


# --- a "+++" news ticker in the header -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "+++ Forum der Regionen eröffnet +++ Wetter: bis zu minus 8 Grad +++ Pokal gewonnen +++",
        "+++ Council approves budget +++ Storm warning for the coast +++",
        "+++ В Омске открыли мост +++ Погода: до минус 20 +++ Хоккеисты выиграли турнир +++",
    ],
)
def test_plus_ticker_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_one_flash_marker_in_a_headline_is_kept() -> None:
    assert not is_boilerplate("+++ Eilmeldung +++ Bundestag beschließt neues Heizungsgesetz")


def test_ticker_over_the_headline_is_not_the_title() -> None:
    text = "\n".join(
        [
            "Beispiel TV",
            "Live-Stream",
            "Sendungen",
            "RU | EN | DE | FR | 中文 | عربي",
            "+++ Messe in Gera eröffnet +++ Wetter: Schnee im Bergland +++ Derby endet 2:2 +++",
            "Stadtwerke erhöhen Wasserpreise ab Dezember",
            "26. November 2025, 17:40",
            "",
            DE,
            "",
            DE_MORE,
        ]
    )
    art = _one(text)
    assert art.title == "Stadtwerke erhöhen Wasserpreise ab Dezember"
    assert art.published == datetime(2025, 11, 26, 17, 40)


# --- a weekday and an at sign between date and time ---------------------------------------


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("November 21, 2025, Friday @ 15:42", datetime(2025, 11, 21, 15, 42)),
        ("21. November 2025, Freitag, 15:42 Uhr", datetime(2025, 11, 21, 15, 42)),
        ("21 ноября 2025, пятница, 15:42", datetime(2025, 11, 21, 15, 42)),
        ("28 November 2025 @ 9:15 pm", datetime(2025, 11, 28, 21, 15)),
    ],
)
def test_weekday_between_date_and_time(line: str, when: datetime) -> None:
    (hit,) = find_dates(line)
    assert hit.value == when and hit.has_time


def test_weekday_without_a_time_after_it_is_left() -> None:
    (hit,) = find_dates("21. November 2025, Freitag im Rathaus")
    assert hit.value == datetime(2025, 11, 21) and not hit.has_time


@pytest.mark.parametrize(
    "line",
    [
        "November 21, 2025, Friday @ 15:42 | By Jane Roe",
        "21.11.2025, 15:42 | Von Klara Sommer",
        "21.11.2025 15:42 · Автор: Ольга Смирнова",
    ],
)
def test_stamp_with_its_byline_is_no_list_entry(line: str) -> None:
    assert not _stamped_item(line)


def test_stamped_headline_is_still_a_list_entry() -> None:
    assert _stamped_item("21.11.2025 15:42 Stadtrat beschließt neuen Haushalt für 2026")


def test_meta_row_with_weekday_and_byline_dates_and_signs() -> None:
    text = "\n".join(
        [
            "Example Island News",
            "Friday, 28 November 2025",
            "Home » Environment",
            "Council approves new water rules for all districts",
            "November 21, 2025, Friday @ 15:42 | By Jane Roe",
            "",
            EN,
            "",
            EN_MORE,
        ]
    )
    art = _one(text)
    assert art.title == "Council approves new water rules for all districts"
    assert art.published == datetime(2025, 11, 21, 15, 42)
    assert art.author == "Jane Roe"


# --- a labelled publication day under the text over the header bar's copy date -------------


@pytest.mark.parametrize(
    ("label", "when"),
    [
        ("Published: November 27, 2025", datetime(2025, 11, 27)),
        ("Veröffentlicht am 27.11.2025", datetime(2025, 11, 27)),
        ("Опубликовано: 27 ноября 2025", datetime(2025, 11, 27)),
    ],
)
def test_foot_published_beats_header_copy_day(label: str, when: datetime) -> None:
    body = {"P": (EN, EN_MORE), "V": (DE, DE_MORE), "О": (RU, RU_MORE)}[label[0]]
    text = "\n".join(
        [
            "The Example Post",
            "Friday, 28 November 2025",
            "Politics",
            "Business",
            "Water rules approved after long talks with suppliers",
            "",
            body[0],
            "",
            body[1],
            label,
            "Tags: water, council",
        ]
    )
    assert _one(text).published == when


def test_stamp_by_the_headline_still_beats_the_foot_label() -> None:
    text = "\n".join(
        [
            "The Example Post",
            "Friday, 28 November 2025",
            "Water rules approved after long talks with suppliers",
            "26.11.2025, 10:05",
            "",
            EN,
            "",
            EN_MORE,
            "Published: November 27, 2025",
        ]
    )
    assert _one(text).published == datetime(2025, 11, 26, 10, 5)


# --- a video report's player prompt in the text ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Watch the video report", "Смотрите видеосюжет", "Sehen Sie den Videobeitrag", "Zum Video"],
)
def test_video_prompt_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_sentence_about_a_video_is_kept() -> None:
    assert not is_boilerplate("Watch the video of the launch, which drew crowds, on our channel.")
    assert not is_boilerplate("Смотрите видеосюжет о том, как строили мост, на нашем канале.")
