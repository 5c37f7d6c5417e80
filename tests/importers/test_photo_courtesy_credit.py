"""A caption ending in a courtesy credit ("… Photo courtesy of PCG") leaves the text; a
sentence of the story that mentions a photo's courtesy and ends in its full stop stays."""

from __future__ import annotations

from app.importers.boilerplate import is_caption


def test_caption_with_a_courtesy_credit() -> None:
    assert is_caption(
        "FLOODED. Residents wade through a street in Northport. Photo courtesy of NDRA"
    )
    assert is_caption("Volunteers load relief goods. Image courtesy of the Red Cross")


def test_sentence_ending_in_a_full_stop_stays() -> None:
    assert not is_caption("The museum published the photo courtesy of a private collector.")
