"""Pasted pages' stamps, credits and labels: a time with a full stop before the date
("6.35pm, 25 Nov 2025"), the day's time under "Stand:", an agency closing the text after a
dash ("— Bernama"), a "WRITER:" label, the paper's print section and a stock photo credit
after a caption, a Thai company's "PCL" after the owner's name."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.dates import parse_date
from app.importers.sitename import copyright_owner
from tests.importers.makers import NEWS_MORE, NEWS_TEXT


def test_a_pm_time_with_a_full_stop_before_the_date() -> None:
    assert parse_date("6.35pm, 25 Nov 2025") == datetime(2025, 11, 25, 18, 35)
    assert parse_date("6.35, 25 Nov 2025") == datetime(2025, 11, 25)  # no "pm": no time


def test_the_time_under_stand_on_the_stamp_line() -> None:
    assert parse_date("28.11.2025 | Stand: 11:05 Uhr") == datetime(2025, 11, 28, 11, 5)


def test_an_agency_after_a_dash_closing_the_text_is_the_source() -> None:
    text = (
        "Tram network to grow by 40 kilometres\n\n"
        f"KUALA LUMPUR, Nov 24 — {NEWS_TEXT}\n\n{NEWS_MORE} — Bernama\n"
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.source == "Bernama"


def test_a_writer_label_is_the_byline() -> None:
    text = (
        "Tram network to grow by 40 kilometres\n\n"
        "PUBLISHED : 26 Nov 2025 at 14:05\nNEWSPAPER SECTION: News\nWRITER: Jane Roe\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.author == "Jane Roe"
    assert art.title == "Tram network to grow by 40 kilometres"
    assert is_boilerplate("NEWSPAPER SECTION: News")


def test_a_stock_photo_credit_after_a_caption() -> None:
    assert is_caption("File photo of a tram at the depot. Alamy Stock Photo")
    assert is_caption("The new depot in the north of the city. Getty Images")
    assert not is_caption("The council met on Tuesday. Officials said more would follow.")


def test_a_public_company_limited_is_a_legal_form() -> None:
    assert copyright_owner("© 2025 The Harbour Publishing PCL. All rights reserved.") == (
        "The Harbour"
    )
