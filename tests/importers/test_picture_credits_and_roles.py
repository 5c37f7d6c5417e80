"""Picture-agency credits (a bare "Getty Images" over the caption, "(PA)" closing it) and a
byline's role line under the name ("Business reporter, Example News")."""

from __future__ import annotations

from app.importers.boilerplate import is_caption
from app.importers.byline import role_line
from app.importers.compose import compose


def test_bare_picture_agency_line_is_a_credit() -> None:
    assert is_caption("Getty Images")
    assert is_caption("Bloomberg via Getty Images")
    assert not is_caption("Reuters")  # also a text agency: its credit names the source


def test_picture_agency_closing_a_caption_without_full_stop() -> None:
    assert is_caption("Commuters wait for a delayed train at a London station (PA)")
    assert not is_caption("The rail operator said it would cut fares next year. (AFP)")
    assert not is_caption("Rules set by the Environmental Protection Agency (EPA)")


def test_role_line_needs_capitalised_words_before_the_role() -> None:
    assert role_line("Economics correspondent, Example News")
    assert role_line("Senior Markets Reporter")
    assert not role_line("Meet the war correspondent")


def test_caption_under_bare_credit_is_not_the_title_and_role_gives_the_author() -> None:
    text = (
        "Home\nNews\nBusiness\n"
        "Car sales fall for a third month as buyers wait for cheaper models\n"
        "4 June 2025\n"
        "Share\n"
        "Ann Carter\n"
        "Business reporter, Example News\n"
        "Getty Images\n"
        "Dealers said many buyers were holding off until autumn\n"
        "New car sales fell for the third month in a row in May, as buyers held off purchases "
        "while they waited for cheaper electric models, figures from the industry body show.\n"
    )
    art = compose(text, ())
    assert art.title == "Car sales fall for a third month as buyers wait for cheaper models"
    assert art.author == "Ann Carter"
    assert art.body.startswith("New car sales fell")


def test_byline_name_is_not_cut_at_its_own_hyphen() -> None:
    from app.importers.byline import author_of_line

    assert author_of_line("By Park Ji-won | May 12, 2025") == "Park Ji-won"
    # no "Park Ji": a hyphen inside a word is no separator (the byline's link gives the name)
    assert author_of_line("By Park Ji-won Published : May 12, 2025") == ""
    assert author_of_line("Von Anna Berg - dpa") == "Anna Berg"
