"""An agency's home desk in its credit ("ИНТЕРФАКС-ЦЕНТР", "epd-West") is the agency, a
country's agency ("Интерфакс-Казахстан") another; a date stamp with the page's view
counter under the text ("2 декабря 2025, 18:07 · 3 412 просмотров") is furniture; a JSON-LD
list of sections ("Politics", "Defence") takes the one the crumb trail ends in."""

from __future__ import annotations

import json

import pytest

from app.importers.agency import parse_dateline
from app.importers.profiles import default_profiles
from tests.importers.makers import (
    CLIP_TEXT,
    NEWS_MORE,
    NEWS_TEXT,
    article_of,
    articles_of,
    html_page,
)


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        (
            "Ростов-на-Дону. 3 декабря. ИНТЕРФАКС-ЮГ - Власти выделят средства.",
            "Ростов-на-Дону",
            "Interfax",
        ),
        (
            "Примерск. 5 мая. Интерфакс-Сибирь - Власти региона выделят средства.",
            "Примерск",
            "Interfax",
        ),
        (
            "YEKATERINBURG. Dec 3 (Interfax-Ural) - The regional government said.",
            "Yekaterinburg",
            "Interfax",
        ),
        ("Bielefeld (epd-West) – Die Landeskirche hat am Montag beschlossen.", "Bielefeld", "epd"),
        ("Kiel (dpa-Nord) - Die Landesregierung hat am Montag entschieden.", "Kiel", "dpa"),
    ],
)
def test_an_agencys_home_desk_is_the_agency(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line, default_profiles())
    assert found is not None
    assert (found.place, found.agency) == (place, agency)


def test_a_countrys_agency_stays_itself() -> None:
    found = parse_dateline(
        "Алматы. 24 ноября. ИНТЕРФАКС-КАЗАХСТАН – Тарифы вырастут.", default_profiles()
    )
    assert found is not None and found.agency == "Interfax-Kazakhstan"


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("ru", "2 декабря 2025, 18:07 · 3 412 просмотров"),
        ("en", "21 November 2025, 15:40 · 12 345 views"),
        ("de", "21.11.2025, 15:40 Uhr · 3 412 Aufrufe"),
    ],
)
def test_date_stamp_with_view_counter_under_the_text_goes(lang: str, stamp: str) -> None:
    first, second = CLIP_TEXT[lang]
    art = article_of(f"Headline of the example story here\n{first}\n{second}\n{stamp}\n")
    assert stamp not in art.body
    assert art.body.rstrip().endswith(second)


def test_a_sentence_with_a_count_under_the_text_stays() -> None:
    last = "The video was watched 3 412 times by 21 November 2025, 15:40, the council said."
    art = article_of(f"Headline of the example story here\n{NEWS_TEXT}\n{NEWS_MORE}\n{last}\n")
    assert art.body.rstrip().endswith(last)


def _page(sections: list[str], trail: str) -> bytes:
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Example headline",
        "datePublished": "2025-11-26T10:37:00+02:00",
        "articleSection": sections,
    }
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head = f"<title>Example headline</title>{script}"
    body = (
        f'<nav class="breadcrumbs">{trail}</nav><h1>Example headline</h1>'
        f"<article><p>{NEWS_TEXT}</p><p>{NEWS_MORE}</p></article>"
    )
    return html_page(head, body)


@pytest.mark.parametrize(
    ("sections", "trail", "want"),
    [
        (["Politics", "Defence"], "Home » Politics » Defence", "Defence"),
        (["Wirtschaft", "Energie"], "Start › Wirtschaft › Energie", "Energie"),
        (["Общество", "Транспорт"], "Главная / Общество / Транспорт", "Транспорт"),
        # look-alike: a trail ending in no stated section leaves the stated first one
        (["Politics", "Defence"], "Home » Politics » Europe", "Politics"),
        (["Politics"], "Home » Politics » Defence", "Politics"),
    ],
)
def test_stated_section_list_takes_the_trails_deepest(
    sections: list[str], trail: str, want: str
) -> None:
    art = articles_of("page.html", _page(sections, trail))[0]
    assert art.section == want
