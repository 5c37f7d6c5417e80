"""What a page shows around its headline in plain elements: a stamp in an unnamed <div>
under the <h1>, a byline in a "writer" element with a hyphenated name, a "post-cat" label."""

from __future__ import annotations

from datetime import datetime

from app.importers.html import parse_html
from app.importers.htmlmeta import page_meta


def _meta(header: str):
    return page_meta(
        parse_html(
            "<html><head><title>Port traffic falls</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/business'>Business</a></nav>"
            f"<div class='article'>{header}<p>Traffic fell by a tenth.</p></div></body></html>"
        )
    )


def test_stamp_in_a_plain_element_under_the_headline() -> None:
    meta = _meta("<h1>Port traffic falls</h1><div class='info'>12.05.2025, 08:45 Uhr</div>")
    assert meta.published == datetime(2025, 5, 12, 8, 45)


def test_update_stamp_under_the_headline_is_not_the_publication() -> None:
    meta = _meta("<h1>Port traffic falls</h1><div>Aktualisiert 12.05.2025, 08:45 Uhr</div>")
    assert meta.published is None


def test_writer_element_with_a_hyphenated_name() -> None:
    meta = _meta(
        "<h1>Port traffic falls</h1><div class='news_byline'><p class='writer'>By "
        "<a href='/r/1'>Park Ji-won</a></p><p class='date'>Published : May 12, 2025</p>"
        "<p class='date'>Updated : May 12, 2025</p></div>"
    )
    assert meta.author == "Park Ji-won"


def test_abbreviated_category_class_above_the_headline() -> None:
    meta = _meta("<div class='post-cat'><a href='/c/ports'>Ports</a></div><h1>Port traffic</h1>")
    assert meta.section == "Ports"
