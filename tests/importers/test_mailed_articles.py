"""Mailed articles: a newsletter's layout table read block by block, a release's frame dropped."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.importers.newsletter import clean_subject
from app.model import Extracted

TEXT = [
    "The city council on Monday approved a new cycle lane along the harbour road, a "
    "four-kilometre route that residents have demanded for years.",
    "Works are to start in March and cost about 12 million euros, the mayor's office said. "
    "Parking spaces along the route will be moved to a new garage near the ferry terminal.",
    "About 200 people attended the meeting, and several shop owners said they feared losing "
    "customers during the construction works.",
]


def _html_mail(subject: str, html: str, date: str = "Wed, 05 Mar 2025 07:00:00 +0100") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = (
        "Harbour Post <news@example.org>",
        "me@example.org",
        subject,
    )
    msg["Date"] = date
    msg.set_content(html, subtype="html")
    return bytes(msg)


def _text_mail(subject: str, text: str, date: str = "Thu, 06 Mar 2025 16:45:10 +0100") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = (
        "Example Ports <press@example.org>",
        "me@example.org",
        subject,
    )
    msg["Date"] = date
    msg.set_content(text)
    return bytes(msg)


def _articles(items: list) -> list:
    return [i.article for i in items if isinstance(i, Extracted)]


def _p(text: str, link: bool = False) -> str:
    return f'<p><a href="https://example.org/x">{text}</a></p>' if link else f"<p>{text}</p>"


def _alert(stamp: str = "<p>4 March 2025</p>") -> str:
    return (
        "<html><head><title>Harbour Post Morning Alert</title></head><body><table><tr><td>"
        + _p("Harbour Post | Morning Alert")
        + _p("View this email in your browser", link=True)
        + _p("City")
        + "<h2>Council Approves Harbour Cycle Lane</h2>"
        + _p("The route is meant to link the old town with the ferry terminal.")
        + _p("Jane Holloway")
        + stamp
        + "".join(_p(t) for t in TEXT)
        + _p("Read the full story on harbourpost.example", link=True)
        + _p("Harbour Post Media, 1 Quay Street, Port Town")
        + _p("You are receiving this email because you subscribed to our alerts.")
        + _p("Unsubscribe | Update your preferences")
        + "</td></tr></table></body></html>"
    )


def test_single_article_newsletter_is_a_clean_article() -> None:
    [art] = _articles(extract("alert.eml", _html_mail("Council Approves Cycle Lane", _alert())))
    assert art.title == "Council Approves Harbour Cycle Lane"  # the headline, not <title>
    assert art.section == "City"  # the rubric label over the headline
    assert art.published == datetime(2025, 3, 4)  # the item's own stamp, not the send time
    assert art.author == "Jane Holloway" and art.source == "Harbour Post"
    assert art.body.startswith("The city council on Monday approved")
    assert "|" not in art.body  # the layout table is not flattened into pipes
    for chrome in ("View this email", "Read the full story", "Quay Street", "Unsubscribe",
                   "You are receiving"):  # fmt: skip
        assert chrome not in art.body
    assert "About 200 people attended" in art.body  # 'About' opening text is no editors' note


def test_newsletter_without_a_stamp_takes_the_mail_date() -> None:
    [art] = _articles(extract("alert.eml", _html_mail("Cycle lane", _alert(stamp=""))))
    assert art.published == datetime.fromisoformat("2025-03-05T07:00:00+01:00")


def test_digest_sections_from_rubric_labels_without_read_on_links() -> None:
    def item(rubric: str, head: str, text: str) -> str:
        return (
            _p(rubric) + f'<h2><a href="https://example.org/a">{head}</a></h2>' + _p(text)
            + _p("Weiterlesen auf example.org »", link=True) + "<hr>"
        )  # fmt: skip

    html = (
        "<html><body>" + _p("Hafenpost am Morgen") + _p("Mittwoch, 5. März 2025")
        + item("Region", "Radweg am Hafen kommt", TEXT[0].replace("The", "Der") + " " * 1)
        + item("Wirtschaft", "Werft stellt 300 Leute ein", TEXT[1])
        + _p("Das war die Hafenpost am Morgen. Einen schönen Tag wünscht Ihnen Ihre Redaktion.")
        + _p("Hafenpost Verlag GmbH, Kaistraße 1, 20457 Hamburg")
        + "</body></html>"
    )  # fmt: skip
    arts = _articles(extract("morgen.eml", _html_mail("Hafenpost am Morgen", html)))
    assert [a.title for a in arts] == ["Radweg am Hafen kommt", "Werft stellt 300 Leute ein"]
    assert [a.section for a in arts] == ["Region", "Wirtschaft"]
    for art in arts:
        assert "Weiterlesen" not in art.body and "Kaistraße" not in art.body
        assert "Das war die Hafenpost" not in art.body


def test_mailed_release_subject_mark_printed_date_and_editors_notes() -> None:
    text = (
        "Press release\n\nNew quay opens for container feeders\n\n"
        "Kingsport, 5 March 2025 – The port authority opened a new quay for feeder ships on "
        "Wednesday, adding capacity for 400,000 containers a year.\n\n"
        + "\n\n".join(TEXT[:2])
        + "\n\nNotes to editors\n\nFor more information: Press Office, +00 12 345 678\n\n"
        "About Example Ports: Example Ports runs the harbour of Port Town.\n"
    )
    [art] = _articles(
        extract("r.eml", _text_mail("Press release: New quay opens for container feeders", text))
    )
    assert art.title == "New quay opens for container feeders"
    assert art.published == datetime(2025, 3, 5)  # the printed day, not the send time
    assert art.body.startswith("Kingsport, 5 March 2025 – The port authority")
    assert "Notes to editors" not in art.body and "Press Office" not in art.body
    assert "About Example Ports" not in art.body


def test_subject_marks() -> None:
    assert clean_subject("Fwd: Pressemitteilung: Neue Kaimauer") == "Neue Kaimauer"
    assert clean_subject("Пресс-релиз: Новый причал") == "Новый причал"
    assert clean_subject("Release of the new port plan") == "Release of the new port plan"


def test_crossheads_stay_in_their_article_and_br_splits_lines() -> None:
    html = (
        "<html><body>" + _p("Harbour Post")
        + "<h2>Council Approves Harbour Cycle Lane</h2>"
        + "<p>Von Jane Holloway<br>4 March 2025</p>" + _p(TEXT[0])
        + "<h3>Parking moves to a garage</h3>" + _p(TEXT[1]) + _p(TEXT[2])
        + "</body></html>"
    )  # fmt: skip
    [art] = _articles(extract("alert.eml", _html_mail("Cycle lane", html)))
    assert art.title == "Council Approves Harbour Cycle Lane"
    assert art.published == datetime(2025, 3, 4) and "Works are to start" in art.body
    assert "About 200 people" in art.body


def test_read_more_teaser_inside_a_mailed_text_does_not_end_it() -> None:
    text = (
        TEXT[0] + "\n\nRead more: Ferry prices rise again\n\n" + TEXT[1] + "\n\n" + TEXT[2] + "\n"
    )
    [art] = _articles(extract("t.eml", _text_mail("Council approves cycle lane", text)))
    assert "About 200 people attended" in art.body


def test_bold_headline_repeating_the_subject_heads_the_article() -> None:
    html = (
        "<html><head><title>Harbour Post</title></head><body><table><tr><td>"
        + _p("Harbour Post | Morning Alert") + _p("City")
        + "<p><strong>Council Approves Harbour Cycle Lane</strong></p>" + _p("4 March 2025")
        + "".join(_p(t) for t in TEXT) + _p("Unsubscribe | Preferences")
        + "</td></tr></table></body></html>"
    )  # fmt: skip
    mail = _html_mail("Fwd: Council Approves Harbour Cycle Lane", html)
    [art] = _articles(extract("alert.eml", mail))
    assert art.title == "Council Approves Harbour Cycle Lane" and art.section == "City"
    assert art.body.startswith("The city council") and "Unsubscribe" not in art.body


def test_release_mailed_by_a_press_office_takes_its_printed_day_and_organisation() -> None:
    """The day printed over the headline beats the sending time; the sender's name 'X Press
    Office' names the organisation X the office writes for."""
    html = (
        "<html><body><table><tr><td>" + _p("NEWS RELEASE") + _p("Tuesday 4 March 2025")
        + "<h1>Harbour road gets a cycle lane</h1>" + "".join(_p(t) for t in TEXT)
        + _p("ENDS") + "</td></tr></table></body></html>"
    )  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"] = "Port Town Council Press Office <press@example.org>", "me@example.org"
    msg["Subject"], msg["Date"] = "News release: cycle lane", "Wed, 05 Mar 2025 11:04:22 +0000"
    msg.set_content(html, subtype="html")
    [art] = _articles(extract("r.eml", bytes(msg)))
    assert art.published == datetime(2025, 3, 4)
    assert art.source == "Port Town Council"
