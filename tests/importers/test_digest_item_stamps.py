"""A monitoring digest's item stamps and a wire's brand before the subject.

A media-monitoring alert prints the outlet and a date line ('Monday 3 March 2025 · City')
over each item's headline: the item's own source, day and desk, not the alert service's
name and sending time. A wire mailed as a text puts its brand before the headline in the
subject ('WIRE: Headline'); the sender or the text's agency stamp names that brand.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.importers.newsletter import item_stamp, without_brand
from app.model import Extracted

TEXT = (
    "The city council on Monday approved a new cycle lane along the harbour road, a "
    "four-kilometre route that residents have demanded for years."
)
MORE = (
    "Works are to start in March and cost about 12 million euros, the mayor's office said, "
    "and parking spaces will be moved to a new garage near the ferry terminal."
)


def _mail(sender: str, subject: str, body: str, subtype: str = "html") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.org", subject
    msg["Date"] = "Wed, 05 Mar 2025 07:00:00 +0000"
    msg.set_content(body, subtype=subtype)
    return bytes(msg)


def test_digest_items_take_their_outlet_day_and_desk_from_their_stamp() -> None:
    def item(outlet: str, stamp: str, head: str) -> str:
        return (
            f"<p>{outlet}</p><p>{stamp}</p><h2>{head}</h2><p>By Jane Holloway</p>"
            f"<p>{TEXT}</p><p>{MORE}</p>"
            '<p><a href="https://example.org/a">Read full article on example.org</a></p>'
        )

    html = (
        "<html><body><p>Monitor Alerts</p><p>Harbour topics – 2 new results</p>"
        "<p>Delivered Wednesday 5 March 2025, 07:00 GMT</p>"
        + item("Harbour Post", "Monday 3 March 2025 · City", "Council approves cycle lane")
        + item("Port Gazette", "Tuesday 4 March 2025 · Business", "Ferry firm adds routes")
        + "<p>You are receiving this alert because you subscribed.</p></body></html>"
    )
    items = extract("alert.eml", _mail("Monitor Alerts <a@monitor.example>", "Alert", html))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.title for a in arts] == ["Council approves cycle lane", "Ferry firm adds routes"]
    assert [a.source for a in arts] == ["Harbour Post", "Port Gazette"]
    assert [a.published for a in arts] == [datetime(2025, 3, 3), datetime(2025, 3, 4)]
    assert [a.section for a in arts] == ["City", "Business"]


def test_item_stamp_needs_outlet_and_date_together() -> None:
    assert item_stamp(["Harbour Post"]).outlet == ""
    assert item_stamp(["City", "Council approves"]).outlet == ""
    stamp = item_stamp(["Harbour Post", "3 March 2025"])
    assert (stamp.outlet, stamp.published, stamp.section) == (
        "Harbour Post",
        datetime(2025, 3, 3),
        "",
    )


def test_wire_brand_before_the_subject_goes() -> None:
    text = "ГОРОД, 24 ноя - ВОЛНА. Добыча газа выросла на 4,2%."
    assert without_brand("ВОЛНА: Добыча газа выросла", "ВОЛНА", "") == "Добыча газа выросла"
    assert without_brand("ВОЛНА: Добыча газа выросла", "", text) == "Добыча газа выросла"
    assert without_brand("NATO: Allies agree", "News desk", TEXT) == "NATO: Allies agree"
    art = extract(
        "w.eml", _mail("Desk <d@example.org>", "ВОЛНА: Добыча газа выросла", text * 3, "plain")
    )
    assert art[0].article.title == "Добыча газа выросла"


def test_press_review_with_the_stamp_under_each_linked_headline() -> None:
    def item(headline: str, stamp: str, author: str) -> str:
        return (
            f"<tr><td><div style='font-weight:bold'><a href='https://portal.example/clip/1'>"
            f"{headline}</a></div><div>{stamp}</div><div>Von {author}</div>"
            f"<p>{TEXT}</p><p>{MORE}</p><div><a href='https://portal.example/clip/1'>"
            "Volltext im Medienportal öffnen »</a></div></td></tr>"
        )

    body = (
        "<html><body><table><tr><td><b>Pressespiegel</b><br>2 neue Treffer</td></tr>"
        + item(
            "Radweg am Hafen wird gebaut",
            "Hafenbote | 24.11.2025 | Ressort: Stadt | Print, S. 9",
            "Anna Kern",
        )
        + item(
            "Stadtrat billigt neuen Radweg",
            "Kreiszeitung · 25.11.2025 · Ressort: Lokales",
            "Tom Berg",
        )
        + "<tr><td>Urheberrechtlich geschützte Inhalte, Weitergabe nur mit Lizenz.</td></tr>"
        "</table></body></html>"
    )
    items = extract(
        "review.eml", _mail("Review Service <r@service.example>", "Pressespiegel", body)
    )
    articles = [i.article for i in items if isinstance(i, Extracted)]
    assert [(a.title, a.source, a.section, a.author) for a in articles] == [
        ("Radweg am Hafen wird gebaut", "Hafenbote", "Stadt", "Anna Kern"),
        ("Stadtrat billigt neuen Radweg", "Kreiszeitung", "Lokales", "Tom Berg"),
    ]
    assert [a.published for a in articles] == [datetime(2025, 11, 24), datetime(2025, 11, 25)]
    assert all(a.body.endswith(MORE) for a in articles)


def test_newsletter_items_without_a_stamp_take_the_issues_printed_day() -> None:
    html = (
        "<html><body><p>Example Morning</p><p>Вторник, 4 марта 2025</p>"
        f"<h2>Council approves cycle lane</h2><p>{TEXT}</p>"
        f"<h2>Ferry firm adds routes</h2><p>{MORE}</p></body></html>"
    )
    items = extract("issue.eml", _mail("Example Morning <m@example.org>", "Morning", html))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.published for a in arts] == [datetime(2025, 3, 4), datetime(2025, 3, 4)]


def test_alert_without_headings_splits_at_headlines_under_their_stamp_lines() -> None:
    """'Outlet: X' and 'Published: date · Section: Y · Author: Z' over a linked headline:
    each item its own article with that outlet, day, desk and author, not one article
    under the alert's header (whose count line under it is no item stamp)."""

    def item(outlet: str, stamp: str, head: str) -> str:
        return (
            f"<tr><td><div><b>СМИ:</b> {outlet}</div><div>{stamp}</div>"
            f'<div><a href="https://example.org/a">{head}</a></div>'
            f"<div>{TEXT}</div><div>{MORE}</div>"
            '<div><a href="https://monitor.example/doc">Открыть полный текст</a></div></td></tr>'
        )

    html = (
        "<html><body><table><tr><td>Monitor alert on «Harbour»</td></tr>"
        "<tr><td>New results: 2 · compiled 05.03.2025 07:00</td></tr>"
        + item("Вечерний порт", "Опубликовано: 03.03.2025 09:40 · Раздел: Город · Автор: "
               "Анна Петрова", "Council approves a cycle lane on the harbour road")
        + item("Деловой порт", "Опубликовано: 04.03.2025 13:15 · Раздел: Бизнес",
               "Ferry firm adds two routes to the islands")
        + "<tr><td>Вы получаете это уведомление, потому что подписаны на тему.</td></tr>"
        "</table></body></html>"
    )  # fmt: skip
    items = extract("alert.eml", _mail("Monitor <a@monitor.example>", "Alert", html))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.title for a in arts] == [
        "Council approves a cycle lane on the harbour road",
        "Ferry firm adds two routes to the islands",
    ]
    assert [a.published for a in arts] == [
        datetime(2025, 3, 3, 9, 40),
        datetime(2025, 3, 4, 13, 15),
    ]
    assert [a.section for a in arts] == ["Город", "Бизнес"]
    assert [a.author for a in arts] == ["Анна Петрова", ""]
    assert arts[0].source != arts[1].source and "Monitor" not in arts[0].source
    for art in arts:
        assert art.body.startswith(TEXT) and "Открыть" not in art.body and "СМИ" not in art.body


