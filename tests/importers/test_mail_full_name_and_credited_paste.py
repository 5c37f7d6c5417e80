"""A mail's sender printed in full, a colleague's paste of an article, an alert's links.

A newsletter's display name is often a short form of the name its masthead prints ('Embassy
of Exampleland' over 'Embassy of Exampleland in the United Kingdom'): the printed name is
the source. A colleague who pastes an article under a short comment ('FYI, see below') and
types its outlet and day under it ('Example.com, 24 November 2025') mails that outlet's
article: the headline under the comment is the title, the credit the source and the day.
An alert without headings lists linked headlines, each over its outlet's name and a snippet:
one article each, from that outlet, on the day the alert's date line prints.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.model import Extracted

TEXT = (
    "The city council on Monday approved a new cycle lane along the harbour road, a "
    "four-kilometre route that residents have demanded for years."
)
MORE = (
    "Works are to start in March and cost about 12 million euros, the mayor's office said. "
    "Parking spaces along the route will be moved to a new garage near the ferry terminal."
)


def _mail(sender: str, subject: str, text: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.org", subject
    msg["Date"] = "Tue, 25 Nov 2025 09:12:40 +0100"
    msg.set_content(text)
    return bytes(msg)


def _articles(data: bytes):  # type: ignore[no-untyped-def]
    items = extract("mail.eml", data)
    assert all(isinstance(i, Extracted) for i in items)
    return [i.article for i in items]


def test_masthead_printing_the_senders_name_in_full_is_the_source() -> None:
    text = "\n\n".join(
        ["Embassy of Exampleland in the United Kingdom", "Council approves a cycle lane",
         TEXT, MORE]
    )  # fmt: skip
    [art] = _articles(_mail("Embassy of Exampleland <news@example.org>", "News", text))
    assert art.source == "Embassy of Exampleland in the United Kingdom"
    # a line that only starts with the name is no fuller name of it
    text = "\n\n".join(["Embassy of Exampleland: news, November 2025", TEXT, MORE])
    [art] = _articles(_mail("Embassy of Exampleland <news@example.org>", "News", text))
    assert art.source == "Embassy of Exampleland"


def test_pasted_article_under_a_comment_credited_under_its_text() -> None:
    text = "\n\n".join(
        ["FYI, see below, this concerns our tender.", "Harbour road gets a cycle lane",
         TEXT, MORE, "Example-News.com, 24 November 2025", "-- \nBest,\nJane Doe\nPress office"]
    )  # fmt: skip
    [art] = _articles(_mail("Jane Doe <jane@example.org>", "Cycle lane - news", text))
    assert art.title == "Harbour road gets a cycle lane"
    assert art.source == "Example-News.com"
    assert art.published == datetime(2025, 11, 24)
    assert art.body.startswith("The city council on Monday") and "FYI" not in art.body
    assert "24 November 2025" not in art.body


def test_comment_and_headline_without_a_credit_stay_a_mail() -> None:
    text = "\n\n".join(["FYI, see below.", "Harbour road gets a cycle lane", TEXT, MORE])
    [art] = _articles(_mail("Jane Doe <jane@example.org>", "Cycle lane - news", text))
    assert art.source == "Jane Doe"


def _alert_item(headline: str, outlet: str, snippet: str) -> str:
    return (
        f'<table><tr><td><a href="https://example.org/url?u=1"><b>{headline}</b></a><br>'
        f"<span>{outlet}</span><br><span>{snippet}</span><br>"
        '<a href="https://example.org/feedback">Flag as irrelevant</a></td></tr></table>'
    )


def test_alert_of_linked_headlines_each_over_its_outlet_and_snippet() -> None:
    html = (
        "<html><body><div>Example Alerts</div><div>harbour road</div>"
        "<div>Daily update ⋅ November 25, 2025</div><div>NEWS</div>"
        + _alert_item("Harbour road gets a cycle lane", "Northport Courier", TEXT + " ...")
        + _alert_item("Shop owners fear months of works", "Harbour Post", MORE + " ...")
        + '<div><a href="https://example.org/more">See more results</a></div>'
        "<div>You have received this email because you subscribed to Example Alerts.</div>"
        "</body></html>"
    )
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Example Alerts <a@example.org>", "me@x.org", "Alert"
    msg["Date"] = "Tue, 25 Nov 2025 19:12:40 +0100"
    msg.set_content(html, subtype="html")
    first, second = _articles(bytes(msg))
    assert (first.title, first.source) == ("Harbour road gets a cycle lane", "Northport Courier")
    assert (second.title, second.source) == ("Shop owners fear months of works", "Harbour Post")
    assert first.published == second.published == datetime(2025, 11, 25)
    assert first.body == TEXT + " ..." and first.section == ""
    assert "Flag as irrelevant" not in second.body and "See more" not in second.body
