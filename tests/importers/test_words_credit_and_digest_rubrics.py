"""Leftover mail layouts (blind batches 72/73): credits, rubric paths and digest imprints.

A newsletter credits its writer with 'Words: Jane Doe · Published …' under the headline:
the name is the author, never the outlet; a monitoring stamp's labelled fields after the desk
('Author: X | Sentiment: …') leave the desk. A rubric path over the headline ('Lokales ·
Town') files the story under its deepest part. A text digest's '[Rubrik] date - time'
line over an item names its desk, and the imprint under its last rule is no article.
"""

from __future__ import annotations

from app.importers.byline import author_of_line
from app.importers.stampline import one_line_stamp
from tests.importers.makers import ARTICLE_HTML, articles_of, mail_bytes

ARTICLE_PARAS = [
    "The national railway handled a record number of passenger trips in the first two "
    "months of the year, the operator said on Monday, as travel demand stayed strong.",
    "Freight volumes rose as well, helped by coal and grain shipments to the ports, and "
    "the operator plans to open several new lines before the end of the year.",
]


def _item(rubric: str, title: str, credit: str) -> str:
    return (
        f"<tr><td style='font-size:11px'>{rubric}</td></tr>"
        f"<tr><td><h2>{title}</h2></td></tr>"
        f"<tr><td style='font-size:12px'>{credit}</td></tr>"
        f"<tr><td>{ARTICLE_HTML}</td></tr>"
        "<tr><td><a href='https://news.example.com/a'>Read the full story</a></td></tr>"
    )


def test_words_credit_is_the_author_not_the_source() -> None:
    html = (
        "<html><body><table>"
        "<tr><td>Example Evening Post | Your Morning Update</td></tr>"
        + _item("TRANSPORT", "Rail operator reports record trips", "Words: Jane Example"
                " · Published Thu 20 Nov 2025 at 4:15pm")
        + _item("BUSINESS", "Port handles more grain than ever", "Words: John Sample"
                " · Published Fri 21 Nov 2025 at 6:00am")
        + "</table></body></html>"
    )  # fmt: skip
    data = mail_bytes("Example Evening Post <news@example.com>", "Morning Update", html, "html")
    articles = articles_of("update.eml", data)
    assert [a.author for a in articles] == ["Jane Example", "John Sample"]
    assert all(not a.source.startswith("Words") for a in articles)


def test_words_label_shape() -> None:
    assert author_of_line("Words: Jane Example · Published 20 Nov 2025") == "Jane Example"
    assert author_of_line("Words by Jane Example") == "Jane Example"
    assert author_of_line("Words matter more than ever") == ""


def test_rubric_path_over_the_headline_gives_its_deepest_part() -> None:
    html = (
        "<html><body><p style='font-size:11px'>Lokales · Nordstadt</p>"
        "<h1>Rail operator reports record trips</h1>"
        f"<p>By Jane Example</p>{ARTICLE_HTML}</body></html>"
    )
    data = mail_bytes("Example Post <news@example.com>", "Morning Update", html, "html")
    (article,) = articles_of("update.eml", data)
    assert article.section == "Nordstadt"


def test_bracketed_rubric_before_the_stamp_and_the_digest_imprint() -> None:
    rule = "-" * 40
    item = "\n\n".join(["Rail operator reports record trips", *ARTICLE_PARAS])
    text = "\n\n".join([
        "Example Wire - Business Service",
        rule, "[Wirtschaft] 24.11.2025 - 08:12", item,
        rule, "[Verkehr] 24.11.2025 - 09:30", item.replace("Rail", "Tram"),
        rule, "Example Wire GmbH | Redaktion: desk@example.org\n"
        "Nutzung nur im Rahmen des Abonnements. Abbestellen: Antwort mit STOP",
    ])  # fmt: skip
    articles = articles_of(
        "wire.eml", mail_bytes("Example Wire <wire@example.org>", "Dienst", text)
    )
    assert [a.section for a in articles] == ["Wirtschaft", "Verkehr"]


def test_monitoring_stamp_fields_after_the_desk_leave_the_desk() -> None:
    line = "Example Post | 24/11/2025 | Business | Author: Jane Example | Sentiment: negative"
    stamp = one_line_stamp(line + " | Reach: 48k")
    assert stamp is not None and (stamp.outlet, stamp.section) == ("Example Post", "Business")
    bare = one_line_stamp("Example Post | 24/11/2025 | Sentiment: negative | Reach: 48k")
    assert bare is not None and bare.section == ""
