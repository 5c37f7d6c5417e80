"""Documents of blind batch 56's layouts: an RTF cutting's page header, a caption label, a
release's desk beside its kind.

A cutting saved to RTF keeps its print credit ('Outlet | Desk | date | Page 9') in the
page header group, which striprtf drops: it is read as a .docx page header is. A line
labelled 'Caption:' is the picture's, not the text's. A release's 'Desk | Pressemitteilung'
under its letterhead files it under a desk; the letterhead (without its press office after a
dot and its legal form) names the issuer.
"""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, docx_with
from tests.importers.makers import REVIEW_DE_MORE as TWO
from tests.importers.makers import REVIEW_DE_TEXT as ONE


def _rtf_with_header(header: str, lines: list[str]) -> bytes:
    """An ASCII RTF file with a page header group and one paragraph per line."""
    body = "\\par\n".join(lines)
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n"
        f"{{\\header\\pard\\qr\\fs16 {header}\\par}}\n{body}}}"
    ).encode()


def test_rtf_page_header_gives_outlet_desk_and_day() -> None:
    data = _rtf_with_header(
        "Northtown Courier | Business | Monday 24 November 2025 | Page 7",
        ["Harbour firm opens second warehouse", NEWS_TEXT, NEWS_MORE,
         "Caption: The new warehouse on the east quay"],
    )  # fmt: skip
    (article,) = articles_of("cutting.rtf", data)
    assert article.title == "Harbour firm opens second warehouse"
    assert (article.source, article.section, article.published) == (
        "Northtown Courier", "Business", datetime(2025, 11, 24))  # fmt: skip
    assert article.body == f"{NEWS_TEXT}\n\n{NEWS_MORE}"


def test_release_desk_beside_its_kind_under_the_letterhead() -> None:
    data = docx_with(
        ["Nordbund e.V. · Kommunikation", "Schule | Pressemitteilung",
         "Nordheim erweitert seine Grundschule", ONE, TWO, "Nordheim, 24. November 2025"],
        table=False,
    )  # fmt: skip
    (article,) = articles_of("release.docx", data)
    assert article.title == "Nordheim erweitert seine Grundschule"
    assert (article.source, article.section) == ("Nordbund", "Schule")
    assert article.published == datetime(2025, 11, 24)
    assert article.body == f"{ONE}\n\n{TWO}"


def test_desk_in_the_stamp_line_beats_the_logo_over_it() -> None:
    data = docx_with(
        ["NORDRATE", "Kommentar", "Banken | 24. November 2025",
         "Kreditausfälle steigen im kommenden Jahr langsamer", ONE, TWO],
        table=False,
    )  # fmt: skip
    (article,) = articles_of("comment.docx", data)
    assert article.title == "Kreditausfälle steigen im kommenden Jahr langsamer"
    assert (article.section, article.published) == ("Banken", datetime(2025, 11, 24))


def test_page_counter_and_review_notice_end_no_clipping() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate("Seite 2 von 2") and is_boilerplate("Page 1 of 3")
    assert is_boilerplate("1 из 2")
    assert is_boilerplate(
        "Dieser Pressespiegel ist ausschließlich für den internen Dienstgebrauch bestimmt."
    )
    assert not is_boilerplate("Der Rat stimmte mit 12 von 15 Stimmen für den Plan.")
