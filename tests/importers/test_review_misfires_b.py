"""Ordinary input that rules added in session 23 misread (the reviewer's findings B1-B5):
each rule is narrowed to the case it was written for, these inputs read as before."""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import articles_of

_DE_PARAS = "".join(
    f"<p>Die Stadtverwaltung teilte mit, dass die Arbeiten am Abschnitt {i} drei Wochen "
    "dauern und der Verkehr über die Nachbarstraßen umgeleitet wird.</p>"
    for i in range(1, 5)
)


def test_b1_a_share_icon_over_the_headline_names_no_source() -> None:
    """A share button's icon ('<a><img alt="Facebook"></a>') is no logo: it links away."""
    page = (
        "<html><head><meta charset='utf-8'><title>Druckversion</title></head><body>"
        "<div class='share'><a href='https://www.facebook.com/sharer.php?u=x'>"
        "<img src='/icons/facebook-logo.svg' alt='Facebook'></a></div>"
        "<h1>Bahnhofsunterführung in Nordheim wird ab Montag saniert</h1>"
        f"{_DE_PARAS}</body></html>"
    ).encode()
    (art,) = articles_of("page.html", page)
    assert art.source != "Facebook"


_EN_PARAS = "".join(
    f"<p>The championship leader said the car had improved in every sector, and that the "
    f"team expected a close fight on Sunday, part {i} of the weekend's report said.</p>"
    for i in range(1, 5)
)


def test_b2_a_lap_time_in_the_standfirst_is_no_time_of_day() -> None:
    """'His pole time 1:22.15' under the <h1> is a lap time, not the time of publication."""
    page = (
        "<html><head><meta charset='utf-8'><title>Example wins pole in Monza</title>"
        "<meta property='article:published_time' content='2026-11-29'>"
        "</head><body><article><h1>Example wins pole in Monza</h1>"
        "<p class='standfirst'>His pole time 1:22.15 was the fastest lap of the weekend.</p>"
        f"{_EN_PARAS}</article></body></html>"
    ).encode()
    (art,) = articles_of("pole.html", page)
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2026, 11, 29)
