"""A stamp with spaced hyphens ('Nov - 21 - 2025 , 06:45') is read as a date; the writer's
address and a 'Connect With Us' row go; an aggregator's provider label names the source; a
stamp's weekday is no part of the byline's name; a desk in the metadata yields to the
printed byline; the masthead over a header bar's date is no section; a press contact with
its postal address goes; a trail classed 'bread' names the section."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from app.importers.dates import before_weekday_stamp, find_dates
from tests.importers.makers import articles_of

_TEXT = (
    "The regional water board raised the price of irrigation water for the dry season by "
    "four per cent, citing higher pumping costs and repairs to the main canal.",
    "Farmers' groups said the increase came at a difficult time, with fertiliser and diesel "
    "prices already well above last year's level in most districts.",
)


def test_a_stamp_with_spaced_hyphens_is_a_date() -> None:
    (hit,) = find_dates("Mar - 04 - 2025 , 17:20")
    assert hit.value == datetime(2025, 3, 4, 17, 20)
    assert not find_dates("Mar - 04")  # without its year the hyphens join other things


def test_the_hyphen_stamp_under_a_byline_leaves_the_headline() -> None:
    text = "\n".join(
        [
            "Example Daily",
            "Home > Business > Business News",
            "Water board raises irrigation tariff",
            "BY: Jane Roe",
            "Mar - 04 - 2025 , 17:20",
            *_TEXT,
            "Writer's email: jane.roe@example.com",
            "Connect With Us : 0200000000 | 0500000000",
        ]
    )
    (article,) = articles_of("clip.txt", text.encode())
    assert article.title == "Water board raises irrigation tariff"
    assert article.published == datetime(2025, 3, 4, 17, 20)
    assert "Writer's email" not in article.body and "Connect With Us" not in article.body


def test_writer_mail_and_connect_rows_are_boilerplate() -> None:
    assert is_boilerplate("Writer's email: jane.roe@example.com")
    assert is_boilerplate("Connect With Us : 0200000000 | 0500000000")


def _page(byline: str, ld_author: str = "", provider: str = "") -> bytes:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits '
        f'the coast","author":{{"@type":"Person","name":"{ld_author}"}}}}</script>'
        if ld_author
        else ""
    )
    return (
        '<html lang="en"><head><meta property="og:site_name" content="Example Portal">'
        f"{ld}</head><body><article>{provider}<h1>Storm hits the coast</h1>"
        f'<div class="byline">{byline}</div>'
        + "".join(f"<p>{p}</p>" for p in _TEXT)
        + ("</article></body></html>")
    ).encode()


def test_a_provider_label_over_the_headline_names_the_source() -> None:
    label = '<div class="provider"><img src="logo.png" alt="EXA"> EXA</div>'
    (article,) = articles_of("page.html", _page("Jane Roe", provider=label))
    assert article.source == "EXA"


def test_the_stamps_weekday_is_no_part_of_the_name() -> None:
    byline = 'Jane ROE <time datetime="2025-03-02T08:14:00Z">Sun, March 2, 2025 at 8:14 AM</time>'
    (article,) = articles_of("page.html", _page(byline))
    assert article.author == "Jane ROE"
    assert before_weekday_stamp("Jane Dorimon, 5 Nov 2025") == "Jane Dorimon, 5 Nov 2025"


def test_a_desk_in_the_metadata_yields_to_the_printed_byline() -> None:
    (article,) = articles_of("page.html", _page("<span>Jane Roe</span>", ld_author="Web Desk"))
    assert article.author == "Jane Roe"
    (article,) = articles_of("page.html", _page("", ld_author="Web Desk"))
    assert article.author == "Web Desk"


def test_the_masthead_over_the_header_bars_date_is_no_section() -> None:
    text = "\n".join(
        [
            "The Example Times",
            "Sunday, March 9, 2025",
            "News",
            "Business",
            "Sport",
            "Opinion",
            "Letters",
            "Subscribe",
            "Log In",
            "Island News",
            "Water board raises irrigation tariff",
            "Jane Roe",
            "Tuesday, March 4, 2025",
            *_TEXT,
        ]
    )
    (article,) = articles_of("clip.txt", text.encode())
    assert article.section == "Island News"
    assert article.source == "The Example Times"


def test_a_press_contact_with_its_postal_address_is_boilerplate() -> None:
    assert is_boilerplate("Pressekontakt: Jane Roe, Beispielverband, Musterweg 1, 10115 Berlin")
    assert not is_boilerplate("Pressekontakt: der Verband zählt 12000 Mitglieder in Berlin")


def test_a_bread_classed_trail_names_the_section() -> None:
    page = (
        '<html lang="en"><head><meta property="og:site_name" content="Example Portal"></head>'
        '<body><div class="bread">Home / Press / News / Water and Roads</div><article>'
        "<h1>Storm hits the coast</h1>"
        + "".join(f"<p>{p}</p>" for p in _TEXT)
        + ("</article></body></html>")
    )
    (article,) = articles_of("page.html", page.encode())
    assert article.section == "Water and Roads"
