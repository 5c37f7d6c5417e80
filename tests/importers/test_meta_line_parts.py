"""A meta line under the headline whose parts stand between middle dots or bars ("By Name ·
November 22, 2025 · 0 Comments", "27.11.2025, 09:48 · Aktualisiert 27.11.2025, 16:20"):
each part is looked at on its own, the first publication's stamp kept."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import ARTICLE_HTML


def _published(meta_line: str) -> datetime | None:
    page = (
        '<html lang="en"><head><title>Example</title></head><body><main>'
        f'<h1>Rail volumes at a record</h1><p class="meta">{meta_line}</p>{ARTICLE_HTML}'
        "</main></body></html>"
    )
    items = extract("page.html", page.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    return items[0].article.published


def test_date_between_byline_and_comment_count() -> None:
    found = _published("By Jane Example and John Sample · November 22, 2025 · 0 Comments")
    assert found is not None and found.date() == datetime(2025, 11, 22).date()


def test_first_stamp_before_the_revision() -> None:
    found = _published("27.11.2025, 09:48 · Aktualisiert 27.11.2025, 16:20")
    assert found == datetime(2025, 11, 27, 9, 48)


def test_revision_first_then_publication() -> None:
    found = _published("Updated 28.11.2025, 16:20 | 27.11.2025, 09:48")
    assert found == datetime(2025, 11, 27, 9, 48)


def test_two_authors_on_a_long_stamp_line() -> None:
    page = (
        '<html lang="en"><head><title>Example</title></head><body><main>'
        "<h1>Rail volumes at a record</h1>"
        '<p class="meta">By Jane Example and John Sample · November 22, 2025 · 0 Comments</p>'
        f"{ARTICLE_HTML}</main></body></html>"
    )
    items = extract("page.html", page.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    assert items[0].article.author == "Jane Example and John Sample"
