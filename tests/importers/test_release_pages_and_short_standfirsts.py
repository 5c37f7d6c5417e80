"""Saved pages met in the fifteenth held-out batch: a press release under a generic
<title>, with its "Place, date" line over the headline and a one-line sub-headline, and a
news page whose standfirst, marked by its class, is one short line (invented pages)."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.agency import release_place
from tests.importers.makers import ARTICLE_HTML


def test_generic_title_gives_way_to_the_h1_and_release_line_gives_the_place() -> None:
    page = (
        "<html><head><title>Presse – Example Verkehrsbetriebe</title></head><body>"
        "<header><a class='logo' href='/'>Example Verkehrsbetriebe</a></header><main>"
        "<article><p class='type'>Presseaussendung</p>"
        "<p class='date'>Wien, 19. November 2025</p>"
        "<h1>Neue Straßenbahnlinie erreicht den Hauptbahnhof</h1>"
        "<p class='sub'>Testfahrten beginnen im Frühjahr – Eröffnung für 2026 geplant</p>"
        f"{ARTICLE_HTML}</article></main></body></html>"
    )
    art = extract("r.html", page.encode("utf-8"))[0].article
    assert art.title == "Neue Straßenbahnlinie erreicht den Hauptbahnhof"
    assert art.dateline == "Wien"
    assert art.lead == "Testfahrten beginnen im Frühjahr – Eröffnung für 2026 geplant"
    assert art.body.startswith("The national railway")


def test_short_standfirst_marked_by_its_class_is_the_lead() -> None:
    page = (
        "<html><head><title>Порт нарастил перевалку – Пример</title></head><body><article>"
        "<h1>Порт нарастил перевалку</h1>"
        "<p class='subheader'>Экспортеры меняют маршруты поставок</p>"
        f"{ARTICLE_HTML}</article></body></html>"
    )
    art = extract("s.html", page.encode("utf-8"))[0].article
    assert art.lead == "Экспортеры меняют маршруты поставок"
    assert "Экспортеры меняют" not in art.body


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Wien, 19. November 2025", "Wien"),
        ("Washington, November 21, 2025", "Washington"),
        ("Berlin, Mittwoch, 26. November 2025", ""),  # a header bar's day
        ("Monday, 3 March 2025", ""),
        ("Hamburg, 20. November", ""),  # no year
    ],
)
def test_release_place_line(line: str, place: str) -> None:
    assert release_place(line) == place
