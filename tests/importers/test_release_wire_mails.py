"""Release mails: as a release wire mails one, the issuer its 'News provided by X' /
'SOURCE X' lines name is the source (the wire in the dateline only carried it), the day and
time alone over the headline date it, and a share button's line over it is no rubric; a
press office's sender name with its word first ('Presse X') names the organisation X.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.importers.mail import _organisation
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes

HTML = (
    "<html><body><p>Example Newswire</p><p>News provided by Example Robotics</p>"
    "<p>24 Nov, 2025, 09:30 GMT</p><p>Share this article</p>"
    "<h1>Example Robotics opens a test centre in the harbour district</h1>"
    f"<p>LEEDS, England, Nov. 24, 2025 /Example Newswire/ -- {NEWS_TEXT}</p>"
    f"<p>{NEWS_MORE}</p><p>SOURCE Example Robotics</p></body></html>"
)


def test_a_release_wires_issuer_line_names_the_source_and_its_stamp_dates_it() -> None:
    data = mail_bytes("Example Newswire <alerts@example.org>", "Example Robotics", HTML, "html")
    (art,) = articles_of("m.eml", data)
    assert art.source == "Example Robotics"
    assert art.published == datetime(2025, 11, 24, 9, 30, tzinfo=UTC)
    assert art.section == ""


def test_a_clippings_labelled_source_line_is_no_issuer_line() -> None:
    body = f"Harbour test centre opens\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\nSource: Example Times"
    (art,) = articles_of("m.eml", mail_bytes("Desk <d@example.org>", "Harbour", body))
    assert art.source != "Example Times"


def test_a_press_offices_word_before_the_organisations_name_leaves_the_organisation() -> None:
    assert _organisation("Presse Example Institut ABC") == "Example Institut ABC"
    assert _organisation("Press Office – Example Water") == "Example Water"
    assert _organisation("Pressestelle des Landkreises Beispiel") == (
        "Pressestelle des Landkreises Beispiel"  # inflected: the name as the sender gives it
    )
    assert _organisation("Press Association") == "Press Association"


def test_a_desks_one_word_is_a_rubric_though_menus_use_it_too() -> None:
    from app.importers.newsletter import _is_rubric

    assert _is_rubric("News")  # 'Tuesday 25 November 2025 · News' over an alert's item
    assert not _is_rubric("Share this article")
