"""An outlet's evening digest whose items each close with the writer's byline and the
time under the text ('By Jane Doe • December 1 2026, 3.45pm'), a sponsor's box between."""

from __future__ import annotations

from email.message import EmailMessage

from app.importers import extract
from app.model import Extracted

_ITEMS = [
    (
        "Harbour",
        "Harbour bridge to close overnight for resurfacing works",
        "The harbour bridge will close to traffic overnight for two weeks in February while "
        "the deck is resurfaced. Drivers will be diverted through the town centre.",
        "By Jane Sample &bull; December 1 2026, 3.45pm",
    ),
    (
        "Schools",
        "New primary school in the west end opens its doors",
        "Pupils moved into the new primary school in the west end on Monday, two months "
        "later than planned after delays to the roof of the sports hall.",
        "By John Example &bull; November 30 2026, 6.20pm",
    ),
    (
        "Sport",
        "Town manager backs young striker to end his goal drought",
        "The manager has insisted his young striker will come good again, despite a run of "
        "six matches without a goal ahead of Saturday's derby.",
        "By Mary Example &bull; December 1 2026, 1.15pm",
    ),
]


def _digest() -> bytes:
    html = ["<html><body><table><tr><td><img src='https://courier.example/logo.png'>"]
    html.append("<p>Evening Briefing &middot; Tuesday December 1 2026</p></td></tr>")
    html.append("<tr><td>Good evening. Here is what has been making the news today.</td></tr>")
    for n, (desk, head, text, byline) in enumerate(_ITEMS):
        link = f"https://courier.example/news/{n}/"
        html.append(f"<tr><td><a href='https://courier.example/news/'>{desk}</a>")
        html.append(f"<h3><a href='{link}'>{head}</a></h3><p>{text}</p><p>{byline}</p></td></tr>")
        if n == 0:
            html.append("<tr><td><p>SPONSORED</p><p>Win a weekend for two at a spa hotel</p>")
            html.append("<a href='https://ad.example/'>Enter now</a></td></tr>")
    html.append("<tr><td>Unsubscribe | Privacy policy</td></tr></table></body></html>")
    msg = EmailMessage()
    msg["From"] = "The Example Courier <newsletters@courier.example>"
    msg["To"] = "reader@example.org"
    msg["Subject"] = "Evening Briefing: bridge closure, new school and the derby"
    msg["Date"] = "Tue, 01 Dec 2026 17:30:00 +0000"
    msg.set_content("".join(html), subtype="html")
    return bytes(msg)


def test_closing_bylines_are_their_items() -> None:
    items = [i.article for i in extract("d.eml", _digest()) if isinstance(i, Extracted)]
    assert [a.title for a in items] == [i[1] for i in _ITEMS]
    assert [a.author for a in items] == ["Jane Sample", "John Example", "Mary Example"]
    days = [a.published for a in items]
    assert all(days)
    stamps = [(d.day, d.hour, d.minute) for d in days if d is not None]
    assert stamps == [(1, 15, 45), (30, 18, 20), (1, 13, 15)]
    assert "Win a weekend" not in items[0].body
