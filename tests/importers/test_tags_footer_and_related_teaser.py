"""A bare "Tags" heading over the story's tag words ends the text (the page's footer
follows), a row of legal links ("Privacy Policy | Terms of Use | Contact Us") is chrome,
and a mid-text "Related Article" marker takes its teaser headline with it."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_footer
from app.model import Extracted

_P1 = (
    "The council approved the new bridge over the river on Tuesday after a long debate "
    "about its cost and the traffic it would bring to the old town.\n"
)
_P2 = (
    "Work is due to start in the spring and the bridge should open to traffic within "
    "two years, the mayor told reporters after the vote.\n"
)


def _body(text: str) -> str:
    items = extract("a.txt", text.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    return items[0].article.body


def test_tags_heading_ends_the_text() -> None:
    assert is_footer("Tags") and is_footer("Schlagworte")
    body = _body(f"Council backs new river bridge\n{_P1}{_P2}Tags\nBridges\nTransport\n")
    assert "Tags" not in body and "Transport" not in body
    assert body.rstrip().endswith("after the vote.")


def test_legal_link_row_is_chrome() -> None:
    assert is_boilerplate("Privacy Policy | Terms of Use | Contact Us")
    assert not is_boilerplate("Contact us for a quote today, the company said.")


def test_related_article_marker_takes_its_headline() -> None:
    text = (
        f"Council backs new river bridge\n{_P1}Related Article\n"
        f"Mayor flags new funding model for bridges\n{_P2}"
    )
    body = _body(text)
    assert "Related Article" not in body and "funding model" not in body
    assert "within two years" in body
