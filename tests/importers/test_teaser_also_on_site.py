"""An inline teaser "Also on <site>: <headline>" between paragraphs is dropped; "Also on
Monday: …" or "Also on the agenda: …" opens a sentence of the text and stays."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_teaser


def test_also_on_site_marker() -> None:
    assert is_teaser("Also on Example Daily: Port traffic rises for a third month")
    assert is_teaser("Also on Example Daily:")
    assert not is_teaser("Also on Monday: the council met again to discuss the budget.")
    assert not is_teaser("Also on the agenda: a new bus line and the school budget.")


def test_also_on_site_teaser_left_out_of_the_body() -> None:
    text = (
        "Harbour traffic grows again\n"
        "The port handled more containers in the third quarter than a year earlier, the "
        "operator said on Friday, citing new shipping lines to Asia.\n"
        "Also on Example Daily: Rail freight volumes fall for a second year\n"
        "Bulk cargo, by contrast, fell by seven percent as two power plants closed.\n"
    )
    art = extract("t.txt", text.encode("utf-8"))[0].article
    assert "Also on Example Daily" not in art.body
    assert "Bulk cargo, by contrast" in art.body
