"""A page's <title> that is the site's name and its desk's generic label ("Court | Новости",
"Office - Pressemitteilungen"), the site's name printed again in the header: the <h1> is the
headline and the name the source, never 'Новости' as the outlet."""

import pytest

from app.importers import extract

PARA = (
    "<p>{lead} The decision was announced on Tuesday after a hearing that lasted several "
    "hours and drew a large number of observers from the region and beyond.</p>"
    "<p>Further steps are expected in the coming weeks, the office said in its statement, "
    "adding that all parties had been informed of the ruling and of their rights.</p>"
)


def _page(html_title: str, header: str, h1: str, lead: str, lang: str) -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{html_title}</title></head>'
        f'<body><div class="top"><div class="name">{header}</div></div>'
        f'<div class="content"><div class="date">04.12.2025</div><h1>{h1}</h1>'
        + PARA.format(lead=lead)
        + "</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("html_title", "header", "h1", "lead", "lang", "site"),
    [
        ("Областной суд Примера | Новости", "ОБЛАСТНОЙ СУД ПРИМЕРА",
         "Суд утвердил мировое соглашение по делу о поставке угля",
         "Областной суд Примера утвердил мировое соглашение.", "ru", "Областной суд Примера"),
        ("Landesamt für Beispielwesen - Pressemitteilungen", "Landesamt für Beispielwesen",
         "Zahl der Neugründungen steigt im dritten Quartal deutlich an",
         "Das Landesamt meldet mehr Neugründungen.", "de", "Landesamt für Beispielwesen"),
        ("Northvale Water Authority | Newsroom", "Northvale Water Authority",
         "Reservoir levels recover after wettest autumn in a decade",
         "The authority reported higher reservoir levels.", "en", "Northvale Water Authority"),
    ],
)  # fmt: skip
def test_h1_is_headline_site_before_label(
    html_title: str, header: str, h1: str, lead: str, lang: str, site: str
) -> None:
    art = extract("page.html", _page(html_title, header, h1, lead, lang))[0].article
    assert art.title == h1
    assert art.source == site


def test_headline_before_site_stays() -> None:
    # "Headline | Site": the ordinary order, the <title> names the outlet after the headline
    page = _page(
        "Reservoir levels recover after wettest autumn | Northvale Courier",
        "Northvale Courier",
        "Reservoir levels recover after wettest autumn",
        "The authority reported higher reservoir levels.",
        "en",
    )
    art = extract("page.html", page)[0].article
    assert art.title == "Reservoir levels recover after wettest autumn"
    assert art.source == "Northvale Courier"


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Northvale Grid | Newsroom", "Northvale Grid"),
        ("Landesamt für Beispielwesen | Pressemitteilungen", "Landesamt für Beispielwesen"),
        ("Горсовет Примерска | Новости", "Горсовет Примерска"),
        ("Example Courier | Sport", "Example Courier | Sport"),  # a desk, not a label: left
    ],
)
def test_site_line_without_desk_label(line: str, site: str) -> None:
    from app.importers.sitename import plain_source

    assert plain_source(line) == site
