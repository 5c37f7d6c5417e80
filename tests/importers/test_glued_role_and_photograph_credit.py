"""A printed page's byline and caption: the role run into the name, 'Photograph:' credits.

Printing a page to PDF runs the byline's two lines into one ("Jane Doe Social affairs
correspondent": the name is the author, the role is not), and a caption ends in its
credit as "Photograph: Name/Agency" (a caption, never the headline).
"""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_caption
from app.importers.byline import author_of_line
from app.model import Extracted

PAGE = """Environment
Water board raises tariffs after two dry summers
Reservoirs at record lows force the utility to buy water from its neighbours
Jane Doe Environment correspondent
Wed 19 Nov 2025 18.30 GMT
The reservoir near Northfield in October. Photograph: John Smith/Example Pictures
The Northfield Water Board will raise its tariffs by six per cent from January, its \
chairman said on Monday, after two dry summers cut the reservoirs to record lows.
Households using an average amount of water will pay about 40 pounds more a year, and \
the extra money will go to repairing leaking pipes across the whole district.
"""


def test_name_with_its_role_run_in() -> None:
    assert author_of_line("Jane Doe Social affairs correspondent") == "Jane Doe"
    assert author_of_line("Jane Doe Business reporter") == "Jane Doe"
    assert author_of_line("Jane Doe") == ""
    assert author_of_line("The Chief Political Editor") == ""
    assert author_of_line("Consumer Affairs Correspondent") == ""


def test_photograph_credit_ends_a_caption() -> None:
    assert is_caption("A flooded street in York. Photograph: Jane Doe/Example Agency")


def test_printed_page_byline_and_caption() -> None:
    [item] = extract("page.txt", PAGE.encode())
    assert isinstance(item, Extracted)
    art = item.article
    assert art.title == "Water board raises tariffs after two dry summers"
    assert art.author == "Jane Doe"
    assert art.body.startswith("The Northfield Water Board will raise")
    assert "Photograph" not in art.body
