"""A stated site name with the outlet's motto after a colon or dash ("Example Monitor: The
region's leading independent news source") is the name before it."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.sitename import without_motto
from app.model import Extracted
from tests.importers.makers import ARTICLE_HTML


@pytest.mark.parametrize(
    ("stated", "name"),
    [
        ("Example Monitor: The region's leading independent news source", "Example Monitor"),
        ("Harbour Post – the voice of the coast since 1990", "Harbour Post"),
        ("Example Monitor", "Example Monitor"),
        ("Rail News - Freight Desk", "Rail News - Freight Desk"),  # two names, no motto
        ("BBC News: Home", "BBC News: Home"),
    ],
)
def test_motto_after_the_name_is_dropped(stated: str, name: str) -> None:
    assert without_motto(stated) == name


def test_page_source_without_the_motto() -> None:
    page = (
        '<html lang="en"><head><meta property="og:site_name" content="Example Monitor: The '
        "region's leading independent news source since 2012\">"
        '<meta property="og:title" content="Rail volumes at a record"></head><body><article>'
        f"<h1>Rail volumes at a record</h1>{ARTICLE_HTML}</article></body></html>"
    )
    items = extract("page.html", page.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    assert items[0].article.source == "Example Monitor"
