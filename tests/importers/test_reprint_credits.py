"""A reprint's credits under the text: where it first ran and who led the interview.

An office's Word copy of an interview ends with "Das Interview führte Jane Doe." and
"Erschienen in: Outlet, Ausgabe X, 21.11.2025, S. 7": the interviewer is the author and the
paper it appeared in is the source and day; neither line is text.
"""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, docx_with
from tests.importers.makers import REVIEW_DE_MORE as TWO
from tests.importers.makers import REVIEW_DE_TEXT as ONE


def test_interview_reprint_credits_give_author_source_and_day() -> None:
    data = docx_with(
        ["Gemeinde Beispiel · Pressestelle", "Interview",
         "„Wir bauen zuerst die Schule“", ONE, TWO,
         "Das Interview führte Jana Muster.",
         "Erschienen in: Beispielbote, Ausgabe Nord, 21. November 2025, S. 7"],
        table=False,
    )  # fmt: skip
    (article,) = articles_of("interview.docx", data)
    assert (article.source, article.author) == ("Beispielbote", "Jana Muster")
    assert article.published == datetime(2025, 11, 21)
    assert "Interview führte" not in article.body and "Erschienen" not in article.body


def _rtf(paragraphs: list[str]) -> bytes:
    body = "".join(f"{{\\pard {text}\\par}}\n" for text in paragraphs)
    return ("{\\rtf1\\ansi\\deff0\n" + body + "}").encode("latin-1")


def test_labelled_field_row_under_the_text_gives_source_day_and_section() -> None:
    """A clipping service's row 'Source: X | Edition: Y | Date: … | Page: 17 | Section: Z'
    under the text: its labelled page marks it the print credit, not a figure's source."""
    data = _rtf(
        ["Harbour works start on Monday", "By Jane Doe", ONE, TWO,
         "Source: Example Courier | Edition: North | Date: 24/11/2025 | Page: 17 | Section: News"]
    )  # fmt: skip
    (article,) = articles_of("clip.rtf", data)
    assert (article.source, article.section) == ("Example Courier", "News")
    assert article.published == datetime(2025, 11, 24)
    assert "Page: 17" not in article.body


def test_release_label_with_its_day_over_the_logo_name_in_capitals() -> None:
    """'Press release 21.11.2025' over 'EXAMPLE HARBOUR' over the headline: the label's day
    is the release's, the capitals under it name the issuer as the text spells it."""
    data = docx_with(
        ["Press release 21.11.2025", "EXAMPLE HARBOUR", "Example Harbour opens a tram stop",
         f"Example Harbour said on Friday: {NEWS_TEXT}", NEWS_MORE],
        table=False,
    )  # fmt: skip
    (article,) = articles_of("release.docx", data)
    assert (article.source, article.section) == ("Example Harbour", "")
    assert article.published == datetime(2025, 11, 21)
    assert article.title == "Example Harbour opens a tram stop"
    assert "EXAMPLE HARBOUR" not in article.body and "21.11.2025" not in article.body
