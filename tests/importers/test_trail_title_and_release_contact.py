"""A <title> that opens with the page's printed breadcrumb ("Uni - Presse - Mitteilungen -
…" over "Uni > Presse > Mitteilungen") is no headline: the one <h1> is, the home crumb the
source; a release's "Kontakt für diese Presseinformation: Name, Tel. …" line is no text
(invented pages)."""

from __future__ import annotations

import pytest

from tests.importers.makers import articles_of

_TEXT = (
    "<p>Die Forschenden haben ein neues Verfahren entwickelt, das Wasser mit weniger Energie "
    "reinigt als bisherige Anlagen. Die Ergebnisse erscheinen in einer Fachzeitschrift.</p>"
    "<p>Das Verfahren soll in den kommenden Jahren in einer Pilotanlage erprobt werden, "
    "gemeinsam mit einem Partner aus der Industrie.</p>"
)
_H1 = "Neues Verfahren reinigt Wasser mit halber Energie"


def _page(title: str, trail: str, tail: str = "") -> bytes:
    return (
        f"<html lang='de'><head><title>{title}</title></head><body>"
        f"<div class='crumbs'>{trail}</div><div id='content'><h1>{_H1}</h1>"
        f"<p class='date'>24.11.2025</p>{_TEXT}{tail}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "trail", "home"),
    [
        (
            "Uni Example - Presse - Mitteilungen - Mitteilung 2025",
            "Uni Example &gt; Presse &gt; Mitteilungen",
            "Uni Example",
        ),
        ("EXU | News | Press releases", "EXU › News › Press releases", "EXU"),
        ("Институт | Пресс-центр | Новости", "Институт / Пресс-центр / Новости", "Институт"),
    ],
)
def test_title_that_is_the_breadcrumb_gives_the_h1_and_the_home_crumb(
    title: str, trail: str, home: str
) -> None:
    art = articles_of("p.html", _page(title, trail))[0]
    assert art.title == _H1
    assert art.source == home


def test_title_of_sections_the_trail_does_not_print_stays() -> None:
    # the crumbs name other sections than the <title>: no evidence it is the page's place
    page = _page("Presse - Mitteilungen - Example", "Start &gt; Aktuelles")
    assert articles_of("p.html", page)[0].source != "Presse"


@pytest.mark.parametrize(
    "line",
    [
        "Kontakt für diese Presseinformation: Dr. Erika Muster, Pressereferentin, "
        "Tel.: +49 721 000-0000, E-Mail: presse@example.edu",
        "Contact for this release: John Example, john@example.org",
        "Контакты для этого релиза: Иван Примеров, тел. +7 495 000-00-00",
    ],
)
def test_contact_named_for_the_release_leaves_the_text(line: str) -> None:
    art = articles_of(
        "p.html", _page("Uni - Presse - News", "Uni / Presse / News", f"<p>{line}</p>")
    )[0]
    assert line[:20] not in art.body
    assert art.body.startswith("Die Forschenden haben")
