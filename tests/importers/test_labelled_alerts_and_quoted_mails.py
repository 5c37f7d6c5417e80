"""A monitoring alert whose items are labelled fields ('Headline:' over 'Source:', 'Date:',
'Summary:', 'Full text:'), and a newsletter forwarded as a reply's quote ('On …, Outlet
<a@b> wrote:' over '> …' lines).
"""

from __future__ import annotations

import textwrap
from datetime import datetime

from app.importers.stampline import bare_outlet
from tests.importers.makers import (
    NEWS_MORE,
    NEWS_TEXT,
    REVIEW_DE_MORE,
    REVIEW_DE_TEXT,
    articles_of,
    mail_bytes,
)


def _item(n: int, head: str, fields: list[str]) -> str:
    text = "\n\n".join(textwrap.fill(p, 72) for p in (NEWS_TEXT, NEWS_MORE))
    return "\n".join(
        [
            f"ITEM {n}",
            f"Headline: {head}",
            *fields,
            "",
            "Full text:",
            "",
            text,
            "",
            f"View item: https://alerts.example.com/item/{n}",
        ]
    )


def test_labelled_fields_split_the_alert_and_give_headline_outlet_and_author() -> None:
    rule = "\n\n" + "#" * 40 + "\n\n"
    body = rule.join(
        [
            "EXAMPLE MEDIA ALERT\nClient: Example Forum | Profile: Transport",
            _item(
                1,
                "Tram network to grow by 40 kilometres",
                [
                    "Source: The Example Herald (Northtown) - Print",
                    "Date: 25/11/2025",
                    "Section: Business",
                    "Author: Jane Doe",
                    "Page: Page 21",
                    "Summary: Officials say the first new line opens in 2028.",
                ],
            ),
            _item(
                2,
                "Bonds to pay for the tram plan",
                [
                    "Source: Example Star (Online)",
                    "Date: 24/11/2025 16:05",
                    "Section: News",
                    "Summary: Construction starts next spring.",
                ],
            ),
            "This alert contains licensed material. Do not forward it.",
        ]
    )
    arts = articles_of("alert.eml", mail_bytes("Alerts <alerts@example.com>", "Alert", body))
    assert [a.title for a in arts] == [
        "Tram network to grow by 40 kilometres",
        "Bonds to pay for the tram plan",
    ]
    assert [a.source for a in arts] == ["The Example Herald", "Example Star"]
    assert [a.section for a in arts] == ["Business", "News"]
    assert arts[0].author == "Jane Doe"
    assert arts[1].published == datetime(2025, 11, 24, 16, 5)
    for art in arts:
        assert art.body.startswith(NEWS_TEXT[:40])
        assert "Summary" not in art.body and "Full text" not in art.body


def test_the_kind_of_medium_leaves_the_outlets_name() -> None:
    assert bare_outlet("Source: Example Star (Online)") == "Example Star"
    assert bare_outlet("The Example Herald (Northtown) - Print") == "The Example Herald"
    assert bare_outlet("Example Herald (Northtown)") == "Example Herald (Northtown)"


def test_a_mail_quoted_whole_under_its_senders_line_is_the_article() -> None:
    paras = [
        ["Tram network to grow by 40 kilometres under council plan"],
        ["By Jane Doe", "06:00, 26 NOV 2025"],
        textwrap.wrap(NEWS_TEXT, 72),
        textwrap.wrap(NEWS_MORE, 72),
    ]
    quoted = "\n>\n".join("\n".join("> " + line for line in para) for para in paras)
    body = (
        "Tom - see below, the one I mentioned.\n\nSent from my iPad\n\n"
        "On 26 Nov 2025, at 07:02, Example Post <news@example-post.com> wrote:\n>\n" + quoted + "\n"
    )
    (art,) = articles_of(
        "fwd.eml", mail_bytes("Ann Reader <ann@example.org>", "Fwd: Tram network to grow", body)
    )
    assert art.source == "Example Post"
    assert art.title == "Tram network to grow by 40 kilometres under council plan"
    assert art.author == "Jane Doe"
    assert art.body.startswith(NEWS_TEXT[:40])
    assert ">" not in art.body and "see below" not in art.body


def test_an_html_forward_with_bold_labels_names_the_forwarded_sender() -> None:
    """Outlook's forward header in HTML ('<b>Von:</b> Outlet <a@b><br><b>Gesendet:</b> …'):
    the label and its value read apart; the outlet, not the forwarder, is the source. The
    publisher's row ending in 'Newsletter abbestellen' and its teaser for more news go."""
    html = (
        "<html><body><p>Hallo zusammen,</p><p>zur Info.</p><p>Viele Grüße<br>Anna Muster</p>"
        "<div><p><b>Von:</b> Beispiel Kurier &lt;news@example-kurier.de&gt;<br>"
        "<b>Gesendet:</b> Dienstag, 25. November 2025 07:12<br>"
        "<b>An:</b> Muster Anna &lt;a.muster@example.org&gt;<br>"
        "<b>Betreff:</b> Stadt baut zwei neue Radwege am Ufer</p></div>"
        "<div><h1>Stadt baut zwei neue Radwege am Ufer</h1>"
        f"<p>{REVIEW_DE_TEXT}</p><p>{REVIEW_DE_MORE}</p>"
        "<p>Mehr Nachrichten aus dem Landkreis lesen Sie hier.</p>"
        "<p>Beispiel Kurier · Beispiel Verlag · Hauptstraße 2, 80000 Musterstadt · "
        "Newsletter abbestellen</p></div></body></html>"
    )
    (art,) = articles_of(
        "wg.eml",
        mail_bytes(
            "Muster Anna <a.muster@example.org>", "WG: Stadt baut zwei neue Radwege", html, "html"
        ),
    )
    assert art.source == "Beispiel Kurier"
    assert art.title == "Stadt baut zwei neue Radwege am Ufer"
    assert art.body.endswith(REVIEW_DE_MORE)


def test_a_desk_and_day_under_an_outlets_own_digest_item_give_its_section() -> None:
    rule = "\n\n* * *\n\n"
    items = [
        ("Tram network to grow by 40 kilometres", "Politics | 26.11.2025, 12:40"),
        ("Bonds to pay for the tram plan", "Economy | 26.11.2025, 17:05"),
    ]
    body = rule.join(
        ["Example Daily - the day's news\nTop stories | 26 November 2025"]
        + [f"{head}\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{stamp}" for head, stamp in items]
    )
    arts = articles_of("digest.eml", mail_bytes("Example Daily <digest@example.com>", "News", body))
    assert [a.title for a in arts] == [head for head, _ in items]
    assert [a.section for a in arts] == ["Politics", "Economy"]
    assert arts[1].published == datetime(2025, 11, 26, 17, 5)
    assert all(a.body.endswith(NEWS_MORE) for a in arts)
