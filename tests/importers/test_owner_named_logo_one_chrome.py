"""A logo the copyright owner's name begins with ("Examplr" over "© Examplr Holdings
Corporation") is the brand with only one menu word under it; another first line with
one menu word under it is not."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import masthead_brand


def test_owner_named_logo_over_a_short_menu() -> None:
    lines = ["Examplr", "News", "Harbour Towns", "Regions"]
    assert masthead_brand(lines, is_boilerplate, "Examplr Holdings") == "Examplr"


def test_other_first_line_over_a_short_menu_is_no_logo() -> None:
    lines = ["Northport", "News", "Harbour Towns", "Regions"]
    assert masthead_brand(lines, is_boilerplate, "Examplr Holdings") == ""