def test_text_digest_items_under_outlet_and_day_lines() -> None:
    """A plain-text press review: greeting and contents over the first 'Outlet, date:' line
    are the frame, each item takes its outlet and day, a short legal note under the last
    rule is no item."""

    def item(stamp: str, head: str) -> str:
        return (
            f"{stamp}\n{head}\n\n{TEXT}\n\n{MORE}\n\n----------------------------------------\n\n"
        )

    text = (
        "Harbour press review of 5.3.2025\n\n"
        "Good morning, here is today's selection on ports and transport.\n\n"
        "Contents: 1. Cycle lane · 2. Ferries\n\n"
        + item("Harbour Post, 03.03.2025:", "Council approves a cycle lane")
        + item("Port Gazette, 04.03.2025:", "Ferry firm adds two routes")
        + "The press review is for internal information only and may not be passed on.\n"
    )
    items = extract("review.eml", _mail("Press Desk <p@example.org>", "Review", text, "plain"))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.title for a in arts] == [
        "Council approves a cycle lane",
        "Ferry firm adds two routes",
    ]
    assert [a.source for a in arts] == ["Harbour Post", "Port Gazette"]
    assert [a.published for a in arts] == [datetime(2025, 3, 3), datetime(2025, 3, 4)]
    assert all(a.body.startswith(TEXT) for a in arts)
    assert len(items) == 2


def test_colon_stamp_and_labelled_outlet() -> None:
    from app.importers.newsletter import colon_stamp

    stamp = colon_stamp("Harbour Post, 03.03.2025:")
    assert stamp is not None and (stamp.outlet, stamp.published) == (
        "Harbour Post",
        datetime(2025, 3, 3),
    )
    assert colon_stamp("Port Town, 3 March 2025 – The council said") is None  # a dateline
    assert item_stamp(["Publication: Harbour Post", "3 March 2025"]).outlet == "Harbour Post"
