"""A local paper's place rubric alone over the headline ('Nürnberg' / headline / stamp /
'NÜRNBERG - …', as a forwarded page prints it): the town is the desk, the section, and
the text's opener is its dateline - not the outlet's logo opening its own text, which
stands over a menu before the headline."""

from __future__ import annotations

import pytest

from app.importers.compose import compose
from app.importers.profiles import default_profiles
from tests.importers.makers import CLIP_TEXT

CASES = [
    (
        "Musterstadt",
        "Neue Brücke über den Fluss soll 2027 fertig sein\nVon Anna Beispiel\n"
        "25.11.2025, 18:30 Uhr\nMUSTERSTADT - ",
        "de",
    ),
    (
        "Springfield",
        "Council backs new bridge over the river\nBy Jane Roe\nNov. 25, 2025 6:30 p.m.\n"
        "Springfield — ",
        "en",
    ),
    (
        "Приморск",
        "Новый мост через реку откроют в 2027 году\nИван Примеров\n25 ноября 2025, 18:30\n"
        "Приморск. ",
        "ru",
    ),
]


@pytest.mark.parametrize(("place", "page", "lang"), CASES)
def test_a_place_rubric_is_desk_and_dateline(place: str, page: str, lang: str) -> None:
    text = f"{place}\n{page}{CLIP_TEXT[lang][0]}\n{CLIP_TEXT[lang][1]}\n"
    art = compose(text, default_profiles())
    assert (art.dateline, art.section) == (place, place)


def test_a_topic_kicker_is_no_place_rubric() -> None:
    text = (
        "Brückenbau\nNeue Brücke über den Fluss soll 2027 fertig sein\nVon Anna Beispiel\n"
        f"25.11.2025, 18:30 Uhr\nMUSTERSTADT - {CLIP_TEXT['de'][0]}\n{CLIP_TEXT['de'][1]}\n"
    )
    art = compose(text, default_profiles())
    assert art.dateline == "Musterstadt"
    assert art.section != "Musterstadt"


def test_the_logo_over_a_menu_still_opens_no_dateline() -> None:
    text = (
        "Musterstadt24\nStartseite\nPolitik\nNeue Brücke über den Fluss soll 2027 fertig sein\n"
        f"25.11.2025, 18:30 Uhr\nMusterstadt24 - {CLIP_TEXT['de'][0]}\n{CLIP_TEXT['de'][1]}\n"
    )
    art = compose(text, default_profiles())
    assert art.dateline == ""
