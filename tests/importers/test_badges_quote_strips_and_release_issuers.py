"""A byline's badge, a market strip of quotes, a stamp's label, a wire release's issuer.

- a badge icon's alt text under the byline ("Verified Example Staff Badge") is chrome:
  never the headline, and the rubric over the headline still names the desk;
- "Name, Example Staff" is a byline; "Posted Tue, Dec 2, 2025 …" names nobody;
- a strip of several index quotes with signed changes is a ticker, never the headline;
- a release that a wire carried ("(ots)", "/Example Newswire/") is its issuer's, by the
  closing "SOURCE X" or "Original-Content von: X, übermittelt durch …" line;
- comment buttons with counts ("Reply (3)") and a local portal's update pitch are chrome.
"""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line, stamp_byline
from app.importers.compose import _is_ticker, release_issuer
from tests.importers.makers import article_of

TEXT = (
    "The council voted on Monday night to extend the opening hours of all public libraries "
    "in the district from next spring, after a long campaign by parents and students."
)

BADGE_PAGES = [
    (
        "Schools",
        "Riverside Board Votes To Extend Library Hours",
        "Jane Miller, Riverbank Staff",
        "Verified Riverbank Staff Badge",
        "Posted Tue, Dec 2, 2025 at 3:14 pm ET",
        "Jane Miller",
    ),
    (
        "Politics",
        "County Approves New Bus Routes For Winter",
        "Tom Baker, Courier Staff",
        "Staff Badge",
        "Posted Wed, Nov 12, 2025 at 9:02 am ET",
        "Tom Baker",
    ),
    (
        "Sport",
        "Local Rowing Club Wins Regional Title Again",
        "Ann Lee, Valley Staff",
        "Verified Author Badge",
        "Published Fri, Oct 3, 2025 at 6:40 pm ET",
        "Ann Lee",
    ),
]


@pytest.mark.parametrize(("desk", "title", "byline", "badge", "stamp", "author"), BADGE_PAGES)
def test_badge_under_byline_is_chrome(desk, title, byline, badge, stamp, author):
    page = "\n".join(
        [
            "Riverbank",
            "News Feed",
            "Log in",
            "",
            desk,
            "",
            title,
            "",
            byline,
            badge,
            stamp,
            "",
            TEXT,
            "",
            TEXT.replace("council", "board"),
        ]
    )
    art = article_of(page)
    assert art.title == title
    assert art.author == author
    assert art.section == desk
    assert badge not in art.body


def test_badge_lookalikes_stay():
    assert is_boilerplate("Verified Example Staff Badge")
    assert not is_boilerplate("Scouts from three towns earn their first merit badge")
    assert not is_boilerplate("Police Officer Returns Lost Badge")


def test_name_comma_outlet_staff_and_stamp_label():
    assert author_of_line("Jane Miller, Example Staff") == "Jane Miller"
    assert author_of_line("Anna Berg, Example Zeitung Staff") == "Anna Berg"
    assert stamp_byline("Posted Tue, Dec 2, 2025 at 3:14 pm ET") == ""
    assert stamp_byline("Published Mon, Nov 3, 2025 at 8:00 am") == ""
    assert stamp_byline("Jane Miller, 25.11.2025, 13:40") == "Jane Miller"  # look-alike kept


@pytest.mark.parametrize(
    "line",
    [
        "DJIA 47,716.42 +0.39%   S&P 500 6,849.09 +0.25%   Nasdaq 23,365.69 +0.36%",
        "DAX 23.412,55 +0,84%  MDAX 29.804,15 -0,21%  TecDAX 3.611,02 +1,10%",
        "IMOEX 2 741,3 −0,52%  RTSI 1 102,8 +0,31%",
    ],
)
def test_market_strip_is_ticker(line):
    assert _is_ticker(line)


def test_headline_with_percent_is_no_ticker():
    assert not _is_ticker("Example Corp shares jump 12% after results beat forecasts by 3%")


def test_market_strip_is_never_the_headline():
    page = "\n".join(
        [
            "Example Markets",
            "Sign In",
            "",
            "DAX 23.412,55 +0,84%  MDAX 29.804,15 -0,21%  TecDAX 3.611,02 +1,10%",
            "",
            "Beispiel AG meldet Rekordumsatz im dritten Quartal",
            "",
            "03.12.2025, 08:00",
            "",
            "Die Beispiel AG hat im dritten Quartal so viel umgesetzt wie nie zuvor, teilte das "
            "Unternehmen am Mittwoch in Hamburg mit. Der Umsatz stieg um zwölf Prozent.",
            "",
            "Im Gesamtjahr rechnet der Vorstand mit einem weiteren Anstieg des Gewinns.",
        ]
    )
    assert article_of(page).title == "Beispiel AG meldet Rekordumsatz im dritten Quartal"


RELEASES = [
    (
        "Greenfield Robotics Opens New Plant in Ohio",
        "DAYTON, Ohio, Dec. 3, 2025 /PRNewswire/ -- Greenfield Robotics, a maker of warehouse "
        "robots, today announced the opening of its new plant in Dayton, Ohio.",
        "SOURCE Greenfield Robotics",
        "Greenfield Robotics",
        "en",
    ),
    (
        "Stadtwerke Beispielstadt senken Strompreis zum Januar",
        "Beispielstadt (ots) - Die Stadtwerke Beispielstadt senken zum 1. Januar den Strompreis "
        "für Haushaltskunden um durchschnittlich acht Prozent, teilte das Unternehmen mit.",
        "Original-Content von: Stadtwerke Beispielstadt, übermittelt durch news aktuell",
        "Stadtwerke Beispielstadt",
        "de",
    ),
    (
        "Northwind Foods Reports Record Third Quarter",
        "CHICAGO, Nov. 20, 2025 /PRNewswire/ -- Northwind Foods, Inc. today reported record "
        "revenue for its third quarter, driven by strong demand for frozen meals.",
        "SOURCE Northwind Foods, Inc.",
        "Northwind Foods, Inc.",
        "en",
    ),
]


@pytest.mark.parametrize(("title", "opener", "closing", "issuer", "lang"), RELEASES)
def test_wire_release_is_its_issuers(title, opener, closing, issuer, lang):
    more = (
        "Weitere Einzelheiten nannte das Unternehmen nicht, die Preise gelten ab sofort."
        if lang == "de"
        else "The company said the new figures would be discussed with investors next week."
    )
    page = "\n".join(["Example Portal", "Markets", "", title, "", opener, "", more, "", closing])
    art = article_of(page)
    assert art.source == issuer
    assert art.author == ""
    assert closing not in art.body


def test_release_issuer_lookalikes():
    assert release_issuer(["Source: Example Times, 24.11.2025"]) == ""  # a clipping's label
    assert release_issuer(["SOURCES said the talks had failed."]) == ""
    origin = "Original-Content von: Beispiel AG, übermittelt durch news aktuell"
    assert release_issuer([origin]) == "Beispiel AG"


def test_comment_buttons_and_update_pitch():
    assert is_boilerplate("Reply (3)")
    assert is_boilerplate("Ответить (2)")
    pitch = "Find out what's happening in Riverside with free, real-time updates from Example."
    assert is_boilerplate(pitch)
    assert not is_boilerplate("Find out what's happening in the budget talks, the mayor said.")
