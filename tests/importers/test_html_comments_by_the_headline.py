"""Comments beside a page's headline (templates leave "<!-- teaser -->" everywhere).

The stamp readers look at the elements right before and after the one <h1>; a comment there
is no element with text, and reading it as one crashed the import of the whole page.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract

TEXT = (
    "Die Stadt baut eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit. "
    "Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, hieß es weiter. "
) * 4


def _published(body: str) -> datetime | None:
    page = f"<html><head><title>Neue Brücke</title></head><body>{body}</body></html>"
    [item] = extract("page.html", page.encode())
    return item.article.published  # type: ignore[union-attr]


def test_a_comment_between_the_headline_and_its_stamp_is_passed_over() -> None:
    body = (
        f"<h1>Stadt baut neue Brücke</h1><!-- teaser --><div>24. November 2025</div><p>{TEXT}</p>"
    )
    assert _published(body) == datetime(2025, 11, 24)


def test_a_comment_beside_the_headline_of_a_page_dated_by_its_address() -> None:
    # no stated date: the day comes from htmldate, the time from the element by the <h1>
    body = (
        '<link rel="canonical" href="https://example.org/2025/11/24/bruecke.html">'
        f"<!-- header --><span>14:20</span><!-- x --><h1>Stadt baut neue Brücke</h1><!-- y -->"
        f"<p>{TEXT}</p>"
    )
    published = _published(body)
    assert published is not None and published.date() == datetime(2025, 11, 24).date()
