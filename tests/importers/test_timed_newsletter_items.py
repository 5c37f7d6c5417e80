"""An evening newsletter laid out in table cells: each cell holds a quote kicker, the
headline link, the time the story went online ("18:05"), a teaser and a "Read more" link.
The cell's own text is read where it stands (the headline before the time, "Read more"
after the teaser), each item is an article dated by its time on the issue's day, and a
quote over the headline is its kicker, not a section."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.importers.html import parse_html
from app.importers.newsletter import html_blocks
from app.model import Extracted

_TEASERS = [
    "The operator will add four late-night services on every Saturday until Christmas, with "
    "the last train leaving the city centre after midnight, a spokesperson said on Wednesday.",
    "The owners of the bakery said the shop would serve its last customers on Saturday, "
    "ending more than six decades of trading after two floods and rising energy costs.",
]


def _cell(kicker: str, headline: str, clock: str, teaser: str) -> str:
    return (
        f"<tr><td><div style='font-weight:bold'>{kicker}</div>"
        f"<a href='https://news.example/{clock}'>{headline}</a>"
        f"<div style='color:#888'>{clock}</div><p>{teaser}</p>"
        f"<a href='https://news.example/{clock}'>Read more ›</a></td></tr>"
    )


_HTML = (
    "<html><body><table><tr><td>EXAMPLE Evening</td></tr>"
    "<tr><td>Wednesday 26 November 2025</td></tr>"
    "<tr><td>Good evening. Here are the stories people are reading tonight.</td></tr>"
    + _cell("'A REAL DIFFERENCE'", "Rail operator to run extra late trains", "18:05", _TEASERS[0])
    + _cell("'WE'RE DEVASTATED'", "Bakery that survived two floods closes", "17:40", _TEASERS[1])
    + "<tr><td>You are receiving this email because you signed up. Unsubscribe</td></tr>"
    "</table></body></html>"
)


def test_a_cells_own_text_is_read_where_it_stands() -> None:
    texts = [b.text for b in html_blocks(parse_html(_HTML).find("body"))]
    at = texts.index("Rail operator to run extra late trains")
    assert texts[at - 1 : at + 4] == [
        "'A REAL DIFFERENCE'",
        "Rail operator to run extra late trains",
        "18:05",
        _TEASERS[0],
        "Read more ›",
    ]


def test_items_dated_by_their_time_on_the_issues_day() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Example Echo <news@example.org>", "me@example.org"
    msg["Subject"], msg["Date"] = "EXAMPLE Evening", "Wed, 26 Nov 2025 18:30:04 +0000"
    msg.set_content(_HTML, subtype="html")
    items = [i.article for i in extract("evening.eml", bytes(msg)) if isinstance(i, Extracted)]
    assert [a.title for a in items] == [
        "Rail operator to run extra late trains",
        "Bakery that survived two floods closes",
    ]
    assert [a.published for a in items] == [
        datetime(2025, 11, 26, 18, 5),
        datetime(2025, 11, 26, 17, 40),
    ]
    assert [a.section for a in items] == ["", ""]
    assert items[0].source == "Example Echo"
    assert items[0].body.startswith("The operator will add") and "Read more" not in items[0].body
