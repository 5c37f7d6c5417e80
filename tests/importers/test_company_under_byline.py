"""The company line under a "By …" byline ("Example Media Group") names the author's
employer: page chrome, never the title, which stays the headline above the date."""

from __future__ import annotations

from app.importers import extract
from app.model import Extracted

_TEXT = (
    "Farmers in the valley have rejected the price offered by the cereals board, saying "
    "it does not cover the cost of seed, fertiliser and labour this season.\n"
    "Hundreds of growers gathered at the depot on Saturday and said they would hold on "
    "to their grain rather than sell it at a loss to the board.\n"
    "Officials said the price was set according to market conditions.\n"
)


def test_company_line_under_the_byline_is_not_the_title() -> None:
    text = (
        "Example\nHome\nNews\nBusiness\n"
        "Growers reject cereal board price as harvest glut looms\n"
        "Monday, November 24, 2025\nBy Jane Example\nExample Media Group\n" + _TEXT
    )
    items = extract("a.txt", text.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    art = items[0].article
    assert art.title == "Growers reject cereal board price as harvest glut looms"
    assert art.author == "Jane Example"
    assert art.body.startswith("Farmers in the valley")
