"""A names-looking line that heads a list of stamped headlines ("Latest News" over
"27.11.2025 09:15 Headline") or stands in a run of one-word menu entries is no byline; a
byline crediting the outlet's staff or desk ("By Example Staff Writer") names no person
(invented pastes)."""

from __future__ import annotations

import pytest

from app.importers.byline import author_of_line
from tests.importers.makers import articles_of

_TEXT = (
    "{lead}\n"
    "The second paragraph carries on with the story and has enough words to be the running "
    "text of the article, not a caption or a menu entry of the page.\n"
    "A third paragraph closes the report with some more words about what happens next and "
    "when the work is expected to end.\n"
)
_LEAD = (
    "The city council approved the new bridge on Monday after a long debate about its "
    "cost, the mayor's office said in a statement."
)


def _paste(header: str) -> bytes:
    return (header + _TEXT.format(lead=_LEAD)).encode()


@pytest.mark.parametrize(
    "header",
    [
        # a list heading over stamped entries, then the story under its own stamp
        "Example Radio\nNews\nBusiness\nNewest Stories\n"
        "26.11.2025 09:15 Two ports agree on a joint timetable for ferries\n"
        "25.11.2025 17:02 Regional airline adds a route to the coast\n"
        "Business\nCouncil approves the new bridge over the river\n25.11.2025, 11:20\n",
        # German heading, entries with the time first
        "Beispielfunk\nNachrichten\nAktuelle Beiträge\n"
        "09:15 Zwei Häfen einigen sich auf einen gemeinsamen Fahrplan\n"
        "08:02 Regionale Fluglinie fliegt bald auch an die Küste\n"
        "Rat billigt die neue Brücke über den Fluss\n25.11.2025, 11:20\n",
        # a menu of one-word entries ending in a two-word entry over the header's date
        "Example Wire\nHome\nMarkets\nEnergy\nSport\nTrade Flows\nNov 26, 2025  Wed\n"
        "Economy\nCouncil approves the new bridge over the river\n11/24/2025 3:42 AM\n",
        # Russian menu, the region's entry among the one-word ones
        "Пример\nНовости\nАналитика\nРегионы\nСеверный Край\nАрктика\n29 ноября 2025\n"
        "Council approves the new bridge over the river\n21 ноября 2025 14:20\n",
    ],
)
def test_list_heading_and_menu_entry_are_no_author(header: str) -> None:
    art = articles_of("paste.txt", _paste(header))[0]
    assert art.author == ""
    assert art.body.startswith("The city council approved")


def test_name_under_headline_over_stamp_still_the_author() -> None:
    header = (
        "Example Radio\nNews\nCouncil approves the new bridge over the river\n"
        "Jane Doe\n25.11.2025, 11:20\n"
    )
    assert articles_of("paste.txt", _paste(header))[0].author == "Jane Doe"


@pytest.mark.parametrize(
    "line",
    [
        "By Example Wire Staff Writer",
        "By the Example Post Newsroom",
        "Von der Wirtschaftsredaktion",
        "Автор: Редакция сайта",
        "By Web Desk",
    ],
)
def test_staff_or_desk_byline_names_no_person(line: str) -> None:
    assert author_of_line(line) == ""


@pytest.mark.parametrize(
    ("line", "name"),
    [("By Stafford Teamer", "Stafford Teamer"), ("By Jane Doe, Staff Writer", "Jane Doe")],
)
def test_person_byline_kept(line: str, name: str) -> None:
    assert author_of_line(line) == name


def test_name_under_share_buttons_over_its_role_still_the_author() -> None:
    header = (
        "Example News\nHome\nBusiness\nCouncil approves the new bridge over the river\n"
        "1 May 2025\nShare\nSave\nJane Doe\nBusiness reporter, Example News\n"
    )
    assert articles_of("paste.txt", _paste(header))[0].author == "Jane Doe"
