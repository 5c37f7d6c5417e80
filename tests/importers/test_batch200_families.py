"""Blind batch 200's families of misses, on fictional inputs unlike the batch's files.

A publishing house's logo over its paper's name, and a listed paper's short name over its
full one, give the paper's name; a wire byline in capitals runs its affiliation on with no
comma; a picture credited to an archive ('Name, Wire file') is no headline's neighbour to
take for text; more teaser markers, list headings and a comment box's gate are chrome.
"""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_footer, is_teaser
from app.importers.byline import author_of_line
from app.importers.compose import is_credit_line
from app.importers.outlets import Gazetteer, Outlet, listed_name_under_logo

from .makers import article_of, paste

_DE = (
    "Die Gemeinde will das alte Hallenbad bis 2027 durch einen Neubau ersetzen. Das hat der "
    "Gemeinderat am Dienstagabend nach langer Debatte mit deutlicher Mehrheit beschlossen.",
    "Die Kosten schätzt die Verwaltung auf rund 14 Millionen Euro. Ein Teil soll aus einem "
    "Förderprogramm des Landes kommen, den Rest muss die Gemeinde über Kredite finanzieren.",
    "Während der Bauzeit sollen Schulen und Vereine auf das Bad der Nachbarstadt ausweichen, "
    "für den Transport der Schulklassen will die Gemeinde eigens Busse einsetzen.",
)
_EN = (
    "The state will more than double the area treated with controlled burns next year after "
    "a dry spring in which fires destroyed dozens of homes, officials said Tuesday.",
    "The forestry agency wants lawmakers to approve about $4 million for more crews and "
    "equipment, and a cost-share programme for ranchers who burn their own land.",
    "Some lawmakers questioned whether the state could find enough trained staff, saying "
    "volunteer fire departments in rural counties were already stretched thin.",
)


# --- the paper's name under its publisher's or its short name's logo ----------------------


def test_publishers_logo_over_the_papers_name_gives_the_paper() -> None:
    art = article_of(
        paste(
            "Beispiel Medien",
            "Musterländer Landeszeitung",
            "Donnerstag, 5. März 2026",
            "Login",
            "Abo",
            "Startseite > Lokales > Musterdorf",
            "Neues Hallenbad soll 2027 öffnen",
            "Von Anna Berg",
            "4. März 2026 | 18:20 Uhr",
            *_DE,
            "Impressum | Datenschutz",
            "© 2026 Beispiel Medien GmbH & Co. KG, Musterstadt",
        )
    )
    assert art.source == "Musterländer Landeszeitung"


def test_listed_short_name_over_the_full_name_gives_the_listed_name() -> None:
    gaz = Gazetteer([Outlet(name="Musterländer Volkszeitung", aliases=("MVZ",))])
    head = ["MVZ", "Musterländer Volkszeitung", "Mittwoch, 4. März 2026"]
    assert listed_name_under_logo(head, "MVZ", gaz) == "Musterländer Volkszeitung"
    # the full name not printed under the logo: the logo stays
    assert listed_name_under_logo(["MVZ", "Login", "Abo"], "MVZ", gaz) == ""


# --- a wire byline in capitals with its affiliation run on ------------------------------------


def test_wire_byline_in_capitals_with_its_affiliation_run_on() -> None:
    assert author_of_line("By JANE ROE Associated Press") == "Jane Roe"
    assert author_of_line("By JANE ROE The Example Times") == "Jane Roe"


# --- an archive picture's credit ------------------------------------------------------------


def test_archive_picture_credit_is_a_credit_line() -> None:
    assert is_credit_line("Jane Roe, Associated Press file")
    assert is_credit_line("John Doe, Example World file photo")
    assert not is_credit_line("Jane Roe, Associated Press")  # a byline's wire, no picture


def test_caption_over_an_archive_credit_leaves_the_headline() -> None:
    art = article_of(
        paste(
            "Example World",
            "News",
            "Local",
            "State",
            "Politics",
            "State",
            "State to expand controlled burns after a dry spring",
            "By JOHN DOE Associated Press",
            "Mar 3, 2026",
            "A firefighter watches a controlled burn near a ranch in March. The state plans to "
            "double the area treated next year.",
            "Jane Roe, Associated Press file",
            f"EXAMPLE CITY (AP) — {_EN[0]}",
            *_EN[1:],
        )
    )
    assert art.title == "State to expand controlled burns after a dry spring"
    assert art.author == "John Doe"


# --- chrome -----------------------------------------------------------------------------------


def test_more_teaser_markers_list_headings_and_comment_gate() -> None:
    assert is_teaser("Auch lesenswert: Neues Hallenbad verzögert sich")
    assert is_teaser("Recommended reading:")
    assert is_footer("Похожие материалы")
    assert is_boilerplate("Um zu kommentieren, melden Sie sich bitte an.")
