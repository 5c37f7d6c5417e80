"""Ordinary input that rules added in session 23 misread (the reviewer's findings B1-B5):
each rule is narrowed to the case it was written for, these inputs read as before."""

from __future__ import annotations

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
