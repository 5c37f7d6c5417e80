"""A related-links box inside the text ends where its links end: the paragraphs after it
are the article's, in every language (invented clippings)."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_teaser
from app.importers.compose import compose

_P1 = (
    "The council approved the new ferry timetable on Tuesday after a long debate, and "
    "the first boats will sail on the new schedule from March."
)
_P2 = "Operators said the change would cut waiting times at the busiest piers."
_P3 = "Fares will stay the same until the end of the year, the council said."
_P4 = "A review of the timetable is planned for the autumn, when passenger numbers are known."


@pytest.mark.parametrize(
    "marker",
    ["Материалы по теме:", "Mehr zum Thema:", "Related:", "Read more:", "Related Story"],
)
def test_text_after_a_links_box_is_kept(marker: str) -> None:
    text = (
        f"Ferries get a new timetable\n{_P1}\n{marker}\n"
        "Ferry operator wins new contract\nPier closes for repairs\n"
        f"{_P2}\n{_P3}\n{_P4}\nShare\nMost read\nOther story\n"
    )
    assert compose(text, ()).body == "\n\n".join((_P1, _P2, _P3, _P4))


def test_links_box_closing_the_text_still_ends_it() -> None:
    text = (
        f"Ferries get a new timetable\n{_P1}\n{_P2}\nМатериалы по теме:\n"
        "Ferry operator wins new contract\nPier closes for repairs\n"
        "Subscribe to our channel\n"
    )
    assert compose(text, ()).body == f"{_P1}\n\n{_P2}"


def test_related_story_marker() -> None:
    assert is_teaser("Related Story")
    assert is_teaser("Related stories")


def test_interview_question_after_a_links_box_stays() -> None:
    answer = "Kurzfristig fliesst im Sommer mehr Wasser in die Seen. Langfristig fehlt es."
    text = (
        f"Gletscher schmelzen weiter\n{_P1}\nMehr zum Thema\n"
        "Die Liste der verlorenen Gletscher wird länger\n"
        f"Was bedeutet das für die Wasserkraft?\n{answer}\n{_P3}\n"
    )
    body = compose(text, ()).body
    assert body == "\n\n".join((_P1, "Was bedeutet das für die Wasserkraft?", answer, _P3))


def test_subheading_after_a_marker_with_its_headline_stays() -> None:
    long_para = (
        "The renaming of the three piers has been debated for years, with the port "
        "authority deciding in 2016 to look for new names and residents filing dozens "
        "of complaints against the change."
    )
    text = (
        f"Ferries get a new timetable\n{_P1}\n"
        "Read more: Ferry operator wins new contract for the harbour routes\n"
        f"Old names give way\n{long_para}\n{_P3}\n"
    )
    body = compose(text, ()).body
    assert body == "\n\n".join((_P1, "Old names give way", long_para, _P3))
