"""News portals pasted whole (blind batch 169): a place in capitals before an agency's
one-word credit and a colon, a two-word place in ordinary case before a dash, a stamp with
"on" before the day, a name glued to its role and a menu glued when copied, a picture
service's credit over a caption over the dateline, a reporter who "reports from" a ground, a
closing byline with the post under it, an "&" entry of a menu row, a podcast pitch."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import boilerplate as bp
from app.importers.agency import bare_dateline, parse_dateline
from app.importers.byline import author_of_line, role_line
from app.importers.compose import compose, is_credit_line
from app.importers.dates import parse_date
from app.importers.profiles import default_profiles
from app.importers.sections import in_menu_row, plain_section
from tests.importers.makers import NEWS_MORE, NEWS_TEXT

_DE = (
    "Die Stadt baut bis zum Sommer zwei neue Radwege am Ufer, teilte das Bauamt am Dienstag "
    "mit. Die Kosten liegen bei rund drei Millionen Euro, den Großteil zahlt das Land.\n"
    "Mit den Arbeiten soll im Frühjahr begonnen werden, wenn die Witterung es zulässt; die "
    "Anwohner werden vorher in einer Versammlung über die Pläne informiert.\n"
)


@pytest.mark.parametrize(
    ("line", "place", "credit"),
    [
        (
            "KABUL (Exampla): The country's trade with its northern neighbour reached more "
            "than $1 billion in the first eleven months of the year.",
            "Kabul",
            "Exampla",
        ),
        (
            "NAIROBI (KXA): The county government has started handing out seeds to farmers "
            "ahead of the long rains this season.",
            "Nairobi",
            "KXA",
        ),
        (
            "DHAKA, Dec 2 (Samplenews): The central bank kept its policy rate unchanged on "
            "Tuesday, citing stubborn food prices across the country.",
            "Dhaka",
            "Samplenews",
        ),
    ],
)
def test_a_place_in_capitals_and_a_one_word_credit_before_a_colon(
    line: str, place: str, credit: str
) -> None:
    found = parse_dateline(line, ())
    assert found is not None and (found.place, found.agency) == (place, credit)


def test_a_cased_speaker_or_a_short_line_before_a_colon_is_no_dateline() -> None:
    assert (
        parse_dateline(
            "Smith (Labour): I would like to ask the minister whether "
            "the government will publish the report before the recess",
            (),
        )
        is None
    )
    assert parse_dateline("KABUL (Exampla): short note", ()) is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Beaver Creek – Der Österreicher fuhr bei der Abfahrt aufs Podest.", "Beaver Creek"),
        ("Santa Clara — The chipmaker said on Tuesday it would cut 2,000 jobs.", "Santa Clara"),
        ("Wiener Neustadt – Die Stadt hat am Montag den Haushalt beschlossen.", "Wiener Neustadt"),
        ("Нижний Новгород — Власти города заявили о ремонте моста.", "Нижний Новгород"),
    ],
)
def test_a_two_word_place_in_ordinary_case_before_a_dash(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    "line",
    [
        "Gute Nachricht – Die Stadt hat am Montag den Haushalt beschlossen.",
        "Good News – The city will open two new libraries next year.",
        "Das Ende. Die Stadt hat am Montag den Haushalt beschlossen.",
    ],
)
def test_a_phrase_of_two_cased_words_before_a_dash_is_no_place(line: str) -> None:
    assert bare_dateline(line) is None


def test_a_stamp_with_on_before_the_day() -> None:
    assert parse_date("7:15 AM CST on Dec 1, 2025").replace(tzinfo=None) == datetime(
        2025, 12, 1, 7, 15
    )
    assert parse_date("9:05 pm on March 3, 2025") == datetime(2025, 3, 3, 21, 5)
    assert parse_date("18:30 on 4 November 2025") == datetime(2025, 11, 4, 18, 30)
    assert parse_date("Meeting on Dec 1, 2025") == datetime(2025, 12, 1)  # no time


def test_a_neighbourhood_portal_header_with_the_stamp_on_the_day() -> None:
    text = (
        "Example Club News\n"
        "Become a Member  Donate  Newsletters\n"
        "Neighborhoods  Politics  Arts & Culture  Food & Drink  Transportation\n"
        "Arts & Culture\nNorthside, Lakeview\n"
        "Old Riverside Cinema Gets Money To Restore Its Grand Lobby\n"
        "The grant pays for the ceiling and the staircase. A reopening is years away.\n"
        "Jane Roe\n7:15 AM CST on Dec 1, 2025\n"
        "Volunteers lead a tour inside the cinema. Credit: John Doe/Example Club News\n"
        f"NORTHSIDE — {NEWS_TEXT}\n{NEWS_MORE}\n"
        'Listen to "All Fine: An Example Club Podcast" here.\n'
    )
    art = compose(text, default_profiles())
    assert art.title == "Old Riverside Cinema Gets Money To Restore Its Grand Lobby"
    assert art.published.replace(tzinfo=None) == datetime(2025, 12, 1, 7, 15)
    assert (art.author, art.dateline, art.section) == ("Jane Roe", "Northside", "Arts & Culture")
    assert "Podcast" not in art.body


def test_an_ampersand_entry_of_a_menu_row() -> None:
    row = "News Sport Food & Drink Travel Money"
    assert in_menu_row("Food & Drink", row)
    assert in_menu_row("Essen & Trinken", "Politik Essen & Trinken Reise Geld")
    assert not in_menu_row("Food & Drink", "Food & Drink")  # the label alone, no row
    assert not in_menu_row("Art & Design", row)


def test_glued_crumbs_give_the_deepest() -> None:
    assert plain_section("NewsExampleton News") == "Exampleton News"
    assert plain_section("SportFootball") == "Football"
    assert plain_section("НовостиЭкономика") == "Экономика"
    assert plain_section("YouTube") == "YouTube"  # a brand's inner capital


def test_a_city_portal_with_glued_menu_crumbs_and_byline_box() -> None:
    text = (
        "Exampleton Live\n"
        "NewsSportWhat's OnFood & DrinkPropertyIn Your Area\n"
        "NewsExampleton News\n"
        "Council sets out plan to close two libraries and cut opening hours\n"
        "Campaigners say parts of the east would be left without a library nearby\n"
        "Jane RoeLocal Democracy Reporter\n"
        "07:00, 6 DEC 2025Updated09:15, 6 DEC 2025\n"
        "Bookmark\nComments (27)\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
        "Join the Exampleton Live WhatsApp community for the latest news\n"
        "Follow Exampleton Live\n"
        "© 2025 a Example plc subsidiary\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "Council sets out plan to close two libraries and cut opening hours"
    assert (art.source, art.section, art.author) == (
        "Exampleton Live",
        "Exampleton News",
        "Jane Roe",
    )
    assert "Reporter" not in art.body


def test_a_picture_service_credit() -> None:
    assert is_credit_line("epd-bild/Jane Roe")
    assert is_credit_line("Example-Foto / Max Muster")
    assert is_credit_line("РИА-фото/Иван Петров")
    assert not is_credit_line("Politik/Wirtschaft")


def test_a_caption_under_a_picture_credit_over_the_dateline_is_no_title() -> None:
    text = (
        "example.de\nMenü\nSuche\nStartseite > Journal > Kirche\nSozialverband\n"
        "Diakonie warnt vor Kürzungen bei der Beratung\n"
        "Artikel vorlesen lassen\n00:00 / 02:58\n01.12.2025\n"
        "xyz-bild/Jana Muster\n"
        "Die Diakonie fordert eine verlässliche Finanzierung der Beratungsstellen.\n"
        f"Hannover (epd). {_DE}"
    )
    art = compose(text, default_profiles())
    assert art.title == "Diakonie warnt vor Kürzungen bei der Beratung"
    assert art.dateline == "Hannover"
    assert art.body.startswith("Hannover (epd). Die Stadt")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Roe reports from the Example Stadium", "Jane Roe"),
        ("Anna Berg berichtet aus Kiew", "Anna Berg"),
        ("Иван Петров сообщает из Киева", "Иван Петров"),
    ],
)
def test_a_reporter_reports_from_a_place(line: str, name: str) -> None:
    assert author_of_line(line) == name


def test_a_body_that_reports_from_is_no_byline() -> None:
    assert author_of_line("Police reports from the weekend show a rise in burglaries") == ""


def test_a_german_post_before_its_desk_is_a_role() -> None:
    assert role_line("Redakteurin Buchhandel")
    assert role_line("Korrespondent Wirtschaft")
    assert not role_line("Redakteur Max Muster")  # the post before a name


def test_a_closing_byline_with_the_post_under_it() -> None:
    text = (
        "Example Blatt\nBranche\nBuchhandel\n"
        "Unabhängige Buchhandlungen melden starken Start in den Advent\n"
        "03.12.2025 · Lesezeit: 3 Min.\n"
        f"{_DE}"
        "Jana Muster\nRedakteurin Buchhandel\nSchlagworte\n"
        "© 2025 Example GmbH\n"
    )
    art = compose(text, default_profiles())
    assert art.author == "Jana Muster"
    assert "Redakteurin" not in art.body and "Jana Muster" not in art.body


def test_a_podcast_named_in_quotes_is_a_pitch() -> None:
    assert bp.is_boilerplate('Listen to "All Fine: An Example Club Podcast" here.')
    assert bp.is_boilerplate("Hören Sie „Die Lage – der Example-Podcast“ hier.")
    assert bp.is_boilerplate("Слушайте «Утро: подкаст Example» здесь")
    assert not bp.is_boilerplate(
        'Listen to "Yesterday" by the Beatles, she said, and you will understand the whole '
        "podcast episode today."
    )
