"""Blind batch 48 (agency pastes): a release service's stamp in the dateline, a credit
between slashes before a full stop, a caption ending in an agency's bare name.

Each test holds a small made-up clipping with one convention.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.profiles import default_profiles

PROSE = (
    "Die Stadt baut eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit. "
    "Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, hieß es weiter."
)
PROSE_RU = (
    "Грузооборот речного порта за десять месяцев вырос на семь процентов, сообщили в "
    "администрации порта. Рост обеспечили прежде всего контейнерные перевозки и зерно."
)
PROSE_EN = (
    "Port volumes rose by seven percent in October, the port authority said on Monday. "
    "Container traffic and grain exports drove the growth, officials added."
)


def _paste(text: str) -> object:
    [item] = extract("paste.txt", text.encode())
    return item.article


def test_a_release_stamp_in_the_dateline_gives_place_day_and_hour() -> None:
    article = _paste(
        "Nachrichten\nNeueste Meldungen\n10.03.2025 15:45\nAndere Meldung über den Hafen\n"
        "Neue Brücke über den Fluss geplant\n"
        f"Graz (ptx004/10.03.2025/09:15) - {PROSE}\n{PROSE}\n"
    )
    assert article.dateline == "Graz"
    assert article.published == datetime(2025, 3, 10, 9, 15)


def test_a_credit_between_slashes_before_a_full_stop_is_a_dateline() -> None:
    found = parse_dateline(f"Самара /Волгапресс/. {PROSE_RU}", default_profiles())
    assert found is not None and found.place == "Самара" and found.agency == "Волгапресс"
    # a bracketed aside in a sentence is none
    assert parse_dateline(f"Порт /см. выше/. {PROSE_RU}", default_profiles()) is None


def test_a_caption_ending_in_an_agencys_bare_name_is_no_title() -> None:
    article = _paste(
        "Экономика\nПорт на Волге увеличил грузооборот\n12.03.2025 10:20\nИван Петров\n"
        "Контейнеры в речном порту Самары весной. Фотоагентство\n"
        f"{PROSE_RU}\n{PROSE_RU}\n"
    )
    assert article.title == "Порт на Волге увеличил грузооборот"
    assert "Фотоагентство" not in article.body


def test_translation_and_reuse_notes_under_the_text_go() -> None:
    article = _paste(
        f"Neue Brücke über den Fluss geplant\n12.03.2025\n{PROSE}\n{PROSE}\n"
        "Übersetzung: Example.org Redaktion\n"
        "Dieser Artikel ist mit dem Hinweis „Example.org“ frei verwendbar.\n"
    )
    assert "Übersetzung" not in article.body and "frei verwendbar" not in article.body
    assert bp.is_boilerplate(
        "Example.gov is a news service, published by the Office of Example (OE). "
        "Example.gov articles can be used for free by local and international media."
    )
    assert bp.is_boilerplate("Um einen Kommentar zu schreiben, melden Sie sich bitte an.")
    assert bp.is_footer("Сопутствующие статьи")


def test_a_short_caption_signed_with_the_agencys_acronym_is_a_caption() -> None:
    assert bp.is_caption("The new terminal at the port of Example. -- EXA")
    # a paragraph of the text closing with the same sign-off is no caption
    assert not bp.is_caption(
        "The ministry said the terminal will handle two million containers a year once "
        "the second phase is finished, making it the largest in the region. -- EXA"
    )


def test_a_caption_over_its_source_in_brackets_goes_with_it() -> None:
    article = _paste(
        f"Neue Brücke über den Fluss geplant\n12.03.2025\n{PROSE}\n"
        "Ein Kran an der neuen Baustelle am Fluss.\n(Bauministerium)\n"
        f"{PROSE}\n"
    )
    assert "Kran an der neuen Baustelle" not in article.body
    assert "(Bauministerium)" not in article.body
    assert article.body.count("Die Stadt baut") == 2


def test_a_deck_under_the_stamp_and_byline_is_no_title() -> None:
    article = _paste(
        "Новости\nЭкономика\nГлавная / Новости / Экономика\nПорты\n"
        "Речной порт Самары нарастил грузооборот\n12 марта, 10:20\n"
        "Автор: Иван Петров\nКонтейнерные перевозки выросли на семь процентов\n"
        f"{PROSE_RU}\n{PROSE_RU}\n"
    )
    assert article.title == "Речной порт Самары нарастил грузооборот"


def test_a_shouted_credit_takes_the_mastheads_casing() -> None:
    article = _paste(
        "Peruna\nNews agency\nLatest news\nPort volumes rise again in October\n"
        f"Lima, Nov. 24 (PERUNA). {PROSE_EN}\n{PROSE_EN}\n"
    )
    assert article.source == "Peruna"
